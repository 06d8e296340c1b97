using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>The loader rejects broken content with a clear message that names file, id and problem.</summary>
public sealed class LoaderValidationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "wijkkracht-content-" + Guid.NewGuid().ToString("N"));

    public LoaderValidationTests()
    {
        // A copy of the real content to break one thing at a time.
        Copy(KnowledgeLoader.ResolveContentPath(null), _dir);
    }

    [Fact]
    public void Load_RealContent_HasNoProblems()
    {
        var (kb, problems) = KnowledgeLoader.TryLoad(KnowledgeLoader.ResolveContentPath(null));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.NotNull(kb);
    }

    [Fact]
    public void Load_DanglingPracticeExample_IsRejectedNamingTheStep()
    {
        Replace("methods/werkwijzerplus.yaml", "    practiceExamples:\n", "    practiceExamples:\n      - bestaat-niet\n");
        var e = Assert.Throws<KnowledgeContentException>(() => KnowledgeLoader.Load(_dir));
        Assert.Contains(e.Problems, p => p.Contains("methods/werkwijzerplus.yaml", StringComparison.Ordinal) && p.Contains("'bestaat-niet' bestaat niet", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DuplicateId_IsRejected()
    {
        Append("interventions/kis.yaml", """

            - id: kis-buurtbemiddeling
              title: "Nog een keer"
              origin: kis
              summary: "Dubbel."
              source: { file: "004_d2350f71f497704b.txt", section: "Buurtbemiddeling" }
            """);
        var e = Assert.Throws<KnowledgeContentException>(() => KnowledgeLoader.Load(_dir));
        Assert.Contains(e.Problems, p => p.Contains("kis-buurtbemiddeling: id komt dubbel voor", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingSourceAndUnknownFacet_AreBothReported()
    {
        Append("interventions/kis.yaml", """

            - id: kis-zonder-bron
              title: "Zonder bron"
              origin: kis
              summary: "Geen bron."
              themes: [bestaat-niet]
            """);
        var e = Assert.Throws<KnowledgeContentException>(() => KnowledgeLoader.Load(_dir));
        Assert.Contains(e.Problems, p => p.Contains("kis-zonder-bron: source ontbreekt", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("kis-zonder-bron: themes: 'bestaat-niet' staat niet in facets.yaml", StringComparison.Ordinal));
        Assert.Contains("kis-zonder-bron", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SourceFileNotInSeedList_IsRejected()
    {
        Append("interventions/kis.yaml", """

            - id: kis-verkeerde-bron
              title: "Verkeerde bron"
              origin: kis
              summary: "Onbekende bron."
              source: { file: "999_onbekend.txt", section: "x" }
            """);
        var e = Assert.Throws<KnowledgeContentException>(() => KnowledgeLoader.Load(_dir));
        Assert.Contains(e.Problems, p => p.Contains("kis-verkeerde-bron: source.file '999_onbekend.txt'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownKey_IsRejectedWithLine()
    {
        Append("interventions/kis.yaml", """

            - id: kis-onbekende-sleutel
              title: "Onbekende sleutel"
              origin: kis
              summary: "x"
              onbekendVeld: "x"
              source: { file: "004_d2350f71f497704b.txt", section: "x" }
            """);
        var e = Assert.Throws<KnowledgeContentException>(() => KnowledgeLoader.Load(_dir));
        Assert.Contains(e.Problems, p => p.StartsWith("interventions/kis.yaml: regel", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DanglingStartQuestionPrinciple_IsRejected()
    {
        Replace("principles.yaml", "  principles: []", "  principles: [wp-99]");
        var e = Assert.Throws<KnowledgeContentException>(() => KnowledgeLoader.Load(_dir));
        Assert.Contains(e.Problems, p => p.Contains("principe 'wp-99' bestaat niet", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SynonymGroupWithoutReasonOrSecondWord_IsRejected()
    {
        Append("synonyms.yaml", """
            - words: [fietsendiefstal, fietsdiefstal]
              reason: ""
            - words: [alleen]
              reason: "Een woord alleen is geen groep."
            """);
        var e = Assert.Throws<KnowledgeContentException>(() => KnowledgeLoader.Load(_dir));
        Assert.Contains(e.Problems, p => p.StartsWith("synonyms.yaml:", StringComparison.Ordinal) && p.Contains("(fietsendiefstal): reason ontbreekt", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("synonyms.yaml:", StringComparison.Ordinal) && p.Contains("(alleen): words: een groep heeft minstens twee woorden nodig", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RealSynonyms_EveryGroupHasAReason()
    {
        var kb = KnowledgeLoader.Load(KnowledgeLoader.ResolveContentPath(null));
        Assert.True(kb.SynonymGroups.Count >= 30);
        Assert.All(kb.SynonymGroups, g => Assert.False(string.IsNullOrWhiteSpace(g.Reason)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Append(string file, string? text)
    {
        if (text is not null)
            File.AppendAllText(Path.Combine(_dir, file), text + "\n");
    }

    private void Replace(string file, string from, string to)
    {
        var path = Path.Combine(_dir, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found in {file}");
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
