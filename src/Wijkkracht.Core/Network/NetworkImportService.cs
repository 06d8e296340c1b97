using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Network;

/// <summary>What an edge-list import did.</summary>
public sealed record NetworkImportSummary(int Lines, int ActorsCreated, int RelationsCreated, int RelationsSkipped);

/// <summary>
/// Imports an edge list CSV (issue 12 §6): header <c>source,target</c> with an optional <c>weight</c> (the strength,
/// 1–5). Names create actors (persons; a name may be any text, numbers included) or match an existing actor of the
/// approach by name; relations are undirected, of type "kent", source "import". The whole file is checked first; on
/// any error nothing is written and every wrong line and column is named (<c>lines[N].column</c>).
/// </summary>
public sealed class NetworkImportService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    public const int MaxLines = 50_000;

    public Task<Result<NetworkImportSummary>> ImportAsync(Guid approachId, string csv, Actor actor, CancellationToken ct = default) =>
        ImportAsync(approachId, csv, NetworkFileFormat.Csv, actor, ct);

    /// <summary>Imports an edge list CSV, GraphML or GEXF; from the XML formats, nodes without edges become actors too.</summary>
    public async Task<Result<NetworkImportSummary>> ImportAsync(Guid approachId, string content, NetworkFileFormat format, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(actor);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<NetworkImportSummary>.Denied(status);
        if (!access!.CanEdit)
            return Result<NetworkImportSummary>.Denied(ResultStatus.Forbidden);

        var errors = new ValidationErrors();
        IReadOnlyList<string> nodes = [];
        IReadOnlyList<EdgeRow> rows;
        if (format == NetworkFileFormat.Csv)
        {
            rows = Parse(content, errors);
        }
        else
        {
            var parsed = NetworkFiles.ReadXml(format, content, errors);
            nodes = parsed.Nodes;
            rows = parsed.Edges;
        }

        if (errors.Any)
            return Result<NetworkImportSummary>.Invalid(errors);

        // Match by name among the actors the importer may know by name (a protected person is never matched by a
        // name the importer may not see).
        var existing = (await db.Set<NetworkActor>().Where(a => a.ApproachId == approachId).ToListAsync(ct))
            .Where(access.NeedToKnow)
            .GroupBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.OrderBy(a => a.CreatedAt).First(), StringComparer.OrdinalIgnoreCase);
        var pairs = (await db.Set<NetworkRelation>().Where(r => r.ApproachId == approachId && r.Type == RelationType.Kent)
            .Select(r => new { r.FromActorId, r.ToActorId }).ToListAsync(ct))
            .Select(r => Pair(r.FromActorId, r.ToActorId)).ToHashSet();
        var actorsCreated = 0;
        var relationsCreated = 0;
        var skipped = 0;
        NetworkActor Resolve(string name)
        {
            if (existing.TryGetValue(name, out var found))
                return found;
            var created = new NetworkActor { ApproachId = approachId, Kind = ActorKind.Persoon, DisplayName = name, CreatedByUserId = actor.UserId };
            db.Add(created);
            existing[name] = created;
            actorsCreated++;
            return created;
        }

        foreach (var node in nodes)
            Resolve(node);
        foreach (var row in rows)
        {
            var from = Resolve(row.Source);
            var to = Resolve(row.Target);
            if (!pairs.Add(Pair(from.Id, to.Id)))
            {
                skipped++;
                continue;
            }

            db.Add(new NetworkRelation
            {
                ApproachId = approachId,
                FromActorId = from.Id,
                ToActorId = to.Id,
                Type = RelationType.Kent,
                Directed = false,
                Strength = row.Weight ?? 3,
                Since = PlausibleDates.Today(time),
                Source = RelationSource.Import,
                Confidence = Confidence.Middel,
                RecordedByUserId = actor.UserId,
                RecordedByName = actor.DisplayName,
            });
            relationsCreated++;
        }

        await db.SaveChangesAsync(ct);
        return Result<NetworkImportSummary>.Ok(new NetworkImportSummary(format == NetworkFileFormat.Csv ? rows.Count : nodes.Count + rows.Count, actorsCreated, relationsCreated, skipped));
    }

    private static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    /// <summary>One checked line of the edge list.</summary>
    public sealed record EdgeRow(int Line, string Source, string Target, int? Weight);

    /// <summary>Reads and checks the whole file; every problem is added to <paramref name="errors"/> as <c>lines[N].column</c>.</summary>
    public static List<EdgeRow> Parse(string csv, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(errors);
        var text = csv.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var records = CsvText.Read(text, delimiter, errors);
        var rows = new List<EdgeRow>();
        if (errors.Any)
            return rows;
        if (records.Count == 0)
        {
            errors.Add("file", "Het bestand is leeg. De eerste regel is de kop: source,target (en eventueel weight).");
            return rows;
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var source = header.IndexOf("source");
        var target = header.IndexOf("target");
        var weight = header.IndexOf("weight");
        var unknown = header.Where(h => h is not ("source" or "target" or "weight")).ToList();
        if (source < 0 || target < 0 || unknown.Count > 0 || header.Distinct().Count() != header.Count)
        {
            errors.Add($"lines[{records[0].Line}]", "De kop moet source,target zijn, eventueel met weight (elke kolom één keer, geen andere kolommen).");
            return rows;
        }

        if (records.Count - 1 > MaxLines)
        {
            errors.Add("file", $"Het bestand heeft meer dan {MaxLines} regels. Splits het bestand.");
            return rows;
        }

        foreach (var record in records.Skip(1))
        {
            var prefix = $"lines[{record.Line}]";
            if (record.Fields.Count != header.Count)
            {
                errors.Add(prefix, $"Deze regel heeft {record.Fields.Count} kolommen; de kop heeft er {header.Count}.");
                continue;
            }

            var from = TextInput.Clean(record.Fields[source]).Trim();
            var to = TextInput.Clean(record.Fields[target]).Trim();
            var ok = true;
            foreach (var (field, value) in new[] { ("source", from), ("target", to) })
            {
                if (value.Length == 0)
                {
                    errors.Add($"{prefix}.{field}", "Vul een naam in.");
                    ok = false;
                }
                else if (value.Length > 100)
                {
                    errors.Add($"{prefix}.{field}", "Een naam is maximaal 100 tekens.");
                    ok = false;
                }
            }

            if (ok && string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{prefix}.target", "Source en target zijn dezelfde actor; een relatie is tussen twee verschillende actoren.");
                ok = false;
            }

            int? strength = null;
            if (weight >= 0 && record.Fields[weight].Trim() is { Length: > 0 } raw)
            {
                if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 5)
                {
                    errors.Add($"{prefix}.weight", "Het gewicht is een heel getal van 1 tot en met 5, of leeg.");
                    ok = false;
                }
                else
                {
                    strength = value;
                }
            }

            if (ok)
                rows.Add(new EdgeRow(record.Line, from, to, strength));
        }

        if (!errors.Any && rows.Count == 0)
            errors.Add("file", "Het bestand heeft geen regels onder de kop.");
        return rows;
    }
}
