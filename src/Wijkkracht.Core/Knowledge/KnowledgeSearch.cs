using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Knowledge;

/// <summary>A knowledge search: free text (may be empty: browse) and facet filters (OR within a facet, AND across).</summary>
public sealed class SearchRequest
{
    public const int MaxQueryLength = 500;

    public string? Query { get; set; }

    /// <summary>Selected values per facet name (see <see cref="KnowledgeBase.FacetDefinitions"/>).</summary>
    public Dictionary<string, List<string>> Filters { get; set; } = new(StringComparer.Ordinal);

    public PageRequest Page { get; set; } = PageRequest.Create(1, 20);
}

/// <summary>One hit.</summary>
public sealed record SearchHit(KnowledgeItem Item, double Score);

/// <summary>A facet value with the number of matching items, and whether it is selected.</summary>
public sealed record FacetCount(string Value, string Label, int Count, bool Selected);

/// <summary>Search result: one page of hits, the total, and the counts per facet value.</summary>
public sealed record SearchResult(Page<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

/// <summary>
/// Full-text search over every knowledge item with an in-memory Lucene index built once at start-up. Facet counts
/// are computed in memory over the matching set: the count of a value of facet F is the number of text matches that
/// pass every filter except F's own (so choosing one value still shows how many the others would give).
/// </summary>
public sealed class KnowledgeSearch
{
    private readonly KnowledgeBase _kb;
    private readonly IndexSearcher _searcher;
    private readonly KnowledgeItem[] _byDoc;

    public KnowledgeSearch(KnowledgeBase kb)
    {
        _kb = kb;
        _byDoc = kb.Items.ToArray();
        _searcher = LuceneIndex.Build(_byDoc.Select(i => new LuceneIndex.Doc(i.Id, i.Title, i.Summary, i.Body, FacetText(kb, i.Facets))), new DefaultSimilarity());
    }

    public KnowledgeBase Knowledge => _kb;

    /// <summary>Validates a request: query length and facet names/values. Dutch messages keyed by parameter name.</summary>
    public ValidationErrors Validate(SearchRequest request)
    {
        var errors = new ValidationErrors();
        if (request.Query is { Length: > SearchRequest.MaxQueryLength })
            errors.Add("q", $"De zoekvraag mag maximaal {SearchRequest.MaxQueryLength} tekens lang zijn.");
        foreach (var (facet, values) in request.Filters)
        {
            if (!_kb.FacetDefinitions.TryGetValue(facet, out var definition))
            {
                errors.Add(facet, $"Onbekend filter '{facet}'.");
                continue;
            }

            foreach (var value in values.Where(v => !definition.Has(v)))
                errors.Add(facet, $"'{value}' is geen geldige keuze voor {definition.Label.ToLowerInvariant()}.");
        }

        return errors;
    }

    public Result<SearchResult> Search(SearchRequest request)
    {
        var errors = Validate(request);
        if (errors.Any)
            return Result<SearchResult>.Invalid(errors);

        var query = LuceneIndex.TextQuery(_kb.QueryText, request.Query);
        var matches = new List<(int Doc, float Score)>();
        if (query is null)
        {
            for (var i = 0; i < _byDoc.Length; i++)
                matches.Add((i, 0f));
        }
        else
        {
            foreach (var hit in _searcher.Search(query, _byDoc.Length).ScoreDocs)
                matches.Add((hit.Doc, hit.Score));
        }

        var filters = request.Filters.Where(f => f.Value.Count > 0).ToDictionary(f => f.Key, f => f.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        bool Passes(KnowledgeItem item, string? except) => filters.All(f =>
            f.Key == except || (item.Facets.TryGetValue(f.Key, out var values) && values.Any(f.Value.Contains)));

        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var definition in _kb.FacetDefinitions.Values)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (doc, _) in matches)
            {
                var item = _byDoc[doc];
                if (!Passes(item, definition.Name) || !item.Facets.TryGetValue(definition.Name, out var values))
                    continue;
                foreach (var value in values)
                    counts[value] = counts.GetValueOrDefault(value) + 1;
            }

            var selected = filters.GetValueOrDefault(definition.Name);
            facets[definition.Name] = definition.Values
                .Select(v => new FacetCount(v.Id, v.Label, counts.GetValueOrDefault(v.Id), selected?.Contains(v.Id) == true))
                .Where(c => c.Count > 0 || c.Selected)
                .ToList();
        }

        var filtered = matches.Where(m => Passes(_byDoc[m.Doc], null)).ToList();
        if (query is null)
            filtered = filtered.OrderBy(m => _byDoc[m.Doc].Type).ThenBy(m => _byDoc[m.Doc].Title, StringComparer.CurrentCulture).ToList();
        var page = filtered.Skip(request.Page.Skip).Take(request.Page.PageSize)
            .Select(m => new SearchHit(_byDoc[m.Doc], Math.Round(m.Score, 4))).ToList();
        return Result<SearchResult>.Ok(new SearchResult(new Page<SearchHit>(page, request.Page.PageNumber, request.Page.PageSize, filtered.Count), facets));
    }

    internal static string FacetText(KnowledgeBase kb, IReadOnlyDictionary<string, IReadOnlyList<string>> facets) =>
        string.Join(". ", facets.Where(f => f.Key is not KnowledgeBase.FacetType and not KnowledgeBase.FacetOrigin and not KnowledgeBase.FacetMethodStep)
            .SelectMany(f => f.Value.Select(v => kb.FacetLabel(f.Key, v))));
}

