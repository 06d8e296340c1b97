using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
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
