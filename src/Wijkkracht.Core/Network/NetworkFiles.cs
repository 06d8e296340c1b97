using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Network;

/// <summary>The file formats the network is exported in and imported from.</summary>
public enum NetworkFileFormat
{
    /// <summary>Edge list: <c>source,target,weight</c>.</summary>
    Csv = 1,

    /// <summary>GraphML (Gephi, Cytoscape desktop, NetworkX, igraph).</summary>
    GraphMl = 2,

    /// <summary>GEXF 1.3 (Gephi).</summary>
    Gexf = 3,
}

/// <summary>A node of an exported network: its label and figures.</summary>
public sealed record ExportNode(string Id, string Label, string Kind, int Community, double Degree, double Betweenness, double Closeness, double Eigenvector);

/// <summary>An edge of an exported network (undirected) with its weight (the strongest relation's strength, 1–5).</summary>
public sealed record ExportEdge(string Source, string Target, int Weight);

/// <summary>A network read from a file: every node's label (isolated nodes included) and the edges by label.</summary>
public sealed record ParsedNetwork(IReadOnlyList<string> Nodes, IReadOnlyList<NetworkImportService.EdgeRow> Edges);

/// <summary>Writes and reads edge-list CSV, GraphML and GEXF (issue 12 §6). Readers refuse DTDs and external entities.</summary>
public static class NetworkFiles
{
    public const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
    public const string GexfNamespace = "http://gexf.net/1.3";

    public static NetworkFileFormat? ParseFormat(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "csv" => NetworkFileFormat.Csv,
        "graphml" => NetworkFileFormat.GraphMl,
        "gexf" => NetworkFileFormat.Gexf,
        _ => null,
    };

    public static string ContentType(NetworkFileFormat format) => format switch
    {
        NetworkFileFormat.Csv => "text/csv; charset=utf-8",
        NetworkFileFormat.GraphMl => "application/graphml+xml; charset=utf-8",
        _ => "application/gexf+xml; charset=utf-8",
    };

    public static string Extension(NetworkFileFormat format) => format switch
    {
        NetworkFileFormat.Csv => "csv",
        NetworkFileFormat.GraphMl => "graphml",
        _ => "gexf",
    };

