using System.Collections.Concurrent;
using Markdig;

namespace Wijkkracht.Core.Knowledge;

/// <summary>Kinds of knowledge-base items (the "type" facet).</summary>
public enum KnowledgeItemType
{
    Method,
    Phase,
    Step,
    Article,
    Precondition,
    Principle,
    LadderRung,
    PpctLevel,
    Intervention,
}

/// <summary>A facet of the search: a name (API parameter, camelCase), a Dutch label and its values.</summary>
public sealed record FacetDefinition(string Name, string Label, IReadOnlyList<FacetValue> Values)
{
    private readonly Dictionary<string, string> _labels = Values.ToDictionary(v => v.Id, v => v.Label, StringComparer.Ordinal);

    public bool Has(string value) => _labels.ContainsKey(value);

    public string LabelOf(string value) => _labels.TryGetValue(value, out var label) ? label : value;
}

/// <summary>One searchable item, flattened for the index and for result lists.</summary>
public sealed record KnowledgeItem(
    string Id,
    KnowledgeItemType Type,
    string Title,
    string Summary,
    string Body,
    string Url,
    SourceRef Source,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Facets);

/// <summary>
/// The loaded, validated knowledge content: loaded once at start-up (<see cref="KnowledgeLoader"/>) and shared
/// read-only by every request.
/// </summary>
public sealed class KnowledgeBase
{
    public const string FacetType = "type";
    public const string FacetOrigin = "origin";
    public const string FacetSolutionDirection = "solutionDirection";
    public const string FacetTargetGroup = "targetGroup";
    public const string FacetLocation = "location";
    public const string FacetTheme = "theme";
    public const string FacetPpctLevel = "ppctLevel";
    public const string FacetMethodStep = "methodStep";

