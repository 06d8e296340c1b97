using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Knowledge;

/// <summary>An intervention as the finder and lists see it: from the standard catalogue or the organisation's own.</summary>
public sealed record InterventionCard(
    string Id,
    string Title,
    string Summary,
    string Body,
    string Origin,
    bool IsOwn,
    string? SolutionDirection,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> PpctLevels,
    IReadOnlyList<string> MethodSteps)
{
    public string Url => "/kennisbank/interventies/" + Id;

    public IReadOnlyList<string> Values(string facet) => facet switch
    {
        KnowledgeBase.FacetSolutionDirection => SolutionDirection is null ? [] : [SolutionDirection],
        KnowledgeBase.FacetTargetGroup => TargetGroups,
        KnowledgeBase.FacetLocation => Locations,
        KnowledgeBase.FacetTheme => Themes,
        KnowledgeBase.FacetPpctLevel => PpctLevels,
        KnowledgeBase.FacetMethodStep => MethodSteps,
        KnowledgeBase.FacetOrigin => [Origin],
        _ => [],
    };
}

/// <summary>What the user tells the finder: a situation in their own words and optional criteria (facet ids).</summary>
public sealed class FinderQuery
{
    public string? Text { get; set; }

    public string? TargetGroup { get; set; }

    public string? Location { get; set; }

    public string? SolutionDirection { get; set; }

    public string? PpctLevel { get; set; }

    public string? Theme { get; set; }

    public IEnumerable<(string Facet, string Value)> Criteria()
    {
        if (!string.IsNullOrEmpty(TargetGroup))
            yield return (KnowledgeBase.FacetTargetGroup, TargetGroup);
        if (!string.IsNullOrEmpty(Location))
            yield return (KnowledgeBase.FacetLocation, Location);
        if (!string.IsNullOrEmpty(SolutionDirection))
            yield return (KnowledgeBase.FacetSolutionDirection, SolutionDirection);
        if (!string.IsNullOrEmpty(PpctLevel))
            yield return (KnowledgeBase.FacetPpctLevel, PpctLevel);
        if (!string.IsNullOrEmpty(Theme))
            yield return (KnowledgeBase.FacetTheme, Theme);
    }
}

/// <summary>
/// Why a result was ranked: a matched criterion (Kind = facet, Value = facet value, Label = the value in plain Dutch,
/// e.g. "jongeren") or the words of the situation it shares (Kind = "text", Label = "Woorden uit uw beschrijving: …").
/// </summary>
public sealed record FinderReason(string Kind, string Value, string Label);

/// <summary>A ranked intervention with its score (0..1) and reasons.</summary>
public sealed record FinderResult(InterventionCard Intervention, double Score, IReadOnlyList<FinderReason> Reasons)
{
    /// <summary>How many of the chosen criteria the intervention matches (the first sort key).</summary>
    public int Matched { get; init; }

    /// <summary>The matched criteria in one plain Dutch line ("Past bij: jongeren, openbare ruimte, ronselen van jongeren"), or null.</summary>
    public string? CriteriaLine
    {
        get
        {
            var labels = Reasons.Where(r => r.Kind != "text").Select(r => r.Label).ToList();
            return labels.Count == 0 ? null : "Past bij: " + string.Join(", ", labels);
        }
    }

    /// <summary>The shared words in one plain Dutch line, or null.</summary>
    public string? WordsLine => Reasons.FirstOrDefault(r => r.Kind == "text")?.Label;
}

/// <summary>
/// The interventiewijzer. Ranking: the criteria the user chose dominate: results are ordered by the number of chosen
/// criteria they match, then by text; score = (matched criteria + text) / (given criteria + 1), or text without
/// criteria; where text is the Lucene classic TF-IDF score (DefaultSimilarity; its coordination factor rewards sharing
/// more of the situation's terms) of the situation (analyzed Dutch terms, known parts of unknown compounds at half and
/// synonyms at 0.35 of the weight, over title, summary, description and facet labels) divided by the best score of
/// this query. Candidates are the text matches plus, with criteria, every
/// intervention matching at least one criterion. The organisation's own interventions are indexed per query next to
/// the standard ones (one IDF over both); hidden standard interventions are left out.
/// </summary>
public sealed class InterventionFinder
{
    private static readonly Similarity Similarity = new DefaultSimilarity();
    private readonly KnowledgeBase _kb;
    private readonly IndexSearcher _standard;
    private readonly InterventionCard[] _cards;
    private readonly Dictionary<string, string>[] _terms;

    public InterventionFinder(KnowledgeBase kb)
    {
        _kb = kb;
        _cards = kb.Interventions.Select(i => Card(kb, i)).ToArray();
        _terms = _cards.Select(c => Terms(c)).ToArray();
        _standard = LuceneIndex.Build(_cards.Select(c => ToDoc(c)), Similarity);
    }

    public IReadOnlyList<InterventionCard> StandardCards => _cards;

    public static InterventionCard Card(KnowledgeBase kb, InterventionDoc i) => new(
        i.Id, i.Title.Trim(), KnowledgeBase.Plain(i.Summary), KnowledgeBase.Plain(KnowledgeItems.InterventionText(i)), i.Origin, false,
        i.SolutionDirection, i.TargetGroups, i.Locations, i.Themes, i.PpctLevels, kb.StepsOfIntervention[i.Id]);

