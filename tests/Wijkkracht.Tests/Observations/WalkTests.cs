using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;

namespace Wijkkracht.Tests.Observations;

/// <summary>
/// Issue 10 §2: walks (schouwen) on the page and over the API, observations linked to a walk (only a walk of the same
/// approach), authorization per role, another organisation's ids, audit and the step page. Both providers.
/// </summary>
public sealed class WalkTests(SharedApps apps) : IClassFixture<SharedApps>
{
    /// <summary>A fresh approach in <paramref name="org"/> with the wijkverbinder, partner and network member as members.</summary>
    internal static Task<Approach> FreshApproachAsync(TestApp app, TestOrg org) => app.InScopeAsync(async (_, db) =>
    {
        var approach = new Approach { OrganisationId = org.Organisation.Id, AreaId = org.Buurt.Id, Title = "Schouwen " + Guid.NewGuid().ToString("N")[..6], Issue = "x", Method = ApproachMethod.Beide, StartDate = new DateOnly(2026, 1, 1), Status = ApproachStatus.Actief };
        db.Approaches.Add(approach);
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Wijkverbinder].Id, Role = ApproachRole.Wijkverbinder });
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Partner].Id, Role = ApproachRole.Partner });
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approach.Id, UserId = org.Users[OrgRole.Netwerklid].Id, Role = ApproachRole.Netwerklid });
        await db.SaveChangesAsync();
        return approach;
    }, org.Organisation.Id);

    internal static Task<Walk> AddWalkAsync(TestApp app, TestOrg org, Guid approachId, Guid recorder, string route = "Rondje plein", string summary = "") => app.InScopeAsync(async (_, db) =>
    {
        var walk = new Walk { OrganisationId = org.Organisation.Id, ApproachId = approachId, RecordedByUserId = recorder, WalkedOn = new DateOnly(2026, 11, 20), StartTime = new TimeOnly(19, 0), EndTime = new TimeOnly(20, 0), Route = route, Summary = summary };
        db.Add(walk);
        await db.SaveChangesAsync();
        return walk;
    }, org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Walk_RecordedOnThePageWithObservations_DetailListsThemAndIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        await ObservationTests.AddAsync(app, a, approach.Id, a.Users[OrgRole.Wijkverbinder].Id, new DateOnly(2026, 11, 1), "10:00", "Trapveld", "|kinderen=Klein|");
        var resident = a.Users[OrgRole.Netwerklid];
        var browser = await app.SignedInClientAsync(resident);
        var list = await browser.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen");
        Assert.Contains($"/aanpakken/{approach.Id}/waarnemingen/schouwen", list, StringComparison.Ordinal);
        var url = $"/aanpakken/{approach.Id}/waarnemingen/schouwen/nieuw";
        var form = await browser.GetStringAsync(url);
        Assert.Contains("value=\"Trapveld\"", form, StringComparison.Ordinal);

        // Errors come back with everything typed.
        var fields = new Dictionary<string, string>
        {
            ["Input.WalkedOn"] = "2026-11-21",
            ["Input.StartTime"] = "19:30",
            ["Input.EndTime"] = "19:00",
            ["Input.Participants"] = a.Users[OrgRole.Wijkverbinder].Id.ToString(),
            ["Input.OtherParticipants"] = "drie bewoners",
            ["Input.Route"] = "Van het buurthuis naar het trapveld.",
            ["Input.Places"] = "Trapveld",
            ["Input.Summary"] = "Rustige avond.",
        };
        var invalid = await TestApp.PostFormAsync(browser, url, fields);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var again = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("De eindtijd ligt vóór de begintijd", again, StringComparison.Ordinal);
        Assert.Contains("drie bewoners", again, StringComparison.Ordinal);
        Assert.Equal(0, await app.InScopeAsync((_, db) => db.Set<Walk>().CountAsync(w => w.ApproachId == approach.Id), a.Organisation.Id));

        fields["Input.EndTime"] = "21:00";
        var saved = await TestApp.PostFormAsync(browser, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var walk = await app.InScopeAsync((_, db) => db.Set<Walk>().AsNoTracking().SingleAsync(w => w.ApproachId == approach.Id), a.Organisation.Id);
        Assert.Equal(resident.Id, walk.RecordedByUserId);
        Assert.Equal("|Trapveld|", walk.Places);
        Assert.Equal($"|{a.Users[OrgRole.Wijkverbinder].Id}|", walk.ParticipantUserIds);
        Assert.Equal(new TimeOnly(21, 0), walk.EndTime);

        // An observation on the walk (through the observation form), then the detail page links it.
        var observationUrl = $"/aanpakken/{approach.Id}/waarnemingen/nieuw";
        Assert.Contains("name=\"Input.WalkId\"", await browser.GetStringAsync(observationUrl), StringComparison.Ordinal);
        var recorded = await TestApp.PostFormAsync(browser, observationUrl, new()
        {
            ["Input.ObservedOn"] = "2026-11-21",
            ["Input.ObservedAt"] = "19:45",
            ["Input.PlaceName"] = "Schouwplek trapveld",
            ["Input.WalkId"] = walk.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var detail = await browser.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen/schouwen/{walk.Id}");
        Assert.Contains("Schouwplek trapveld", detail, StringComparison.Ordinal);
        Assert.Contains("drie bewoners", detail, StringComparison.Ordinal);
        Assert.Contains(a.Users[OrgRole.Wijkverbinder].DisplayName, detail, StringComparison.Ordinal);
        Assert.Contains("Rustige avond.", detail, StringComparison.Ordinal);

        var audit = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityId == walk.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("create", audit);
        Assert.Contains("view", audit);

        // Edit on the page, then the step page lists the walk.
        var editUrl = $"/aanpakken/{approach.Id}/waarnemingen/schouwen/{walk.Id}/wijzigen";
        fields["Input.Version"] = walk.Version.ToString();
        fields["Input.Route"] = "Van het buurthuis via de Parklaan naar het trapveld.";
        var edited = await TestApp.PostFormAsync(browser, editUrl, fields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var core = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var step = await core.GetStringAsync($"/aanpakken/{approach.Id}/stappen/wwp-stap-1");
        Assert.Contains($"/aanpakken/{approach.Id}/waarnemingen/schouwen/{walk.Id}", step, StringComparison.Ordinal);
        Assert.Contains("1 waarneming", step, StringComparison.Ordinal);

        // Delete on the page: the observation stays, without the link.
        var deleted = await TestApp.PostFormAsync(browser, editUrl, [], editUrl + "?handler=Verwijder");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var kept = await app.InScopeAsync((_, db) => db.Set<Observation>().AsNoTracking().SingleAsync(o => o.PlaceName == "Schouwplek trapveld" && o.ApproachId == approach.Id), a.Organisation.Id);
        Assert.Null(kept.WalkId);
        Assert.Equal(0, await app.InScopeAsync((_, db) => db.Set<Walk>().CountAsync(w => w.ApproachId == approach.Id), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Walk_CrudOverTheApi_PagesAndAnswersProblemJson(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var url = $"/api/v1/approaches/{approach.Id}/walks";

        var created = await client.PostAsJsonAsync(url, new { walkedOn = "2026-11-22", startTime = "14:00", endTime = "15:30", otherParticipants = "twee bewoners", route = "Rondje winkelcentrum", summary = "Druk bij de markt." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("14:00", body.GetProperty("startTime").GetString());
        Assert.Equal("Druk bij de markt.", body.GetProperty("summary").GetString());
        Assert.EndsWith($"/walks/{id}", created.Headers.Location?.ToString(), StringComparison.Ordinal);
        await client.PostAsJsonAsync(url, new { walkedOn = "2026-11-23", startTime = "20:00", route = "Avondronde" });
        await client.PostAsJsonAsync(url, new { walkedOn = "2026-11-24", startTime = "08:00", route = "Ochtendronde" });

        var page = await client.GetFromJsonAsync<JsonElement>(url + "?pageSize=2&page=2");
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(3, page.GetProperty("totalItems").GetInt32());
        Assert.Equal("Rondje winkelcentrum", page.GetProperty("items")[0].GetProperty("route").GetString());

        var one = await client.GetFromJsonAsync<JsonElement>($"{url}/{id}");
        var updated = await client.PutAsJsonAsync($"{url}/{id}", new { walkedOn = "2026-11-22", startTime = "14:00", endTime = "16:00", route = "Rondje markt", version = one.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("16:00", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("endTime").GetString());
        var stale = await client.PutAsJsonAsync($"{url}/{id}", new { walkedOn = "2026-11-22", startTime = "14:00", route = "Oud", version = one.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var missingRoute = await client.PostAsJsonAsync(url, new { walkedOn = "2026-11-22", startTime = "14:00" });
        Assert.Equal(HttpStatusCode.BadRequest, missingRoute.StatusCode);
        Assert.Equal("application/problem+json", missingRoute.Content.Headers.ContentType?.MediaType);
        Assert.True((await missingRoute.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Route", out _));
        var badTime = await client.PostAsJsonAsync(url, new { walkedOn = "2026-11-22", startTime = "half acht", route = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        Assert.Equal("application/problem+json", badTime.Content.Headers.ContentType?.MediaType);
        var unknownPlace = await client.PostAsJsonAsync(url, new { walkedOn = "2026-11-22", startTime = "14:00", route = "x", places = new[] { "Nergens" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownPlace.StatusCode);

        var deleted = await client.DeleteAsync($"{url}/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{url}/{id}")).StatusCode);
        var audit = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("update", audit);
        Assert.Contains("delete", audit);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Observation_LinkedToAWalkOfAnotherApproach_IsRefused(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var other = await FreshApproachAsync(app, a);
        var foreignWalk = await AddWalkAsync(app, a, other.Id, a.Users[OrgRole.Wijkverbinder].Id);
        var otherTenantWalk = await AddWalkAsync(app, b, b.Approach.Id, b.Users[OrgRole.Wijkverbinder].Id);
        var ownWalk = await AddWalkAsync(app, a, approach.Id, a.Users[OrgRole.Wijkverbinder].Id);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/observations";

        foreach (var walkId in new[] { foreignWalk.Id, otherTenantWalk.Id })
        {
            var refused = await client.PostAsJsonAsync(url, new { observedOn = "2026-11-20", observedAt = "19:15", placeName = "Plein", walkId });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Contains("schouw van deze aanpak", errors.GetProperty("WalkId")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await app.InScopeAsync((_, db) => db.Set<Observation>().CountAsync(o => o.ApproachId == approach.Id), a.Organisation.Id));
        var accepted = await client.PostAsJsonAsync(url, new { observedOn = "2026-11-20", observedAt = "19:15", placeName = "Plein", walkId = ownWalk.Id });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(ownWalk.Id, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("walkId").GetGuid());

        // The same refusal on the page, with the typed place kept.
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var page = await TestApp.PostFormAsync(browser, $"/aanpakken/{approach.Id}/waarnemingen/nieuw", new()
        {
            ["Input.ObservedOn"] = "2026-11-20",
            ["Input.ObservedAt"] = "19:20",
            ["Input.PlaceName"] = "Plek van de pagina",
            ["Input.WalkId"] = foreignWalk.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Kies een schouw van deze aanpak uit de lijst.", html, StringComparison.Ordinal);
        Assert.Contains("Plek van de pagina", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Authorization_PerRoleAndTenant_AllowsMembersAndDeniesTheRest(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await FreshApproachAsync(app, a);
        var byWijkverbinder = await AddWalkAsync(app, a, approach.Id, a.Users[OrgRole.Wijkverbinder].Id, summary: "Alleen voor het kernteam.");
        var byPartner = await AddWalkAsync(app, a, approach.Id, a.Users[OrgRole.Partner].Id);
        var otherTenant = await AddWalkAsync(app, b, b.Approach.Id, b.Users[OrgRole.Wijkverbinder].Id, route: "Elders");
        var url = $"/api/v1/approaches/{approach.Id}/walks";
        var urlB = $"/api/v1/approaches/{b.Approach.Id}/walks";
        object Body(Guid version) => new { walkedOn = "2026-11-21", startTime = "10:00", route = "Gewijzigd", version };

        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", url, Body(Guid.Empty), HttpStatusCode.Created),
            (OrgRole.Coordinator, "POST", url, Body(Guid.Empty), HttpStatusCode.Created),
            (OrgRole.Beheerder, "POST", url, Body(Guid.Empty), HttpStatusCode.Forbidden),
            (OrgRole.Partner, "PUT", $"{url}/{byWijkverbinder.Id}", Body(byWijkverbinder.Version), HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"{url}/{byWijkverbinder.Id}", null, HttpStatusCode.Forbidden),
            (OrgRole.Wijkverbinder, "PUT", $"{url}/{byPartner.Id}", Body(byPartner.Version), HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, "GET", $"{url}/{otherTenant.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Wijkverbinder, "PUT", $"{url}/{otherTenant.Id}", Body(otherTenant.Version), HttpStatusCode.NotFound),
            (OrgRole.Wijkverbinder, "DELETE", $"{url}/{otherTenant.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Wijkverbinder, "GET", urlB, null, HttpStatusCode.NotFound),
            (OrgRole.Wijkverbinder, "GET", $"{urlB}/{otherTenant.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Wijkverbinder, "POST", urlB, Body(Guid.Empty), HttpStatusCode.NotFound),
        ]);
        Assert.Empty(failures);
        var stillThere = await app.InScopeAsync((_, db) => db.Set<Walk>().IgnoreQueryFilters().AsNoTracking().SingleAsync(w => w.Id == otherTenant.Id), null);
        Assert.Equal("Elders", stillThere.Route);

        // The summary is for the core team and the participants only.
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var seen = await partner.GetFromJsonAsync<JsonElement>($"{url}/{byWijkverbinder.Id}");
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("summary").ValueKind);
        Assert.False(seen.GetProperty("canChange").GetBoolean());

        // Pages: another organisation's walk is 404; a member who did not walk gets no edit form.
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/aanpakken/{b.Approach.Id}/waarnemingen/schouwen/{otherTenant.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/aanpakken/{approach.Id}/waarnemingen/schouwen/{otherTenant.Id}")).StatusCode);
        var resident = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var denied = await resident.GetAsync($"/aanpakken/{approach.Id}/waarnemingen/schouwen/{byWijkverbinder.Id}/wijzigen");
        Assert.Contains("toegang-geweigerd", denied.Headers.Location?.ToString(), StringComparison.Ordinal);
        var detail = await resident.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen/schouwen/{byWijkverbinder.Id}");
        Assert.DoesNotContain("Alleen voor het kernteam.", detail, StringComparison.Ordinal);
    }
}
