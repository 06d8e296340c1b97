using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Wijkkracht.Core.Knowledge;

/// <summary>
/// The analyzer for all knowledge text: the chain of Lucene's <see cref="DutchAnalyzer"/> (standard tokenizer,
/// lower case, Dutch stop words, Snowball Dutch stemmer) with an <see cref="ASCIIFoldingFilter"/> before the stemmer,
/// so "creëren" and "creeren" are the same term, and "jongere"/"jongeren" or "betrokkenheid"/"betrokken" share a stem.
/// </summary>
public sealed class DutchFoldingAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Stems the Snowball stemmer gets wrong for this domain: "ouderen" (elderly) and "ouders" (parents) would share
    // "ouder"; "kind" and "kinderen" would not meet (Lucene's own DutchAnalyzer overrides "kind" the same way).
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Overrides = BuildOverrides();

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        builder.Add("ouderen", "ouderen");
        builder.Add("oudere", "ouderen");
        builder.Add("kind", "kinder");
        builder.Add("kinderen", "kinder");
        return builder.Build();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(Version, result, DutchAnalyzer.DefaultStopSet);
        result = new StemmerOverrideFilter(result, Overrides);
        result = new SnowballFilter(result, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        return new TokenStreamComponents(source, result);
    }
}

/// <summary>Turns text into analyzed terms (and back to the words they came from).</summary>
public static class DutchText
{
    private static readonly DutchFoldingAnalyzer Analyzer = new();

    /// <summary>The analyzed terms of <paramref name="text"/>, each with the first word it came from, in order.</summary>
    public static List<(string Term, string Word)> Analyze(string? text)
    {
        var result = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(text))
            return result;
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = offset.EndOffset <= text.Length ? text[offset.StartOffset..offset.EndOffset] : term.ToString();
            result.Add((term.ToString(), word));
        }

        stream.End();
        return result;
    }

    public static HashSet<string> Terms(params string?[] texts)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var (term, _) in Analyze(text))
                set.Add(term);
        }

        return set;
    }
}

/// <summary>An analyzed query term: the stem, the user's word it came from, and whether it is a part of a compound.</summary>
public sealed record QueryTerm(string Term, string Word, bool IsPart);

/// <summary>
/// Query-side analysis with Dutch compound splitting. A query word whose stem does not occur in the knowledge base
/// ("hangjongeren", "drugsoverlast") is split by Lucene's <see cref="DictionaryCompoundWordTokenFilter"/> against a
/// dictionary built from the content's own vocabulary (every word of four letters or more in the guides), and its
/// parts that do occur ("jongeren", "overlast") are searched too. Words the content knows are never split, so
/// "jongerenwerk" stays one term. The index itself is not decompounded: the guides' words are searched as written.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The analyzer lives as long as the KnowledgeBase singleton that holds this, i.e. the app.")]
public sealed class QueryText
{
    private const int MinCompoundLength = 8;
    private readonly CompoundSplitter _splitter;
    private readonly HashSet<string> _indexTerms;

    public QueryText(IEnumerable<string?> contentTexts, Synonyms synonyms)
    {
        Synonyms = synonyms;
        var words = new HashSet<string>(StringComparer.Ordinal);
        _indexTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in contentTexts)
        {
            foreach (var (term, word) in DutchText.Analyze(text))
            {
                _indexTerms.Add(term);
                var folded = CompoundSplitter.Fold(word);
                if (folded.Length >= 4 && folded.All(char.IsLetter))
                    words.Add(folded);
            }
        }

        _splitter = new CompoundSplitter(words);
        DictionarySize = words.Count;
    }

    public Synonyms Synonyms { get; }

    /// <summary>Number of words in the decompounding dictionary.</summary>
    public int DictionarySize { get; }

    /// <summary>True when the analyzed term occurs somewhere in the knowledge base.</summary>
    public bool IsKnown(string term) => _indexTerms.Contains(term);

    /// <summary>The analyzed terms of the query, followed per unknown compound by its known parts.</summary>
    public List<QueryTerm> Analyze(string? text)
    {
        var result = new List<QueryTerm>();
        foreach (var (term, word) in DutchText.Analyze(text))
        {
            result.Add(new QueryTerm(term, word, false));
            if (_indexTerms.Contains(term) || word.Length < MinCompoundLength)
                continue;
            foreach (var part in _splitter.Parts(word))
            {
                foreach (var (partTerm, _) in DutchText.Analyze(part))
                {
                    if (partTerm != term && _indexTerms.Contains(partTerm) && !result.Any(r => r.Term == partTerm && r.Word == word))
                        result.Add(new QueryTerm(partTerm, word, true));
                }
            }
        }

        return result;
    }

    private sealed class CompoundSplitter(IEnumerable<string> dictionary) : Analyzer
    {
        private readonly CharArraySet _dictionary = new(DutchFoldingAnalyzer.Version, dictionary.ToList(), ignoreCase: false);

        public static string Fold(string word)
        {
            var chars = word.ToLowerInvariant().ToCharArray();
            var output = new char[chars.Length * 4];
            var length = ASCIIFoldingFilter.FoldToASCII(chars, 0, output, 0, chars.Length);
            return new string(output, 0, length);
        }

        public List<string> Parts(string word)
        {
            var parts = new List<string>();
            using var stream = GetTokenStream("q", word);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement == 0)
                    parts.Add(term.ToString());
            }

            stream.End();
            return parts;
        }

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(DutchFoldingAnalyzer.Version, reader);
            TokenStream result = new LowerCaseFilter(DutchFoldingAnalyzer.Version, source);
            result = new ASCIIFoldingFilter(result);
            result = new DictionaryCompoundWordTokenFilter(DutchFoldingAnalyzer.Version, result, _dictionary,
                minWordSize: MinCompoundLength, minSubwordSize: 4, maxSubwordSize: 20, onlyLongestMatch: true);
            return new TokenStreamComponents(source, result);
        }
    }
}