    /// <summary>Validates the query: text length and criteria values against facets.yaml.</summary>
    public ValidationErrors Validate(FinderQuery query)
    {
        var errors = new ValidationErrors();
        if (query.Text is { Length: > SearchRequest.MaxQueryLength })
            errors.Add("q", $"De beschrijving mag maximaal {SearchRequest.MaxQueryLength} tekens lang zijn.");
        foreach (var (facet, value) in query.Criteria())
        {
            var definition = _kb.FacetDefinitions[facet];
            if (!definition.Has(value))
                errors.Add(facet, $"'{value}' is geen geldige keuze voor {definition.Label.ToLowerInvariant()}.");
        }

        return errors;
    }

    /// <summary>Ranks the standard catalogue (minus <paramref name="hidden"/>) plus <paramref name="own"/> interventions.</summary>
    public Result<List<FinderResult>> Find(FinderQuery query, IReadOnlyCollection<InterventionCard>? own = null, IReadOnlySet<string>? hidden = null)
    {
        var errors = Validate(query);
        if (errors.Any)
            return Result<List<FinderResult>>.Invalid(errors);

        own ??= [];
        var cards = own.Count == 0 ? _cards : [.. _cards, .. own];
        var terms = own.Count == 0 ? _terms : [.. _terms, .. own.Select(c => Terms(c))];
        var textScores = new double[cards.Length];
        var queryWords = _kb.QueryText.Analyze(query.Text);
        var luceneQuery = LuceneIndex.TextQuery(_kb.QueryText, query.Text);
        if (luceneQuery is not null)
        {
            var searcher = own.Count == 0 ? _standard : WithOwn(own);
            var hits = searcher.Search(luceneQuery, cards.Length).ScoreDocs;
            var best = hits.Length == 0 ? 1 : hits.Max(h => h.Score);
            foreach (var hit in hits)
                textScores[hit.Doc] = hit.Score / best;
        }

        var criteria = query.Criteria().ToList();
        var results = new List<FinderResult>();
        for (var d = 0; d < cards.Length; d++)
        {
            var card = cards[d];
            if (!card.IsOwn && hidden?.Contains(card.Id) == true)
                continue;
            var reasons = new List<FinderReason>();
            var matched = 0;
            foreach (var (facet, value) in criteria)
            {
                if (!card.Values(facet).Contains(value))
                    continue;
                matched++;
                reasons.Add(new FinderReason(facet, value, PlainLabel(_kb.FacetLabel(facet, value))));
            }

            if (textScores[d] <= 0 && matched == 0 && (luceneQuery is not null || criteria.Count > 0))
                continue;

            var words = MatchedWords(queryWords, terms[d]);
            if (words.Count > 0)
                reasons.Insert(0, new FinderReason("text", string.Join(", ", words), "Woorden uit uw beschrijving: " + string.Join(", ", words)));

            var score = criteria.Count == 0 ? textScores[d] : (matched + textScores[d]) / (criteria.Count + 1);
            results.Add(new FinderResult(card, Math.Round(score, 4), reasons) { Matched = matched });
        }

        return Result<List<FinderResult>>.Ok(results
            .OrderByDescending(r => r.Matched)
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Intervention.Title, StringComparer.CurrentCulture)
            .ToList());
    }

    private IndexSearcher WithOwn(IReadOnlyCollection<InterventionCard> own)
    {
        var ownSearcher = LuceneIndex.Build(own.Select(c => ToDoc(c)), Similarity);
        var reader = new MultiReader(_standard.IndexReader, ownSearcher.IndexReader);
        return new IndexSearcher(reader) { Similarity = Similarity };
    }

    /// <summary>"Openbare ruimte (plein, park, straat)" → "openbare ruimte": the facet label as a word in a sentence.</summary>
    public static string PlainLabel(string label)
    {
        var bracket = label.IndexOf(" (", StringComparison.Ordinal);
        var text = bracket > 0 ? label[..bracket] : label;
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    // The user's words the intervention shares; a word reached through a compound part or a synonym shows the
    // intervention's own word ("hangjongeren (in de tekst: jongeren)"), never a stem.
    private List<string> MatchedWords(List<QueryTerm> queryWords, Dictionary<string, string> docTerms)
    {
        var words = new List<string>();
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (term, word, isPart) in queryWords)
        {
            if (done.Contains(word))
                continue;
            string? shown = null;
            if (docTerms.TryGetValue(term, out var docWord))
                shown = isPart ? $"{word.ToLowerInvariant()} (in de tekst: {docWord})" : word.ToLowerInvariant();
            else if (_kb.QueryText.Synonyms.For(term).FirstOrDefault(docTerms.ContainsKey) is { } synonym)
                shown = $"{word.ToLowerInvariant()} (in de tekst: {docTerms[synonym]})";
            if (shown is not null)
            {
                done.Add(word);
                words.Add(shown);
            }
        }

        return words;
    }

    private LuceneIndex.Doc ToDoc(InterventionCard c) =>
        new(c.Id, c.Title, c.Summary, c.Body, FacetText(c));

    private Dictionary<string, string> Terms(InterventionCard c)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in new[] { c.Title, c.Summary, c.Body, FacetText(c) })
        {
            foreach (var (term, word) in DutchText.Analyze(text))
                terms.TryAdd(term, word.ToLowerInvariant());
        }

        return terms;
    }

    private string FacetText(InterventionCard c) => string.Join(". ",
        new[] { KnowledgeBase.FacetSolutionDirection, KnowledgeBase.FacetTargetGroup, KnowledgeBase.FacetLocation, KnowledgeBase.FacetTheme, KnowledgeBase.FacetPpctLevel }
            .SelectMany(f => c.Values(f).Select(v => _kb.FacetLabel(f, v))));
}