    public static string Write(NetworkFileFormat format, IReadOnlyList<ExportNode> nodes, IReadOnlyList<ExportEdge> edges) => format switch
    {
        NetworkFileFormat.Csv => WriteCsv(nodes, edges),
        NetworkFileFormat.GraphMl => WriteGraphMl(nodes, edges),
        _ => WriteGexf(nodes, edges),
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string WriteCsv(IReadOnlyList<ExportNode> nodes, IReadOnlyList<ExportEdge> edges)
    {
        var labels = nodes.ToDictionary(n => n.Id, n => n.Label);
        var text = new StringBuilder("source,target,weight\n");
        foreach (var e in edges)
            text.Append(Observations.ObservationExport.Quote(labels[e.Source])).Append(',').Append(Observations.ObservationExport.Quote(labels[e.Target])).Append(',').Append(e.Weight.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return text.ToString();
    }

    private static string WriteGraphMl(IReadOnlyList<ExportNode> nodes, IReadOnlyList<ExportEdge> edges)
    {
        XNamespace ns = GraphMlNamespace;
        XElement Key(string id, string target, string name, string type) =>
            new(ns + "key", new XAttribute("id", id), new XAttribute("for", target), new XAttribute("attr.name", name), new XAttribute("attr.type", type));
        XElement Data(string key, object value) => new(ns + "data", new XAttribute("key", key), value);
        var graph = new XElement(ns + "graph", new XAttribute("id", "netwerk"), new XAttribute("edgedefault", "undirected"),
            nodes.Select(n => new XElement(ns + "node", new XAttribute("id", n.Id),
                Data("label", n.Label), Data("kind", n.Kind), Data("community", n.Community), Data("degree", Number(n.Degree)),
                Data("betweenness", Number(n.Betweenness)), Data("closeness", Number(n.Closeness)), Data("eigenvector", Number(n.Eigenvector)))),
            edges.Select(e => new XElement(ns + "edge", new XAttribute("source", e.Source), new XAttribute("target", e.Target), Data("weight", e.Weight))));
        var root = new XElement(ns + "graphml",
            Key("label", "node", "label", "string"), Key("kind", "node", "kind", "string"), Key("community", "node", "community", "int"),
            Key("degree", "node", "degree", "double"), Key("betweenness", "node", "betweenness", "double"), Key("closeness", "node", "closeness", "double"),
            Key("eigenvector", "node", "eigenvector", "double"), Key("weight", "edge", "weight", "double"), graph);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString() + "\n";
    }

    private static string WriteGexf(IReadOnlyList<ExportNode> nodes, IReadOnlyList<ExportEdge> edges)
    {
        XNamespace ns = GexfNamespace;
        string[] names = ["kind", "community", "degree", "betweenness", "closeness", "eigenvector"];
        string[] types = ["string", "integer", "double", "double", "double", "double"];
        XElement Value(int index, object value) => new(ns + "attvalue", new XAttribute("for", index), new XAttribute("value", value));
        var graph = new XElement(ns + "graph", new XAttribute("defaultedgetype", "undirected"),
            new XElement(ns + "attributes", new XAttribute("class", "node"),
                names.Select((name, i) => new XElement(ns + "attribute", new XAttribute("id", i), new XAttribute("title", name), new XAttribute("type", types[i])))),
            new XElement(ns + "nodes", nodes.Select(n => new XElement(ns + "node", new XAttribute("id", n.Id), new XAttribute("label", n.Label),
                new XElement(ns + "attvalues", Value(0, n.Kind), Value(1, n.Community), Value(2, Number(n.Degree)), Value(3, Number(n.Betweenness)),
                    Value(4, Number(n.Closeness)), Value(5, Number(n.Eigenvector)))))),
            new XElement(ns + "edges", edges.Select((e, i) => new XElement(ns + "edge", new XAttribute("id", i), new XAttribute("source", e.Source),
                new XAttribute("target", e.Target), new XAttribute("weight", e.Weight)))));
        var root = new XElement(ns + "gexf", new XAttribute("version", "1.3"),
            new XElement(ns + "meta", new XElement(ns + "creator", "Wijkkracht")), graph);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString() + "\n";
    }

    /// <summary>
    /// Reads GraphML or GEXF. Node labels come from the <c>label</c> data key (GraphML) or attribute (GEXF), else the
    /// node id. Every problem is added to <paramref name="errors"/> with its line (<c>lines[N].field</c>).
    /// </summary>
    public static ParsedNetwork ReadXml(NetworkFileFormat format, string xml, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(errors);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml.TrimStart('\uFEFF')), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            errors.Add($"lines[{e.LineNumber}]", $"Het bestand is geen geldige XML: {e.Message}");
            return new ParsedNetwork([], []);
        }

        var root = document.Root!;
        var expected = format == NetworkFileFormat.GraphMl ? "graphml" : "gexf";
        if (root.Name.LocalName != expected)
        {
            errors.Add($"lines[{Line(root)}]", $"Het bestand begint niet met <{expected}>; kies het juiste formaat.");
            return new ParsedNetwork([], []);
        }

        var ns = root.Name.Namespace;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodeOrder = new List<string>();
        string? labelKey = null;
        if (format == NetworkFileFormat.GraphMl)
        {
            labelKey = root.Elements(ns + "key").FirstOrDefault(k => (string?)k.Attribute("for") is "node" or "all" &&
                string.Equals((string?)k.Attribute("attr.name"), "label", StringComparison.OrdinalIgnoreCase))?.Attribute("id")?.Value;
        }

        var nodes = format == NetworkFileFormat.GraphMl ? root.Descendants(ns + "node") : root.Descendants(ns + "nodes").Elements(ns + "node");
        foreach (var node in nodes)
        {
            var prefix = $"lines[{Line(node)}]";
            var id = (string?)node.Attribute("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add($"{prefix}.id", "Deze node heeft geen id.");
                continue;
            }

            var label = format == NetworkFileFormat.GraphMl
                ? node.Elements(ns + "data").FirstOrDefault(d => labelKey is not null && (string?)d.Attribute("key") == labelKey)?.Value
                : (string?)node.Attribute("label");
            label = TextInput.Clean(string.IsNullOrWhiteSpace(label) ? id : label).Trim();
            if (label.Length > 100)
                errors.Add($"{prefix}.label", "Een naam is maximaal 100 tekens.");
            if (!labels.TryAdd(id, label))
                errors.Add($"{prefix}.id", $"De id {id} komt twee keer voor.");
            else
                nodeOrder.Add(id);
        }

        var edges = new List<NetworkImportService.EdgeRow>();
        var edgeElements = format == NetworkFileFormat.GraphMl ? root.Descendants(ns + "edge") : root.Descendants(ns + "edges").Elements(ns + "edge");
        var weightKey = format == NetworkFileFormat.GraphMl
            ? root.Elements(ns + "key").FirstOrDefault(k => (string?)k.Attribute("for") is "edge" or "all" &&
                string.Equals((string?)k.Attribute("attr.name"), "weight", StringComparison.OrdinalIgnoreCase))?.Attribute("id")?.Value
            : null;
        foreach (var edge in edgeElements)
        {
            var line = Line(edge);
            var prefix = $"lines[{line}]";
            var ok = true;
            string Endpoint(string field)
            {
                var value = (string?)edge.Attribute(field);
                if (value is null || !labels.TryGetValue(value, out var name))
                {
                    errors.Add($"{prefix}.{field}", value is null ? $"Deze edge heeft geen {field}." : $"Er is geen node met id {value}.");
                    ok = false;
                    return "";
                }

                return name;
            }

            var source = Endpoint("source");
            var target = Endpoint("target");
            if (ok && (string)edge.Attribute("source")! == (string)edge.Attribute("target")!)
            {
                errors.Add($"{prefix}.target", "Source en target zijn dezelfde node; een relatie is tussen twee verschillende actoren.");
                ok = false;
            }

            var raw = format == NetworkFileFormat.GraphMl
                ? edge.Elements(ns + "data").FirstOrDefault(d => weightKey is not null && (string?)d.Attribute("key") == weightKey)?.Value
                : (string?)edge.Attribute("weight");
            int? weight = null;
            if (!string.IsNullOrWhiteSpace(raw))
            {
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 1 || value > 5)
                {
                    errors.Add($"{prefix}.weight", "Het gewicht is een getal van 1 tot en met 5, of leeg.");
                    ok = false;
                }
                else
                {
                    weight = (int)Math.Round(value, MidpointRounding.AwayFromZero);
                }
            }

            if (ok && string.Equals(source, target, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{prefix}.target", "Source en target hebben dezelfde naam; een relatie is tussen twee verschillende actoren.");
                ok = false;
            }

            if (ok)
                edges.Add(new NetworkImportService.EdgeRow(line, source, target, weight));
        }

        if (!errors.Any && nodeOrder.Count == 0)
            errors.Add("file", "Het bestand bevat geen nodes.");
        return new ParsedNetwork(nodeOrder.Select(id => labels[id]).ToList(), edges);
    }

    private static int Line(XObject element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
