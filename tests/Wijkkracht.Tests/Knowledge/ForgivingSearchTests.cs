using System.Net;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>
/// Issue 9 §4: search finds compounds and everyday words, the criteria the user chose dominate the ranking, reasons
/// are plain Dutch, and the wijzer and intervention pages forgive (errors keep what was typed).
/// </summary>
public sealed class ForgivingSearchTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static List<KnowledgeItem> Search(string q) =>
        KnowledgeFixture.Search.Search(new SearchRequest { Query = q, Page = PageRequest.Create(1, 20) }).Value!.Hits.Items.Select(h => h.Item).ToList();

    private static bool HasTheme(KnowledgeItem item, string theme) =>
        item.Facets.TryGetValue(KnowledgeBase.FacetTheme, out var themes) && themes.Contains(theme);

    [Fact]
    public void Search_Hangjongeren_FindsInterventionsForYoungPeople()
    {
        var hits = Search("hangjongeren");
        var interventions = hits.Where(h => h.Type == KnowledgeItemType.Intervention).ToList();
        Assert.True(interventions.Count >= 5, $"{interventions.Count} interventions for 'hangjongeren'");
        Assert.All(interventions.Take(5), i => Assert.Contains("jongeren", i.Title + " " + i.Summary + " " + i.Body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_UnknownCompound_IsSplitIntoTheContentsWords()
    {
        // "drugsoverlast" occurs nowhere in the guides and is in no synonym group: only the split finds it.
        var terms = KnowledgeFixture.Knowledge.QueryText.Analyze("drugsoverlast");
        Assert.Contains(terms, t => t.IsPart && t.Term == DutchText.Analyze("overlast").Single().Term);
        Assert.Contains(terms, t => t.IsPart && t.Term == DutchText.Analyze("drugs").Single().Term);
        Assert.NotEmpty(Search("drugsoverlast"));
        // A word the content knows is not split.
        Assert.DoesNotContain(KnowledgeFixture.Knowledge.QueryText.Analyze("jongerenwerk"), t => t.IsPart);
    }

    [Fact]
    public void Search_Dealers_FindsDrugsInterventions()
    {
        var hits = Search("dealers");
        Assert.Contains(hits.Take(10), h => h.Type == KnowledgeItemType.Intervention && HasTheme(h, "drugs"));
    }

    [Fact]
    public void Search_PakketjesBezorgen_FindsRecruitmentInterventions()
    {
        var hits = Search("pakketjes bezorgen");
        Assert.True(hits.Count(h => h.Type == KnowledgeItemType.Intervention && HasTheme(h, "ronselen")) >= 3,
            "Top 20 for 'pakketjes bezorgen': " + string.Join(", ", hits.Select(h => h.Id)));
    }

    [Fact]
    public void Find_ThemeRonselen_PutsRonselenInterventionsFirst()
    {
        // A situation whose words lean elsewhere (neighbours, noise): the chosen theme still decides the top.
        var results = KnowledgeFixture.Finder.Find(new FinderQuery { Text = "overlast van jongeren in de portiek en ruzie met de buren", Theme = "ronselen" }).Value!;
        var withTheme = results.Count(r => r.Intervention.Themes.Contains("ronselen"));
        Assert.True(withTheme >= 5);
        Assert.All(results.Take(withTheme), r => Assert.Contains("ronselen", r.Intervention.Themes));
    }

    [Fact]
    public void Find_Reasons_ArePlainDutchWithoutStemsOrScores()
    {
        var results = KnowledgeFixture.Finder.Find(new FinderQuery { Text = "hangjongeren die ronselen bij het winkelcentrum", TargetGroup = "jongeren", Location = "openbare-ruimte", Theme = "ronselen" }).Value!;
        var top = results[0];
        Assert.Equal("Past bij: jongeren, openbare ruimte, ronselen van jongeren", top.CriteriaLine);
        var lines = results.Take(10).SelectMany(r => new[] { r.CriteriaLine, r.WordsLine }).OfType<string>().ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.DoesNotContain("≈", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotMatch(@"\bronsel\b|\d[.,]\d", l));
        Assert.Contains(results.Take(10), r => r.WordsLine?.Contains("hangjongeren (in de tekst: jongeren)", StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Interventiewijzer_AddWithoutApproach_KeepsDescriptionCriteriaResultsAndNote(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        const string query = "Query.Text=jongeren+worden+benaderd+om+pakketjes+te+bezorgen&Query.Theme=ronselen";
        var response = await TestApp.PostFormAsync(coordinator, "/kennisbank/interventiewijzer?" + query,
            new() { ["approachId"] = "", ["interventionId"] = "lc-halt-lessen", ["note"] = "Eerst met de school bespreken" },
            "/kennisbank/interventiewijzer?handler=Toevoegen&" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Kies de aanpak waaraan u de interventie wilt toevoegen.", html, StringComparison.Ordinal);
        Assert.Contains("jongeren worden benaderd om pakketjes te bezorgen</textarea>", html, StringComparison.Ordinal);
        Assert.Matches("<option[^>]*selected=\"selected\"[^>]*value=\"ronselen\"|<option[^>]*value=\"ronselen\"[^>]*selected", html);
        Assert.Contains("Passende interventies", html, StringComparison.Ordinal);
        Assert.Contains("Eerst met de school bespreken</textarea>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Interventiewijzer_FromApproach_FillsItsIssueAndIs404ForOthers(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await coordinator.GetAsync($"/kennisbank/interventiewijzer?aanpak={a.Approach.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(a.Approach.Issue + "</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Passende interventies", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/kennisbank/interventiewijzer?aanpak={b.Approach.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/kennisbank/interventiewijzer?aanpak={Guid.NewGuid()}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Interventie_AddFromDetailPage_AddsItToTheApproach(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        const string page = "/kennisbank/interventies/wwp-de-banner";
        var failed = await TestApp.PostFormAsync(coordinator, page, new() { ["approachId"] = "", ["note"] = "Bij de supermarkt" }, page + "?handler=Toevoegen");
        var html = await failed.Content.ReadAsStringAsync();
        Assert.Contains("Kies de aanpak waaraan u de interventie wilt toevoegen.", html, StringComparison.Ordinal);
        Assert.Contains("Bij de supermarkt</textarea>", html, StringComparison.Ordinal);

        var added = await TestApp.PostFormAsync(coordinator, page, new() { ["approachId"] = a.Approach.Id.ToString(), ["note"] = "Bij de supermarkt" }, page + "?handler=Toevoegen");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/aanpakken/{a.Approach.Id}/interventies", added.Headers.Location?.ToString());
        Assert.Contains("De banner", await coordinator.GetStringAsync($"/aanpakken/{a.Approach.Id}/interventies"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zoeken_NothingFound_SaysWhatToDoAndShowsResultsBeforeFacets()
    {
        var (app, a, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var empty = await client.GetStringAsync("/kennisbank/zoeken?q=xqzwvk");
        Assert.Contains("Niets gevonden", empty, StringComparison.Ordinal);
        Assert.Contains("interventiewijzer", empty, StringComparison.Ordinal);
        var html = await client.GetStringAsync("/kennisbank/zoeken?q=hangjongeren");
        Assert.True(html.IndexOf("wk-search-results", StringComparison.Ordinal) < html.IndexOf("wk-facets-panel", StringComparison.Ordinal));
        Assert.Contains("<details class=\"wk-facets-panel\"", html, StringComparison.Ordinal);
    }
}
