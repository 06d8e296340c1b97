using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wijkkracht.Core.Knowledge;

/// <summary>One entry of content/glossary.yaml (see docs/content-schema.md): a word and its plain-Dutch explanation.</summary>
public sealed class GlossaryEntry
{
    /// <summary>Kebab-case id, also the anchor on /kennisbank/begrippen (<c>#ppct</c>) and the id of <c>&lt;wk-term&gt;</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The word as shown, e.g. "PPCT".</summary>
    public string Term { get; set; } = "";

    /// <summary>Other spellings or names of the same thing (shown after the word).</summary>
    public List<string> Also { get; set; } = [];

    /// <summary>The explanation in plain Dutch (B1), one or more paragraphs.</summary>
    public string Body { get; set; } = "";

    /// <summary>Optional parts, e.g. the four PPCT levels or the rungs of the participation ladder.</summary>
    public List<GlossaryPart> Parts { get; set; } = [];

    /// <summary>Optional: a kennisbank page with more (must start with /kennisbank/).</summary>
    public string? More { get; set; }

    /// <summary>Ids of related entries.</summary>
    public List<string> Related { get; set; } = [];

    /// <summary>Where the meaning is taken from (a guide in the seeds); null when <see cref="Own"/>.</summary>
    public SourceRef? Source { get; set; }

    /// <summary>True when the explanation is Wijkkracht's own (no guide defines the word this way).</summary>
    public bool Own { get; set; }
}

/// <summary>A part of a glossary entry (a level, a rung).</summary>
public sealed class GlossaryPart
{
    public string Term { get; set; } = "";

    public string Body { get; set; } = "";
}

/// <summary>
/// The glossary ("Begrippen"): words used in the guides and the app, explained in B1 Dutch, each with its source or
/// marked as Wijkkracht's own explanation. Loaded once from content/glossary.yaml; invalid content (unknown related
/// ids, duplicates, a missing source) stops start-up with every problem listed (<see cref="KnowledgeContentException"/>).
/// Kept apart from <see cref="KnowledgeLoader"/> on purpose: the glossary is small and read by the web layer only.
/// </summary>
public sealed partial class Glossary
{
    public const string FileName = "glossary.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private Glossary(IReadOnlyList<GlossaryEntry> entries)
    {
        Entries = entries;
        ById = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The entries in alphabetical order of the word.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    public IReadOnlyDictionary<string, GlossaryEntry> ById { get; }

    /// <summary>The link to an entry on the glossary page.</summary>
    public static string LinkFor(string id) => "/kennisbank/begrippen#" + id;

    /// <summary>Loads content/glossary.yaml under <paramref name="contentPath"/>; throws with every problem listed.</summary>
    public static Glossary Load(string contentPath)
    {
        var path = Path.Combine(contentPath, FileName);
        if (!File.Exists(path))
            throw new KnowledgeContentException([$"{FileName}: bestand ontbreekt ({path})."]);
        List<GlossaryEntry>? entries;
        try
        {
            entries = Yaml.Deserialize<List<GlossaryEntry>>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new KnowledgeContentException([$"{FileName}: regel {e.Start.Line}, kolom {e.Start.Column}: {e.InnerException?.Message ?? e.Message}"]);
        }

        return Parse(entries ?? []);
    }

    /// <summary>Validates parsed entries (also used by the tests); throws with every problem listed.</summary>
    public static Glossary Parse(IReadOnlyList<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var problems = new List<string>();
        if (entries.Count == 0)
            problems.Add($"{FileName}: geen begrippen.");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var where = $"{FileName}: begrip '{e.Id}'";
            if (!IdPattern().IsMatch(e.Id))
                problems.Add($"{where}: id moet uit kleine letters, cijfers en streepjes bestaan.");
            if (!ids.Add(e.Id))
                problems.Add($"{where}: id komt twee keer voor.");
            if (string.IsNullOrWhiteSpace(e.Term))
                problems.Add($"{where}: 'term' ontbreekt.");
            if (string.IsNullOrWhiteSpace(e.Body))
                problems.Add($"{where}: 'body' (de uitleg) ontbreekt.");
            if (e.Parts.Any(p => string.IsNullOrWhiteSpace(p.Term) || string.IsNullOrWhiteSpace(p.Body)))
                problems.Add($"{where}: elk onderdeel in 'parts' heeft een 'term' en een 'body'.");
            if (e.More is not null && !e.More.StartsWith("/kennisbank/", StringComparison.Ordinal))
                problems.Add($"{where}: 'more' moet een pagina van de kennisbank zijn (/kennisbank/…).");
            if (e.Own == (e.Source is not null))
                problems.Add($"{where}: geef óf 'source' (de handreiking waar de betekenis vandaan komt) óf 'own: true' (eigen uitleg van Wijkkracht).");
            if (e.Source is { } source && (!KnowledgeBase.Guides.ContainsKey(source.File) || string.IsNullOrWhiteSpace(source.Section)))
                problems.Add($"{where}: bron '{source.File}' staat niet in de lijst met handreikingen, of 'section' ontbreekt.");
        }

        foreach (var e in entries)
        {
            foreach (var related in e.Related.Where(r => !ids.Contains(r)))
                problems.Add($"{FileName}: begrip '{e.Id}' verwijst naar onbekend begrip '{related}'.");
        }

        if (problems.Count > 0)
            throw new KnowledgeContentException(problems);
        return new Glossary(entries.OrderBy(e => e.Term, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true)).ToList());
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
