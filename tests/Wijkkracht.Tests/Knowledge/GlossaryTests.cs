using System.Net;
using System.Text.RegularExpressions;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>The glossary (content/glossary.yaml, /kennisbank/begrippen, &lt;wk-term&gt;): content, validation and use.</summary>
public sealed partial class GlossaryTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static readonly Lazy<Glossary> Content = new(() => Glossary.Load(KnowledgeLoader.ResolveContentPath(null)));

    [Fact]
    public void Load_ContentGlossary_ExplainsTheJargonEachWithSourceOrMarkedOwn()
    {
        string[] required =
        [
            "ppct", "participatieladder", "trede", "werkzame-principes", "basisprincipes", "randvoorwaarden", "beslismoment",
            "kernteam", "netwerk", "gemeenteverbinder", "wijkverbinder", "sleutelfiguur", "ondermijning", "weerbaarheid",
        ];
        var glossary = Content.Value;
        var missing = required.Where(id => !glossary.ById.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        Assert.All(glossary.Entries, e => Assert.True(e.Own ^ (e.Source is not null), e.Id));
        Assert.Equal(["Microniveau", "Mesoniveau", "Exoniveau", "Macroniveau"], glossary.ById["ppct"].Parts.Select(p => p.Term));
        Assert.Contains(glossary.Entries, e => e.Own); // both kinds occur, so the page shows both labels
        Assert.Contains(glossary.Entries, e => e.Source is not null);
    }

    [Fact]
    public void Parse_UnknownRelatedIdOrNoSource_FailsWithEveryProblemNamed()
    {
        var entries = new List<GlossaryEntry>
        {
            new() { Id = "ppct", Term = "PPCT", Body = "Uitleg.", Related = ["bestaat-niet"], Own = true },
            new() { Id = "trede", Term = "Trede", Body = "Uitleg." },
            new() { Id = "trede", Term = "Trede", Body = "Uitleg.", Source = new SourceRef { File = "999_onbekend.txt", Section = "X" } },
        };
        var error = Assert.Throws<KnowledgeContentException>(() => Glossary.Parse(entries));
        Assert.Contains(error.Problems, p => p.Contains("onbekend begrip 'bestaat-niet'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("begrip 'trede': geef óf 'source'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("id komt twee keer voor", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("999_onbekend.txt", StringComparison.Ordinal));
        Assert.NotNull(Glossary.Parse([new() { Id = "ppct", Term = "PPCT", Body = "Uitleg.", Own = true }])); // positive control
    }

    [Fact]
    public void Views_EveryWkTermId_IsInTheGlossary()
    {
        var pages = Path.Combine(Path.GetDirectoryName(KnowledgeLoader.ResolveContentPath(null))!, "src", "Wijkkracht.Web", "Pages");
        var used = Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => TermPattern().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Id: m.Groups[1].Value)))
            .ToList();
        Assert.True(used.Count >= 10, $"only {used.Count} <wk-term> found");
        var unknown = used.Where(u => !Content.Value.ById.ContainsKey(u.Id)).ToList();
        Assert.True(unknown.Count == 0, "unknown: " + string.Join(", ", unknown));
    }

    // Single provider by nature: the glossary comes from content files, not from the database.
    [Fact]
    public async Task BegrippenPage_SignedIn_ExplainsWithSourceAndIsOneClickFromKennisbankAndPlan()
    {
        var (app, a, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/kennisbank/begrippen"));
        Assert.Contains("id=\"ppct\"", page, StringComparison.Ordinal);
        Assert.Contains("Microniveau", page, StringComparison.Ordinal);
        Assert.Contains("Bron: Handreiking Weerbare gemeenschappen tegen ondermijning", page, StringComparison.Ordinal);
        Assert.Contains("Eigen uitleg van Wijkkracht.", page, StringComparison.Ordinal);

        var index = await browser.GetStringAsync("/kennisbank");
        Assert.Contains("href=\"/kennisbank/begrippen\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/begrippen#werkzame-principes\"", index, StringComparison.Ordinal); // rendered by <wk-term>
        Assert.DoesNotContain("<wk-term", index, StringComparison.Ordinal);

        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var plan = await coordinator.GetStringAsync($"/aanpakken/{a.Approach.Id}/plan");
        Assert.Contains("href=\"/kennisbank/begrippen#kernteam\"", plan, StringComparison.Ordinal);
        var anonymous = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/kennisbank/begrippen");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [GeneratedRegex("<wk-term id=\"([^\"]+)\"")]
    private static partial Regex TermPattern();
}
