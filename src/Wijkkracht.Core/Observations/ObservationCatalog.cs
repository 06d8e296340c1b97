using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wijkkracht.Core.Observations;

/// <summary>Where a list entry comes from: a seed file, its section and line.</summary>
public sealed class ObservationSource
{
    public string File { get; set; } = "";

    public string Section { get; set; } = "";

    public int Line { get; set; }
}

/// <summary>One of the eight observation questions of WerkwijzerPlus step 1.</summary>
public sealed class ObservationQuestion
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";

    public ObservationSource? Source { get; set; }
}

/// <summary>A group category (jongeren, ouderen, …) with its map colour.</summary>
public sealed class GroupCategory
{
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    public string Color { get; set; } = "#333333";

    public ObservationSource? Source { get; set; }
}

/// <summary>The kind of a factor tag.</summary>
public enum FactorKind
{
    Risico = 1,
    Beschermend = 2,
    Weerbaarheid = 3,
}

/// <summary>A factor tag with its PPCT level.</summary>
public sealed class FactorTag
{
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    public FactorKind Kind { get; set; }

    public PpctLevel Level { get; set; }

    public ObservationSource? Source { get; set; }
}

/// <summary>
/// The lists of content/observations.yaml: questions, group categories and factor tags, each with its source. Loaded
/// once; invalid content stops start-up with every problem listed.
/// </summary>
public sealed class ObservationCatalog
{
    public const string FileName = "observations.yaml";

    private sealed class Document
    {
        public List<ObservationQuestion> Questions { get; set; } = [];

        public List<GroupCategory> Groups { get; set; } = [];

        public List<FactorTag> Factors { get; set; } = [];
    }

    private ObservationCatalog(Document doc)
    {
        Questions = doc.Questions;
        Groups = doc.Groups;
        Factors = doc.Factors;
    }

    public IReadOnlyList<ObservationQuestion> Questions { get; }

    public IReadOnlyList<GroupCategory> Groups { get; }

    public IReadOnlyList<FactorTag> Factors { get; }

    public GroupCategory? Group(string id) => Groups.FirstOrDefault(g => g.Id == id);

    public FactorTag? Factor(string id) => Factors.FirstOrDefault(f => f.Id == id);

    public string GroupLabel(string id) => Group(id)?.Label ?? id;

    public string FactorLabel(string id) => Factor(id)?.Label ?? id;

    /// <summary>Loads and validates content/observations.yaml under <paramref name="contentPath"/>.</summary>
    public static ObservationCatalog Load(string contentPath)
    {
        var path = Path.Combine(contentPath, FileName);
        if (!File.Exists(path))
            throw new KnowledgeContentException([$"{FileName}: bestand ontbreekt."]);
        Document doc;
        try
        {
            doc = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<Document>(File.ReadAllText(path)) ?? new Document();
        }
        catch (YamlException e)
        {
            throw new KnowledgeContentException([$"{FileName}: regel {e.Start.Line}: {e.Message}"]);
        }

        var problems = new List<string>();
        void Check(string list, IEnumerable<(string Id, string Text, ObservationSource? Source)> items)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, text, source) in items)
            {
                if (string.IsNullOrWhiteSpace(id) || id.Contains('|', StringComparison.Ordinal) || id.Contains('=', StringComparison.Ordinal) || !seen.Add(id))
                    problems.Add($"{FileName}: {list}: ongeldige of dubbele id '{id}'.");
                if (string.IsNullOrWhiteSpace(text))
                    problems.Add($"{FileName}: {list}: '{id}' heeft geen tekst.");
                if (source is null || string.IsNullOrWhiteSpace(source.File) || source.Line <= 0)
                    problems.Add($"{FileName}: {list}: '{id}' heeft geen bron met regelnummer.");
            }
        }

        Check("questions", doc.Questions.Select(q => (q.Id, q.Text, q.Source)));
        Check("groups", doc.Groups.Select(g => (g.Id, g.Label, g.Source)));
        Check("factors", doc.Factors.Select(f => (f.Id, f.Label, f.Source)));
        if (doc.Questions.Count != 8)
            problems.Add($"{FileName}: er horen precies acht vragen van stap 1 te staan, niet {doc.Questions.Count}.");
        if (problems.Count > 0)
            throw new KnowledgeContentException(problems);
        return new ObservationCatalog(doc);
    }
}
