using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.DeskResearch;

/// <summary>
/// Issue 10 §5 on the pages (no JavaScript) on both providers: the desk-research overview with the guide's questions
/// and caution, trajectories and the sociale kaart through the forms, figures by hand and by pasted CSV (all or
/// nothing, line errors shown), suppressed values shown as such, and who may open what.
/// </summary>
public sealed class DeskResearchPageTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Unique(string text) => text + " " + Guid.NewGuid().ToString("N")[..6];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_PartnerReadsQuestionsCautionAndFigures_ButNotCoreTeamRecords(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var datasetName = Unique("Misdrijven");
        var hidden = Unique("Geheim traject");
        var shared = Unique("Gedeeld traject");
        await app.InScopeAsync(async (_, db) =>
        {
            var dataset = new Dataset { OrganisationId = a.Organisation.Id, Name = datasetName, Source = "Politie", Unit = "per 1.000 inwoners", Topic = DatasetTopic.Criminaliteit };
            db.Add(dataset);
            db.Add(new AreaFigure { OrganisationId = a.Organisation.Id, DatasetId = dataset.Id, AreaCode = a.Buurt.Code, Period = "2023", Value = 71.4m });
            db.Add(new AreaFigure { OrganisationId = a.Organisation.Id, DatasetId = dataset.Id, AreaCode = a.Buurt.Code, Period = "2024", Symbol = "x" });
            db.Add(new AreaFigure { OrganisationId = a.Organisation.Id, DatasetId = dataset.Id, AreaCode = a.Buurt.Code, Period = "2025", Value = 64.2m });
            db.Add(new EarlierTrajectory { OrganisationId = a.Organisation.Id, ApproachId = a.Approach.Id, Title = hidden });
            db.Add(new EarlierTrajectory { OrganisationId = a.Organisation.Id, ApproachId = a.Approach.Id, Title = shared, Visibility = VisibilityLevel.Partners });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);

        var partner = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        var html = WebUtility.HtmlDecode(await partner.GetStringAsync($"/aanpakken/{a.Approach.Id}/vooronderzoek"));
        Assert.Contains("Wat leverden eerdere trajecten op?", html, StringComparison.Ordinal);
        Assert.Contains("Hoe verliep de terugkoppeling naar betrokken bewoners?", html, StringComparison.Ordinal);
        Assert.Contains("Een leefbaarheidsmonitor zegt dan niet alles.", html, StringComparison.Ordinal);
        Assert.Contains("002_b340e894c056c9e2.txt", html, StringComparison.Ordinal);
        Assert.Contains(datasetName, html, StringComparison.Ordinal);
        Assert.Contains("<td>geheim (x)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>71,4</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>0</td>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"wk-figure-chart\"", html, StringComparison.Ordinal);
        Assert.Contains(shared, html, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dataset toevoegen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Eerder traject toevoegen", html, StringComparison.Ordinal);

        // A partner may not open the forms; a non-member and another tenant get 404.
        Assert.Contains("toegang-geweigerd", (await partner.GetAsync($"/aanpakken/{a.Approach.Id}/vooronderzoek/trajecten/nieuw")).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("toegang-geweigerd", (await partner.GetAsync($"/aanpakken/{a.Approach.Id}/vooronderzoek/datasets/nieuw")).Headers.Location?.ToString(), StringComparison.Ordinal);
        var resident = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/aanpakken/{a.Approach.Id}/vooronderzoek")).StatusCode);
        // As a network member of the approach: the page is not for them (it needs ViewPlan).
        await Wijkkracht.Tests.Integration.GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        Assert.Contains("toegang-geweigerd", (await resident.GetAsync($"/aanpakken/{a.Approach.Id}/vooronderzoek")).Headers.Location?.ToString(), StringComparison.Ordinal);
        var (_, _, b) = await apps.GetAsync(provider);
        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/aanpakken/{a.Approach.Id}/vooronderzoek")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Forms_TrajectoryAndSocialMap_SavedKeptOnErrorAndDeleted(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var form = $"/aanpakken/{a.Approach.Id}/vooronderzoek/trajecten/nieuw";

        var invalid = await TestApp.PostFormAsync(browser, form, new() { ["Input.Title"] = "", ["Input.Outcomes"] = "Twaalf wensen" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var page = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Geef het traject een naam", page, StringComparison.Ordinal);
        Assert.Contains("Twaalf wensen", page, StringComparison.Ordinal);

        var title = Unique("Buurtvisie");
        var saved = await TestApp.PostFormAsync(browser, form, new() { ["Input.Title"] = title, ["Input.Outcomes"] = "Twaalf wensen", ["Input.Visibility.Level"] = "Kernteam" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var trajectory = await app.InScopeAsync((_, db) => db.Set<EarlierTrajectory>().AsNoTracking().SingleAsync(t => t.Title == title), a.Organisation.Id);
        Assert.Equal("Twaalf wensen", trajectory.Outcomes);

        // A wijkverbinder may not widen who may read it (ManageMembers).
        var edit = $"/aanpakken/{a.Approach.Id}/vooronderzoek/trajecten/{trajectory.Id}";
        var widened = await TestApp.PostFormAsync(browser, edit, new() { ["Input.Title"] = title, ["Input.Visibility.Level"] = "Netwerk", ["Input.Version"] = trajectory.Version.ToString() });
        Assert.Equal(HttpStatusCode.OK, widened.StatusCode);
        Assert.Contains(VisibilityChoice.NotAllowed, WebUtility.HtmlDecode(await widened.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var deleted = await TestApp.PostFormAsync(browser, edit, [], edit + "?handler=Verwijder");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.InScopeAsync((_, db) => db.Set<EarlierTrajectory>().AnyAsync(t => t.Id == trajectory.Id), a.Organisation.Id));

        var name = Unique("Buurtpreventie");
        var entry = await TestApp.PostFormAsync(browser, $"/aanpakken/{a.Approach.Id}/vooronderzoek/sociale-kaart/nieuw", new() { ["Input.Name"] = name, ["Input.Kind"] = "Netwerk", ["Input.ContactVia"] = "De wijkverbinder" });
        Assert.Equal(HttpStatusCode.Redirect, entry.StatusCode);
        var overview = WebUtility.HtmlDecode(await browser.GetStringAsync($"/aanpakken/{a.Approach.Id}/vooronderzoek"));
        Assert.Contains(name, overview, StringComparison.Ordinal);
        Assert.Contains("De wijkverbinder", overview, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FiguresPage_HandEntryAndPastedCsv_AllOrNothingWithLineErrors(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var name = Unique("Leefbaarometer");
        var created = await TestApp.PostFormAsync(browser, $"/aanpakken/{a.Approach.Id}/vooronderzoek/datasets/nieuw", new() { ["Input.Name"] = name, ["Input.Topic"] = "Monitor", ["Input.Source"] = "Leefbaarometer 3.0", ["Input.Unit"] = "score" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var dataset = await app.InScopeAsync((_, db) => db.Set<Dataset>().AsNoTracking().SingleAsync(d => d.Name == name), a.Organisation.Id);
        var url = $"/aanpakken/{a.Approach.Id}/vooronderzoek/datasets/{dataset.Id}/cijfers";
        Assert.EndsWith(url, created.Headers.Location?.ToString(), StringComparison.Ordinal);

        var hand = await TestApp.PostFormAsync(browser, url, new() { ["Figure.AreaCode"] = a.Buurt.Code.ToLowerInvariant(), ["Figure.Period"] = "2024", ["Figure.Value"] = "4,25" });
        Assert.Equal(HttpStatusCode.Redirect, hand.StatusCode);
        var notNumber = await TestApp.PostFormAsync(browser, url, new() { ["Figure.AreaCode"] = a.Buurt.Code, ["Figure.Period"] = "2025", ["Figure.Value"] = "veel" });
        Assert.Equal(HttpStatusCode.OK, notNumber.StatusCode);
        Assert.Contains("nooit 0", WebUtility.HtmlDecode(await notNumber.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var bad = $"areaCode,period,value\n{a.Buurt.Code},2025,4.1\n{a.Buurt.Code},2026,hoog\n";
        var refused = await TestApp.PostFormAsync(browser, url, new() { ["Csv"] = bad }, url + "?handler=Importeer");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Er is niets geïmporteerd", page, StringComparison.Ordinal);
        Assert.Contains("Regel 3, kolom value ('hoog')", page, StringComparison.Ordinal);
        Assert.Contains("hoog", page, StringComparison.Ordinal);
        var figures = await app.InScopeAsync((_, db) => db.Set<AreaFigure>().AsNoTracking().Where(f => f.DatasetId == dataset.Id).ToListAsync(), a.Organisation.Id);
        Assert.Equal(4.25m, Assert.Single(figures).Value);

        var imported = await TestApp.PostFormAsync(browser, url, new() { ["Csv"] = bad.Replace("hoog", "x", StringComparison.Ordinal) }, url + "?handler=Importeer");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var list = WebUtility.HtmlDecode(await browser.GetStringAsync(url));
        Assert.Contains("<td>geheim (x)</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>4,25</td>", list, StringComparison.Ordinal);

        // Gemeentemedewerkers read the figures in the approach but may not open the figures page.
        var wijkverbinder = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        Assert.Contains("toegang-geweigerd", (await wijkverbinder.GetAsync(url)).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains(name, await wijkverbinder.GetStringAsync($"/aanpakken/{a.Approach.Id}/vooronderzoek"), StringComparison.Ordinal);
    }
}
