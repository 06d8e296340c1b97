namespace Wijkkracht.Core.Knowledge;

/// <summary>
/// Everyday words a professional uses for a situation, grouped with the words the guides use for the same thing
/// (content/synonyms.yaml, each group with the reason it exists). The search and the intervention finder expand a
/// query term with the other terms of its groups (at a lower weight), so "hangjongeren bij het winkelcentrum" also
/// reaches "jongeren" and "winkelgebied". Groups are generic domain vocabulary (see docs/knowledge-base.md); they are
/// not tuned to individual test situations.
/// </summary>
public sealed class Synonyms
{
    public static readonly Synonyms None = new([]);

    private readonly Dictionary<string, HashSet<string>> _map = new(StringComparer.Ordinal);

    public Synonyms(IEnumerable<SynonymGroupDoc> groups)
    {
        foreach (var group in groups)
        {
            var terms = group.Words.SelectMany(w => DutchText.Analyze(w).Select(t => t.Term)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var term in terms)
            {
                if (!_map.TryGetValue(term, out var set))
                    _map[term] = set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var other in terms.Where(o => o != term))
                    set.Add(other);
            }
        }
    }

    /// <summary>The other analyzed terms that mean the same as <paramref name="term"/> (analyzed).</summary>
    public IReadOnlyCollection<string> For(string term) =>
        _map.TryGetValue(term, out var set) ? set : [];
}