/// <summary>Shared Lucene plumbing: an in-memory index with a fixed doc order, and the text query.</summary>
internal static class LuceneIndex
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Facets = "facets";

    private static readonly (string Field, float Boost)[] Fields = [(Title, 3f), (Summary, 2f), (Body, 0.7f), (Facets, 1f)];

    public sealed record Doc(string Id, string Title, string Summary, string Body, string FacetText);

    /// <summary>Builds a one-segment index whose doc numbers are the positions in <paramref name="docs"/>.</summary>
    public static IndexSearcher Build(IEnumerable<Doc> docs, Similarity similarity)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(DutchFoldingAnalyzer.Version, new DutchFoldingAnalyzer())
        {
            Similarity = similarity,
            RAMBufferSizeMB = 256,
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        var count = 0;
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var doc in docs)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", doc.Id, Field.Store.YES),
                    new TextField(Title, doc.Title, Field.Store.NO),
                    new TextField(Summary, doc.Summary, Field.Store.NO),
                    new TextField(Body, doc.Body, Field.Store.NO),
                    new TextField(Facets, doc.FacetText, Field.Store.NO),
                });
                count++;
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        if (reader.MaxDoc != count)
            throw new InvalidOperationException("Knowledge index has an unexpected number of documents.");
        return new IndexSearcher(reader) { Similarity = similarity };
    }

    /// <summary>
    /// Any-term query over title^3, summary^2, body and facet labels for each analyzed term of <paramref name="text"/>;
    /// the known parts of an unknown compound are added at half the weight, and each term's synonyms at 0.35.
    /// Null when the text has no terms.
    /// The user's text is analyzed, never parsed, so no query syntax can be injected.
    /// </summary>
    public static Query? TextQuery(QueryText queryText, string? text)
    {
        var analyzed = queryText.Analyze(text);
        if (analyzed.Count == 0)
            return null;
        var query = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in analyzed.Where(t => !t.IsPart).Select(t => t.Term))
        {
            if (seen.Add(term))
                query.Add(TermClause(term, 1f), Occur.SHOULD);
        }

        foreach (var term in analyzed.Where(t => t.IsPart).Select(t => t.Term))
        {
            if (seen.Add(term))
                query.Add(TermClause(term, 0.5f), Occur.SHOULD);
        }

        foreach (var synonym in analyzed.Select(t => t.Term).Distinct(StringComparer.Ordinal).SelectMany(queryText.Synonyms.For).ToList())
        {
            if (seen.Add(synonym))
                query.Add(TermClause(synonym, 0.35f), Occur.SHOULD);
        }

        return query;
    }

    private static BooleanQuery TermClause(string term, float boost)
    {
        var clause = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var (field, fieldBoost) in Fields)
            clause.Add(new TermQuery(new Term(field, term)) { Boost = fieldBoost }, Occur.SHOULD);
        return clause;
    }
}
