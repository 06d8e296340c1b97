using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Actions;

/// <summary>
/// Issue 13 §1–2: zichtbare acties, experimenten and activiteiten over the API and the pages, for every role (allow and
/// deny): partners add actions and change only their own, only the core team decides on an experiment and only after its
/// neighbourhood meeting; borgen needs an owner and funding; overdue experiments; the visibility model; another tenant's
/// ids are 404. Both providers.
/// </summary>
public sealed class ActionTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Task<NeighbourhoodAction> AddActionAsync(TestApp app, TestOrg org, Guid approachId, Action<NeighbourhoodAction> setup) => app.InScopeAsync(async (_, db) =>
    {
        var action = new NeighbourhoodAction { OrganisationId = org.Organisation.Id, ApproachId = approachId, Kind = ActionKind.ZichtbareActie, Title = Unique("Actie") };
        setup(action);
        db.Add(action);
        await db.SaveChangesAsync();
        return action;
    }, org.Organisation.Id);

    private static Task<int> AddAfterMeetingAsync(TestApp app, TestOrg org, Guid approachId, Guid experimentId, DateOnly date) => app.InScopeAsync(async (_, db) =>
    {
        db.Add(new Meeting { OrganisationId = org.Organisation.Id, ApproachId = approachId, Kind = MeetingKind.NaExperiment, Title = "Na het experiment", Date = date, Place = "Buurthuis", ExperimentId = experimentId });
        return await db.SaveChangesAsync();
    }, org.Organisation.Id);

    private static object ValidExperiment(string title) => new
    {
        kind = "Experiment",
        title,
        status = "Loopt",
        startDate = Today.AddDays(-30).ToString("yyyy-MM-dd"),
        endDate = Today.AddDays(30).ToString("yyyy-MM-dd"),
        pattern = "Jongeren worden bij de doorsteek aangesproken",
        expectedEffect = "Minder aanloop",
        evaluationPlan = "Enquête en bewonersavond",
        undoPlan = "Hek weer open",
    };

    private static async Task<HttpStatusCode> PageStatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("toegang-geweigerd", StringComparison.Ordinal) == true)
            return HttpStatusCode.Forbidden;
        return response.StatusCode;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActionRoutes_ByRole_PartnersAddAndEditOwnOnlyOtherTenantGets404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Acties-rol");
        var teams = await AddActionAsync(app, a, approach.Id, x => x.OwnerUserId = a.Users[OrgRole.Wijkverbinder].Id);
        var partners = await AddActionAsync(app, a, approach.Id, x => x.OwnerUserId = a.Users[OrgRole.Partner].Id);
        var url = $"/api/v1/approaches/{approach.Id}/actions";
        object Body() => new { kind = "ZichtbareActie", title = Unique("Koffietafel") };
        object Put(NeighbourhoodAction x) => new { kind = "ZichtbareActie", title = x.Title + " gewijzigd", version = x.Version };
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Coordinator, "POST", url, Body(), HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "GET", $"{url}/{partners.Id}", null, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, "POST", url, Body(), HttpStatusCode.Created),
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", url, Body(), HttpStatusCode.Created),
            (OrgRole.Partner, "PUT", $"{url}/{teams.Id}", Put(teams), HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"{url}/{teams.Id}", null, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "PUT", $"{url}/{partners.Id}", Put(partners), HttpStatusCode.OK),
            (OrgRole.Beheerder, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "POST", url, Body(), HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, "GET", url, null, HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b,
        [
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{url}/{teams.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "PUT", $"{url}/{teams.Id}", Put(teams), HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "POST", $"{url}/{teams.Id}/decision", new { decision = "Stoppen" }, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "DELETE", $"{url}/{teams.Id}", null, HttpStatusCode.NotFound),
        ]));
        Assert.Empty(failures);

        // What a partner creates, the partner owns (and may not give away).
        var partnerApi = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var created = JsonDocument.Parse(await (await partnerApi.PostAsJsonAsync(url, Body())).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(a.Users[OrgRole.Partner].Id, created.GetProperty("ownerUserId").GetGuid());
        var giveAway = await partnerApi.PutAsJsonAsync($"{url}/{created.GetProperty("id").GetGuid()}", new { kind = "ZichtbareActie", title = "x", ownerUserId = a.Users[OrgRole.Wijkverbinder].Id, version = created.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, giveAway.StatusCode);
        Assert.Contains("Alleen het kernteam", await giveAway.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Experiment_WithoutItsConditions_IsRefusedWithEveryMissingFieldInDutch(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Acties-exp");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/actions";

        var invalid = await api.PostAsJsonAsync(url, new { kind = "Experiment", title = "Hek dicht", status = "Gepland" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "Pattern", "ExpectedEffect", "EvaluationPlan", "UndoPlan", "EndDate" })
            Assert.True(errors.TryGetProperty(field, out _), field + " missing in " + errors);
        Assert.Contains("verwijderd of gestopt", errors.GetProperty("UndoPlan")[0].GetString(), StringComparison.Ordinal);

        // An idea may be incomplete; a zichtbare actie never needs the experiment fields.
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(url, new { kind = "Experiment", title = "Nog een idee", status = "Idee" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(url, new { kind = "ZichtbareActie", title = "Koffietafel", status = "Loopt" })).StatusCode);

        var badDates = await api.PostAsJsonAsync(url, new { kind = "Activiteit", title = "Zaalvoetbal", activityExample = "Bestaat niet", startDate = "2026-06-10", endDate = "2026-06-01", participationRung = 9 });
        var bad = JsonDocument.Parse(await badDates.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(bad.TryGetProperty("EndDate", out _));
        Assert.True(bad.TryGetProperty("ActivityExample", out _));
        Assert.True(bad.TryGetProperty("ParticipationRung", out _));
        var activity = await api.PostAsJsonAsync(url, new { kind = "Activiteit", title = "Zaalvoetbal", activityExample = "Vrije tijd", ppctLevel = "Micro" });
        Assert.Equal(HttpStatusCode.Created, activity.StatusCode);
        Assert.Equal("Vrije tijd", JsonDocument.Parse(await activity.Content.ReadAsStringAsync()).RootElement.GetProperty("activityExample").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExperimentDecision_BeforeAndAfterTheNeighbourhoodMeeting_OnlyCoreTeamAndBorgenNeedsOwnerAndFunding(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Acties-besluit");
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var url = $"/api/v1/approaches/{approach.Id}/actions";
        var title = Unique("Doorsteek dicht");

        // The partner owns it: a partner may run an experiment but not decide on it.
        var created = await partner.PostAsJsonAsync(url, ValidExperiment(title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = json.GetProperty("id").GetGuid();
        var decide = $"{url}/{id}/decision";
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync(decide, new { decision = "Borgen", borgingOwner = "x", borgingFunding = "y", version = json.GetProperty("version").GetGuid() })).StatusCode);

        var early = await coordinator.PostAsJsonAsync(decide, new { decision = "Voortzetten", version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Organiseer eerst de bijeenkomst met de buurt", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A meeting planned for later does not count; one held today does.
        await AddAfterMeetingAsync(app, a, approach.Id, id, Today.AddDays(7));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync(decide, new { decision = "Voortzetten", version = json.GetProperty("version").GetGuid() })).StatusCode);
        await AddAfterMeetingAsync(app, a, approach.Id, id, Today);

        var noOwner = await coordinator.PostAsJsonAsync(decide, new { decision = "Borgen", version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, noOwner.StatusCode);
        var errors = JsonDocument.Parse(await noOwner.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("BorgingOwner", out _));
        Assert.True(errors.TryGetProperty("BorgingFunding", out _));

        var decided = await coordinator.PostAsJsonAsync(decide, new { decision = "Borgen", note = "Blijvend", borgingOwner = "Woningcorporatie", borgingFunding = "Onderhoudsbudget 2027", version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var after = JsonDocument.Parse(await decided.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Borgen", after.GetProperty("decision").GetString());
        Assert.Equal("Afgerond", after.GetProperty("status").GetString());
        Assert.Equal("Woningcorporatie", after.GetProperty("borgingOwner").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), after.GetProperty("afterMeetingOn").GetString());

        // A stale version is a 409 problem.
        var stale = await coordinator.PostAsJsonAsync(decide, new { decision = "Stoppen", version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking().CountAsync(e => e.EntityType == nameof(NeighbourhoodAction) && e.EntityId == id.ToString() && e.Action == "update"), a.Organisation.Id);
        Assert.True(audited >= 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OverdueExperiments_PastEndWithoutMeeting_AreListedUntilTheMeetingIsHeld(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Acties-laat");
        var late = await AddActionAsync(app, a, approach.Id, x => { x.Kind = ActionKind.Experiment; x.Status = ActionStage.Loopt; x.EndDate = Today.AddDays(-3); x.Title = Unique("Te laat"); });
        var running = await AddActionAsync(app, a, approach.Id, x => { x.Kind = ActionKind.Experiment; x.Status = ActionStage.Loopt; x.EndDate = Today.AddDays(20); x.Title = Unique("Loopt"); });
        var stopped = await AddActionAsync(app, a, approach.Id, x => { x.Kind = ActionKind.Experiment; x.Status = ActionStage.Gestopt; x.EndDate = Today.AddDays(-3); });
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/actions?overdue=true";

        static List<Guid> Ids(string body) => JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        var overdue = Ids(await api.GetStringAsync(url));
        Assert.Equal([late.Id], overdue);
        Assert.DoesNotContain(running.Id, overdue);
        Assert.DoesNotContain(stopped.Id, overdue);

        // The approach overview shows it as overdue, and the running experiment with it.
        var page = await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync($"/aanpakken/{approach.Id}");
        Assert.Contains("Lopende experimenten", page, StringComparison.Ordinal);
        Assert.Contains(running.Title, page, StringComparison.Ordinal);
        Assert.Contains("voorbij de einddatum zonder bijeenkomst met de buurt", page, StringComparison.Ordinal);

        await AddAfterMeetingAsync(app, a, approach.Id, late.Id, Today.AddDays(-1));
        Assert.Empty(Ids(await api.GetStringAsync(url)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Actions_VisibilityModel_NetworkMembersSeeSharedActionsOwnersSeeTheirOwn(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Acties-zicht");
        var core = await AddActionAsync(app, a, approach.Id, x => x.Visibility = VisibilityLevel.Kernteam);
        var partners = await AddActionAsync(app, a, approach.Id, x => x.Visibility = VisibilityLevel.Partners);
        var shared = await AddActionAsync(app, a, approach.Id, x => x.Visibility = VisibilityLevel.Netwerk);
        var partnersOwn = await AddActionAsync(app, a, approach.Id, x => { x.Visibility = VisibilityLevel.Kernteam; x.OwnerUserId = a.Users[OrgRole.Partner].Id; });

        var partnerApi = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var url = $"/api/v1/approaches/{approach.Id}/actions";
        var ids = JsonDocument.Parse(await partnerApi.GetStringAsync(url)).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(core.Id, ids);
        Assert.Contains(partners.Id, ids);
        Assert.Contains(shared.Id, ids);
        Assert.Contains(partnersOwn.Id, ids);
        Assert.Equal(HttpStatusCode.NotFound, (await partnerApi.GetAsync($"{url}/{core.Id}")).StatusCode);

        var resident = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var list = await resident.GetStringAsync($"/aanpakken/{approach.Id}/acties");
        Assert.Contains(shared.Title, list, StringComparison.Ordinal);
        Assert.DoesNotContain(partners.Title, list, StringComparison.Ordinal);
        Assert.DoesNotContain(core.Title, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(resident, $"/aanpakken/{approach.Id}/acties/{partners.Id}"));
        Assert.Equal(HttpStatusCode.OK, await PageStatusAsync(resident, $"/aanpakken/{approach.Id}/acties/{shared.Id}"));
        Assert.Equal(HttpStatusCode.Forbidden, await PageStatusAsync(resident, $"/aanpakken/{approach.Id}/acties/nieuw"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActionPages_ByRole_FormsFollowWhoMayEdit(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Acties-pagina");
        var teams = await AddActionAsync(app, a, approach.Id, x => { x.OwnerUserId = a.Users[OrgRole.Wijkverbinder].Id; x.Visibility = VisibilityLevel.Netwerk; });
        var partners = await AddActionAsync(app, a, approach.Id, x => { x.OwnerUserId = a.Users[OrgRole.Partner].Id; x.Visibility = VisibilityLevel.Netwerk; });
        var list = $"/aanpakken/{approach.Id}/acties";
        var failures = new List<string>();
        foreach (var (role, url, expected) in new[]
        {
            (OrgRole.Coordinator, list, HttpStatusCode.OK),
            (OrgRole.Coordinator, $"{list}/nieuw", HttpStatusCode.OK),
            (OrgRole.Coordinator, $"{list}/{teams.Id}/bewerken", HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, $"{list}/{partners.Id}/bewerken", HttpStatusCode.OK),
            (OrgRole.Partner, $"{list}/nieuw", HttpStatusCode.OK),
            (OrgRole.Partner, $"{list}/{partners.Id}/bewerken", HttpStatusCode.OK),
            (OrgRole.Partner, $"{list}/{teams.Id}/bewerken", HttpStatusCode.Forbidden),
            (OrgRole.Partner, $"{list}/{teams.Id}", HttpStatusCode.OK),
            (OrgRole.Netwerklid, $"{list}/{teams.Id}/bewerken", HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, list, HttpStatusCode.OK),
            (OrgRole.Beheerder, $"{list}/nieuw", HttpStatusCode.Forbidden),
        })
        {
            var actual = await PageStatusAsync(await app.SignedInClientAsync(a.Users[role]), url);
            if (actual != expected)
                failures.Add($"{role} {url}: expected {(int)expected}, got {(int)actual}");
        }

        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        foreach (var url in new[] { list, $"{list}/{teams.Id}", $"{list}/{teams.Id}/bewerken" })
        {
            var actual = await PageStatusAsync(other, url);
            if (actual != HttpStatusCode.NotFound)
                failures.Add($"other tenant {url}: expected 404, got {(int)actual}");
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddExperimentAndDecide_OnThePagesWithoutJavaScript_KeepsTypedInputAndShowsTheDecision(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Acties-form");
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var title = Unique("Werkplek op locatie");
        var pattern = Unique("Signalen komen te laat binnen");
        var form = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Experiment",
            ["Input.Title"] = title,
            ["Input.Status"] = "Loopt",
            ["Input.Pattern"] = pattern,
            ["Input.StartDate"] = Today.AddDays(-20).ToString("yyyy-MM-dd"),
        };
        var invalid = await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/acties/nieuw", form);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var invalidPage = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Spreek vooraf af hoe en met wie u het experiment evalueert", invalidPage, StringComparison.Ordinal);
        Assert.Contains(title, invalidPage, StringComparison.Ordinal);
        Assert.Contains(pattern, invalidPage, StringComparison.Ordinal);

        form["Input.ExpectedEffect"] = "Eerder signalen";
        form["Input.EvaluationPlan"] = "Turven en gesprekken";
        form["Input.UndoPlan"] = "Unit weghalen";
        form["Input.EndDate"] = Today.AddDays(-1).ToString("yyyy-MM-dd");
        var saved = await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/acties/nieuw", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detailUrl = saved.Headers.Location!.ToString();
        var detail = await client.GetStringAsync(detailUrl);
        Assert.Contains(pattern, detail, StringComparison.Ordinal);
        Assert.Contains("Te laat", detail, StringComparison.Ordinal);
        Assert.Contains("Bijeenkomst na het experiment vastleggen", detail, StringComparison.Ordinal);

        var id = await app.InScopeAsync((_, db) => db.Set<NeighbourhoodAction>().Where(x => x.Title == title).Select(x => x.Id).SingleAsync(), a.Organisation.Id);
        await AddAfterMeetingAsync(app, a, approach.Id, id, Today);
        var version = await app.InScopeAsync((_, db) => db.Set<NeighbourhoodAction>().Where(x => x.Id == id).Select(x => x.Version).SingleAsync(), a.Organisation.Id);
        var missing = await TestApp.PostFormAsync(client, detailUrl + "?handler=Besluit", new() { ["Decision.Decision"] = "Borgen", ["Decision.Note"] = "Blijvend maken", ["Decision.Version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var missingPage = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Wie neemt het over?", missingPage, StringComparison.Ordinal);
        Assert.Contains("Blijvend maken", missingPage, StringComparison.Ordinal);
        var decided = await TestApp.PostFormAsync(client, detailUrl + "?handler=Besluit", new()
        {
            ["Decision.Decision"] = "Borgen",
            ["Decision.Note"] = "Blijvend maken",
            ["Decision.BorgingOwner"] = "Winkeliersvereniging",
            ["Decision.BorgingFunding"] = "Wijkbudget 2027",
            ["Decision.Version"] = version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var after = await client.GetStringAsync(detailUrl);
        Assert.Contains("Winkeliersvereniging", after, StringComparison.Ordinal);
        Assert.Contains("Wijkbudget 2027", after, StringComparison.Ordinal);
        Assert.DoesNotContain("wk-badge\">Te laat", after, StringComparison.Ordinal);
    }
}