    /// <summary>The seed files every item's source must name, with the guide's human title.</summary>
    public static readonly IReadOnlyDictionary<string, string> Guides = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["000_f0b888ac1cc9eacb.txt"] = "Aanpak WerkwijzerPlus en Weerbare Jeugd (RIEC Noord-Holland, 2022)",
        ["001_bd4bb817515a67d1.txt"] = "Aanpak WerkwijzerPlus en Weerbare Jeugd (RIEC Noord-Holland, 2022; pdf-versie)",
        ["002_b340e894c056c9e2.txt"] = "Handreiking Weerbare gemeenschappen tegen ondermijning (Ministerie van SZW, 2024)",
        ["003_8fdc75b3fcd10e6b.txt"] = "12 randvoorwaarden en 6 werkzame principes (leerkring Brabant en Zeeland)",
        ["004_d2350f71f497704b.txt"] = "Praktijkvoorbeelden: van polarisatie naar verbinding in buurten (KIS)",
    };

    /// <summary>Origins of interventions (and of every item, by its seed file).</summary>
    public static readonly IReadOnlyList<FacetValue> Origins =
    [
        new() { Id = "werkwijzerplus", Label = "WerkwijzerPlus en Weerbare Jeugd" },
        new() { Id = "ess", Label = "Weerbare gemeenschappen tegen ondermijning" },
        new() { Id = "leercirkel", Label = "Leerkring Brabant en Zeeland" },
        new() { Id = "kis", Label = "Praktijkvoorbeelden KIS" },
    ];

    /// <summary>Article categories allowed by the schema.</summary>
    public static readonly IReadOnlySet<string> ArticleCategories = new HashSet<string>(StringComparer.Ordinal)
    {
        "achtergrond", "tips", "hulpvragen", "rollen", "boundary-spanning", "ppct", "weerbaarheidsfactoren",
        "participatieladder", "activiteiten", "financiering", "professionals", "weerstand", "evaluatie", "veiligheid",
        "praktijkverhaal", "ondersteunde-projecten", "werkzame-elementen",
    };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private readonly ConcurrentDictionary<string, string> _html = new(StringComparer.Ordinal);

    internal KnowledgeBase(
        FacetsDoc facets,
        List<MethodDoc> methods,
        List<ArticleDoc> articles,
        List<PpctLevelDoc> ppctLevels,
        ParticipationLadderDoc ladder,
        List<PreconditionDoc> preconditions,
        PrinciplesDoc principles,
        List<InterventionDoc> interventions,
        List<SynonymGroupDoc> synonyms)
    {
        FacetsDoc = facets;
        Methods = methods;
        Articles = articles;
        PpctLevels = ppctLevels.OrderBy(p => Array.IndexOf(["micro", "meso", "exo", "macro"], p.Level)).ToList();
        Ladder = ladder;
        Preconditions = preconditions.OrderBy(p => p.Number).ToList();
        Principles = principles;
        Interventions = interventions;
        Steps = methods.SelectMany(m => m.Steps).ToDictionary(s => s.Id, StringComparer.Ordinal);
        Phases = methods.SelectMany(m => m.Phases).ToDictionary(p => p.Id, StringComparer.Ordinal);
        MethodsById = methods.ToDictionary(m => m.Id, StringComparer.Ordinal);
        InterventionsById = interventions.ToDictionary(i => i.Id, StringComparer.Ordinal);
        ArticlesById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        WorkingPrinciplesById = principles.Principles.ToDictionary(p => p.Id, StringComparer.Ordinal);

        var stepValues = methods.SelectMany(m => m.Steps.Select(s => new FacetValue { Id = s.Id, Label = $"Stap {s.Number}: {s.Title} ({m.Name})" })).ToList();
        FacetDefinitions = new List<FacetDefinition>
        {
            new(FacetType, "Soort", Enum.GetValues<KnowledgeItemType>().Select(t => new FacetValue { Id = TypeId(t), Label = TypeLabel(t) }).ToList()),
            new(FacetOrigin, "Bron", Origins),
            new(FacetSolutionDirection, "Oplossingsrichting", facets.SolutionDirections),
            new(FacetTargetGroup, "Doelgroep", facets.TargetGroups),
            new(FacetLocation, "Locatie", facets.Locations),
            new(FacetTheme, "Thema", facets.Themes),
            new(FacetPpctLevel, "PPCT-niveau", facets.PpctLevels),
            new(FacetMethodStep, "Stap in de methode", stepValues),
        }.ToDictionary(f => f.Name, StringComparer.Ordinal);

        // Interventions named as practice examples of a step belong to that step too.
        StepsOfIntervention = interventions.ToDictionary(
            i => i.Id,
            i => (IReadOnlyList<string>)i.MethodSteps.Concat(methods.SelectMany(m => m.Steps).Where(s => s.PracticeExamples.Contains(i.Id)).Select(s => s.Id)).Distinct().ToList(),
            StringComparer.Ordinal);
        Items = KnowledgeItems.Build(this);
        ItemsById = Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        SynonymGroups = synonyms;
        // The compound vocabulary analyses every text once more; it is built on first use (Program.cs warms it in the
        // background after start-up), so that start-up does not wait for it.
        _queryText = new Lazy<QueryText>(
            () => new QueryText(Items.SelectMany(i => new[] { i.Title, i.Summary, i.Body }), new Synonyms(synonyms)),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>content/synonyms.yaml.</summary>
    public IReadOnlyList<SynonymGroupDoc> SynonymGroups { get; }

    /// <summary>Query analysis over this content: compound splitting against its vocabulary, and its synonyms.</summary>
    public QueryText QueryText => _queryText.Value;

    private readonly Lazy<QueryText> _queryText;

    public FacetsDoc FacetsDoc { get; }

    public IReadOnlyDictionary<string, FacetDefinition> FacetDefinitions { get; }

    public IReadOnlyList<MethodDoc> Methods { get; }

    public IReadOnlyDictionary<string, MethodDoc> MethodsById { get; }

    public IReadOnlyDictionary<string, StepDoc> Steps { get; }

    public IReadOnlyDictionary<string, PhaseDoc> Phases { get; }

    public IReadOnlyList<ArticleDoc> Articles { get; }

    public IReadOnlyDictionary<string, ArticleDoc> ArticlesById { get; }

    public IReadOnlyList<PpctLevelDoc> PpctLevels { get; }

    public ParticipationLadderDoc Ladder { get; }

    public IReadOnlyList<PreconditionDoc> Preconditions { get; }

    public PrinciplesDoc Principles { get; }

    public IReadOnlyDictionary<string, WorkingPrincipleDoc> WorkingPrinciplesById { get; }

    public IReadOnlyList<InterventionDoc> Interventions { get; }

    public IReadOnlyDictionary<string, InterventionDoc> InterventionsById { get; }

    /// <summary>Step ids per intervention: its own methodSteps plus the steps that list it as a practice example.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> StepsOfIntervention { get; }

    /// <summary>Every searchable item.</summary>
    public IReadOnlyList<KnowledgeItem> Items { get; }

    public IReadOnlyDictionary<string, KnowledgeItem> ItemsById { get; }

    /// <summary>Safe HTML for a Markdown field (raw HTML in the content is escaped, not rendered).</summary>
    public string Html(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : _html.GetOrAdd(markdown, md => Markdown.ToHtml(md, Pipeline));

    /// <summary>Plain text of a Markdown field (for snippets).</summary>
    public static string Plain(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    public static string GuideTitle(string file) => Guides.TryGetValue(file, out var title) ? title : file;

    /// <summary>The origin (guide) an item comes from, by its seed file.</summary>
    public static string OriginOfFile(string file) => file switch
    {
        "000_f0b888ac1cc9eacb.txt" or "001_bd4bb817515a67d1.txt" => "werkwijzerplus",
        "002_b340e894c056c9e2.txt" => "ess",
        "003_8fdc75b3fcd10e6b.txt" => "leercirkel",
        "004_d2350f71f497704b.txt" => "kis",
        _ => "onbekend",
    };

    public static string TypeId(KnowledgeItemType type) => type switch
    {
        KnowledgeItemType.Method => "method",
        KnowledgeItemType.Phase => "phase",
        KnowledgeItemType.Step => "step",
        KnowledgeItemType.Article => "article",
        KnowledgeItemType.Precondition => "precondition",
        KnowledgeItemType.Principle => "principle",
        KnowledgeItemType.LadderRung => "ladderRung",
        KnowledgeItemType.PpctLevel => "ppctLevel",
        KnowledgeItemType.Intervention => "intervention",
        _ => type.ToString(),
    };

    public static string TypeLabel(KnowledgeItemType type) => type switch
    {
        KnowledgeItemType.Method => "Methode",
        KnowledgeItemType.Phase => "Fase",
        KnowledgeItemType.Step => "Stap",
        KnowledgeItemType.Article => "Verdieping",
        KnowledgeItemType.Precondition => "Randvoorwaarde",
        KnowledgeItemType.Principle => "Principe",
        KnowledgeItemType.LadderRung => "Trede van de participatieladder",
        KnowledgeItemType.PpctLevel => "PPCT-niveau",
        KnowledgeItemType.Intervention => "Interventie",
        _ => type.ToString(),
    };

    public string FacetLabel(string facet, string value) =>
        FacetDefinitions.TryGetValue(facet, out var def) ? def.LabelOf(value) : value;
}
