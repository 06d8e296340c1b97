using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 11 §6, the kansenkaart: opportunity pins and aanleidingen over the API and the pages, for every role (allow and
/// deny), the visibility model (a record a reader may not see is a 404), links across approaches and organisations
/// (404), paging, optimistic concurrency and problem+json. Both providers.
/// </summary>
public sealed class KansenkaartTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    private static async Task<HttpStatusCode> PageStatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("toegang-geweigerd", StringComparison.Ordinal) == true)
            return HttpStatusCode.Forbidden;
        return response.StatusCode;
    }

    private static Task<Opportunity> AddPinAsync(TestApp app, TestOrg org, Guid approachId, string title, VisibilityLevel level) => app.InScopeAsync(async (_, db) =>
    {
        var pin = new Opportunity { OrganisationId = org.Organisation.Id, ApproachId = approachId, Title = title, PlaceName = "Trapveld", Latitude = 52.48, Longitude = 4.65, Visibility = level };
        db.Add(pin);
        await db.SaveChangesAsync();
        return pin;
    }, org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpportunityRoutes_ByRole_MembersReadEditorsWriteOtherTenantGets404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Kansen-rol");
        var pin = await AddPinAsync(app, a, approach.Id, Unique("Rol"), VisibilityLevel.Partners);
        var url = $"/api/v1/approaches/{approach.Id}/opportunities";
        var occasions = $"/api/v1/approaches/{approach.Id}/occasions";
        object Body() => new { title = Unique("Moestuin"), placeName = "Veld" };
        object OccasionBody() => new { kind = "Kans", description = Unique("Herinrichting plein"), date = "2026-09-01" };
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Coordinator, "POST", url, Body(), HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "GET", $"{url}/{pin.Id}", null, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, "POST", url, Body(), HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "POST", occasions, OccasionBody(), HttpStatusCode.Created),
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", $"{url}/{pin.Id}", null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", occasions, null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", url, Body(), HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"{url}/{pin.Id}", null, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "POST", occasions, OccasionBody(), HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "POST", url, Body(), HttpStatusCode.Forbidden),
            // Residents have no API tokens (UseApiTokens); their page access is tested below.
            (OrgRole.Netwerklid, "GET", url, null, HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b,
        [
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{url}/{pin.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "PUT", $"{url}/{pin.Id}", new { title = "x", placeName = "y", version = pin.Version }, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "DELETE", $"{url}/{pin.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", occasions, null, HttpStatusCode.NotFound),
        ]));
        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OpportunityCrud_OverTheApi_IsValidatedPagedVersionedAndRefusesForeignThemes(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Kansen-crud");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/opportunities";

        var invalid = await api.PostAsJsonAsync(url, new { title = "", latitude = 52.1 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var problem = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Title", problem, StringComparison.Ordinal);
        Assert.Contains("Longitude", problem, StringComparison.Ordinal);

        var theme = await app.InScopeAsync(async (_, db) =>
        {
            var t = new Theme { OrganisationId = a.Organisation.Id, ApproachId = approach.Id, Name = Unique("Groen") };
            db.Add(t);
            await db.SaveChangesAsync();
            return t;
        }, a.Organisation.Id);
        var foreignTheme = await app.InScopeAsync(async (_, db) =>
        {
            var t = new Theme { OrganisationId = b.Organisation.Id, ApproachId = b.Approach.Id, Name = Unique("Vreemd") };
            db.Add(t);
            await db.SaveChangesAsync();
            return t;
        }, b.Organisation.Id);
        var foreign = await api.PostAsJsonAsync(url, new { title = "Moestuin", placeName = "Veld", themeIds = new[] { foreignTheme.Id } });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        var created = await api.PostAsJsonAsync(url, new { title = "Moestuin", latitude = 52.4832, longitude = 4.6552, source = "Bewonersavond", status = "Idee", themeIds = new[] { theme.Id } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal("Partners", json.GetProperty("visibility").GetProperty("level").GetString());
        Assert.Equal(theme.Id, json.GetProperty("themeIds")[0].GetGuid());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(url, new { title = "Bankje", placeName = "Bushalte" })).StatusCode);

        var page = JsonDocument.Parse(await api.GetStringAsync(url + "?pageSize=1")).RootElement;
        Assert.Equal(2, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal("Bankje", page.GetProperty("items")[0].GetProperty("title").GetString());

        var stale = await api.PutAsJsonAsync($"{url}/{id}", new { title = "Moestuin", placeName = "Veld", version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var updated = await api.PutAsJsonAsync($"{url}/{id}", new { title = "Moestuin", placeName = "Veld", status = "Gerealiseerd", version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Gerealiseerd", JsonDocument.Parse(await updated.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        // A wijkverbinder may not change who reads it (ManageMembers): 400 with a Dutch message.
        var visibility = await api.PutAsJsonAsync($"{url}/{id}", new { title = "Moestuin", placeName = "Veld", visibility = new { level = "Netwerk" }, version = JsonDocument.Parse(await updated.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, visibility.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{url}/{id}")).StatusCode);
        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking().Where(e => e.EntityType == nameof(Opportunity) && e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync(), a.Organisation.Id);
        Assert.Contains("create", audited);
        Assert.Contains("delete", audited);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Opportunities_VisibilityModel_ReadersSeeOnlyWhatTheirLevelAllows(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Kansen-zicht");
        var core = await AddPinAsync(app, a, approach.Id, Unique("Kernteam"), VisibilityLevel.Kernteam);
        var partners = await AddPinAsync(app, a, approach.Id, Unique("Partners"), VisibilityLevel.Partners);
        var network = await AddPinAsync(app, a, approach.Id, Unique("Netwerk"), VisibilityLevel.Netwerk);

        var partnerApi = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var url = $"/api/v1/approaches/{approach.Id}/opportunities";
        Assert.Equal(HttpStatusCode.NotFound, (await partnerApi.GetAsync($"{url}/{core.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partnerApi.GetAsync($"{url}/{partners.Id}")).StatusCode);
        var ids = JsonDocument.Parse(await partnerApi.GetStringAsync(url)).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(core.Id, ids);
        Assert.Contains(partners.Id, ids);
        Assert.Contains(network.Id, ids);

        // A network member opens the kansenkaart page and sees only the pins opened to the network.
        var resident = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var page = await resident.GetStringAsync($"/aanpakken/{approach.Id}/kansenkaart");
        Assert.Contains(network.Title, page, StringComparison.Ordinal);
        Assert.DoesNotContain(partners.Title, page, StringComparison.Ordinal);
        Assert.DoesNotContain(core.Title, page, StringComparison.Ordinal);
        var coordinator = await (await app.SignedInClientAsync(a.Users[OrgRole.Coordinator])).GetStringAsync($"/aanpakken/{approach.Id}/kansenkaart");
        Assert.Contains(core.Title, coordinator, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KansenkaartPages_ByRole_MembersOpenTheMapEditorsTheFormsOtherTenantGets404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Kansen-pagina");
        var pin = await AddPinAsync(app, a, approach.Id, Unique("Pagina"), VisibilityLevel.Netwerk);
        var occasion = await app.InScopeAsync(async (_, db) =>
        {
            var o = new Occasion { OrganisationId = a.Organisation.Id, ApproachId = approach.Id, Kind = OccasionKind.Probleem, Description = Unique("Overlast"), Date = new DateOnly(2026, 10, 1), Visibility = VisibilityLevel.Netwerk };
            db.Add(o);
            await db.SaveChangesAsync();
            return o;
        }, a.Organisation.Id);
        var map = $"/aanpakken/{approach.Id}/kansenkaart";
        var forms = new[]
        {
            $"/aanpakken/{approach.Id}/kansenkaart/kansen/nieuw",
            $"/aanpakken/{approach.Id}/kansenkaart/kansen/{pin.Id}",
            $"/aanpakken/{approach.Id}/kansenkaart/aanleidingen/nieuw",
            $"/aanpakken/{approach.Id}/kansenkaart/aanleidingen/{occasion.Id}",
        };
        var failures = new List<string>();
        foreach (var (role, mapStatus, formStatus) in new[]
        {
            (OrgRole.Coordinator, HttpStatusCode.OK, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, HttpStatusCode.OK, HttpStatusCode.OK),
            (OrgRole.Partner, HttpStatusCode.OK, HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, HttpStatusCode.OK, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, HttpStatusCode.OK, HttpStatusCode.Forbidden),
        })
        {
            var client = await app.SignedInClientAsync(a.Users[role]);
            var actual = await PageStatusAsync(client, map);
            if (actual != mapStatus)
                failures.Add($"{role} {map}: expected {(int)mapStatus}, got {(int)actual}");
            foreach (var url in forms)
            {
                actual = await PageStatusAsync(client, url);
                if (actual != formStatus)
                    failures.Add($"{role} {url}: expected {(int)formStatus}, got {(int)actual}");
            }
        }

        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        foreach (var url in forms.Prepend(map))
        {
            var actual = await PageStatusAsync(other, url);
            if (actual != HttpStatusCode.NotFound)
                failures.Add($"other tenant {url}: expected 404, got {(int)actual}");
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddPinAndOccasion_OnThePagesWithoutJavaScript_ShowOnTheMapDataAndInTheLists(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Kansen-form");
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var title = Unique("Moestuin");

        var invalid = await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/kansenkaart/kansen/nieuw", new() { ["Input.Title"] = title, ["Input.Latitude"] = "52.48" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var invalidPage = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Vul zowel de breedtegraad als de lengtegraad in", invalidPage, StringComparison.Ordinal);
        Assert.Contains(title, invalidPage, StringComparison.Ordinal);

        var saved = await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/kansenkaart/kansen/nieuw", new()
        {
            ["Input.Title"] = title,
            ["Input.PlaceName"] = "Veld achter de flats",
            ["Input.Latitude"] = "52.4832",
            ["Input.Longitude"] = "4.6552",
            ["Input.Source"] = "Bewonersavond",
            ["Input.Status"] = "Idee",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var occasion = Unique("Herinrichting van het plein");
        var savedOccasion = await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/kansenkaart/aanleidingen/nieuw", new()
        {
            ["Input.Kind"] = "Kans",
            ["Input.Description"] = occasion,
            ["Input.Source"] = "Openbare ruimte",
            ["Input.Date"] = "2026-09-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, savedOccasion.StatusCode);

        var page = await client.GetStringAsync($"/aanpakken/{approach.Id}/kansenkaart");
        Assert.Contains("data-wk-map=\"show\"", page, StringComparison.Ordinal);
        Assert.Contains("\"coordinates\":[4.6552,52.4832]", page, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">", page, StringComparison.Ordinal);
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains(occasion, page, StringComparison.Ordinal);
        Assert.Contains("Veld achter de flats", page, StringComparison.Ordinal);
        var nav = await client.GetStringAsync($"/aanpakken/{approach.Id}");
        Assert.Contains($"/aanpakken/{approach.Id}/kansenkaart\"", nav, StringComparison.Ordinal);
        Assert.Contains($"/aanpakken/{approach.Id}/verhaal\"", nav, StringComparison.Ordinal);
    }
}
