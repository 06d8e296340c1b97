using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.DeskResearch;

/// <summary>
/// Issue 10 §5, desk research over the API on both providers: earlier trajectories and the sociale kaart (CRUD,
/// versions, visibility, audit), datasets and figures (who may change them, suppressed values), the CSV import (all or
/// nothing, every bad line and field named) and other tenants' ids (404).
/// </summary>
public sealed class DeskResearchApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Unique(string text) => text + " " + Guid.NewGuid().ToString("N")[..6];

    internal static async Task<Guid> CreateDatasetAsync(TestApp app, TestOrg org, string? name = null)
    {
        var client = await app.ApiClientAsync(org.Users[OrgRole.Coordinator]);
        var response = await client.PostAsJsonAsync("/api/v1/datasets", new { name = name ?? Unique("Inwoners"), topic = "Demografie", source = "CBS StatLine", licence = "CC BY 4.0", unit = "aantal inwoners" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid datasetId, string csv) =>
        client.PostAsync($"/api/v1/datasets/{datasetId}/figures/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static Task<List<AreaFigure>> FiguresAsync(TestApp app, TestOrg org, Guid datasetId) =>
        app.InScopeAsync((_, db) => db.Set<AreaFigure>().AsNoTracking().Where(f => f.DatasetId == datasetId).OrderBy(f => f.AreaCode).ThenBy(f => f.Period).ToListAsync(), org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Trajectory_CreateReadUpdateDelete_IsVersionedAndAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/earlier-trajectories";
        var title = Unique("Buurtvisie");

        var created = await client.PostAsJsonAsync(url, new { title, period = "2019", outcomes = "Een buurtvisie", keyContacts = "Huurdersvereniging", residentAdvice = "Deels uitgevoerd", feedbackToResidents = "Eén avond" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("Kernteam", body.GetProperty("visibility").GetProperty("level").GetString());
        Assert.Equal($"{url}/{id}", created.Headers.Location?.ToString());

        var page = await client.GetFromJsonAsync<JsonElement>(url + "?pageSize=100");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
        Assert.True(page.GetProperty("totalItems").GetInt32() >= 1);

        var version = body.GetProperty("version").GetGuid();
        var updated = await client.PutAsJsonAsync($"{url}/{id}", new { title, outcomes = "Een buurtvisie met twaalf wensen", version });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stale = await client.PutAsJsonAsync($"{url}/{id}", new { title, outcomes = "Oud", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var noVersion = await client.PutAsJsonAsync($"{url}/{id}", new { title });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{url}/{id}")).StatusCode);

        var events = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.EntityType == nameof(EarlierTrajectory) && (e.EntityId == id.ToString() || (e.EntityId == null && e.ApproachId == a.Approach.Id)))
            .Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.Create, events);
        Assert.Contains(AuditActions.Update, events);
        Assert.Contains(AuditActions.Delete, events);
        Assert.Contains(AuditActions.View, events);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Trajectory_PartnerTypes_PolicePartnerDoesNotSeeYouthWorkRecord(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        await app.InScopeAsync(async (_, db) =>
        {
            var member = await db.ApproachMembers.SingleAsync(m => m.Id == a.PartnerMember.Id);
            member.PartnerType = PartnerType.Politie;
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/earlier-trajectories";
        async Task<Guid> CreateAsync(string title, object visibility)
        {
            var response = await coordinator.PostAsJsonAsync(url, new { title, visibility });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var youthOnly = await CreateAsync(Unique("Jongerenwerk"), new { level = "Partners", partnerTypes = new[] { "Jongerenwerk" } });
        var allPartners = await CreateAsync(Unique("Iedereen"), new { level = "Partners" });
        var coreOnly = await CreateAsync(Unique("Kernteam"), new { level = "Kernteam" });

        var police = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"{url}/{youthOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"{url}/{coreOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"{url}/{allPartners}")).StatusCode);
        var list = await police.GetFromJsonAsync<JsonElement>(url + "?pageSize=100");
        var ids = list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(allPartners, ids);
        Assert.DoesNotContain(youthOnly, ids);
        Assert.DoesNotContain(coreOnly, ids);

        await app.InScopeAsync(async (_, db) =>
        {
            var member = await db.ApproachMembers.SingleAsync(m => m.Id == a.PartnerMember.Id);
            member.PartnerType = PartnerType.Jongerenwerk;
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var youth = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.OK, (await youth.GetAsync($"{url}/{youthOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await youth.GetAsync($"{url}/{coreOnly}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TrajectoryAndSocialMap_RolesAndOtherTenant_AllowedOrDenied(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var trajectories = $"/api/v1/approaches/{a.Approach.Id}/earlier-trajectories";
        var socialMap = $"/api/v1/approaches/{a.Approach.Id}/social-map-entries";
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Coordinator, "POST", trajectories, new { title = Unique("C") }, HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "POST", trajectories, new { title = Unique("W") }, HttpStatusCode.Created),
            (OrgRole.Partner, "POST", trajectories, new { title = Unique("P") }, HttpStatusCode.Forbidden),
            // Residents have no API tokens (UseApiTokens); their page access is tested in DeskResearchPageTests.
            (OrgRole.Netwerklid, "POST", trajectories, new { title = Unique("N") }, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "GET", trajectories, null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "POST", trajectories, new { title = Unique("B") }, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "GET", trajectories, null, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, "POST", trajectories, new { title = Unique("V"), visibility = new { level = "Netwerk" } }, HttpStatusCode.BadRequest),
            (OrgRole.Coordinator, "POST", socialMap, new { name = Unique("Wijkoverleg"), kind = "Samenwerkingsverband" }, HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "POST", socialMap, new { name = Unique("Buurtpreventie"), kind = "Netwerk" }, HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "POST", socialMap, new { name = "" }, HttpStatusCode.BadRequest),
            (OrgRole.Partner, "POST", socialMap, new { name = Unique("P"), kind = "Netwerk" }, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "GET", socialMap, null, HttpStatusCode.OK),
        ]);
        Assert.Empty(failures);

        // Another organisation's approach and records: 404, never 403.
        var own = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var created = await own.PostAsJsonAsync(socialMap, new { name = Unique("Moskee"), kind = "Organisatie" });
        var entryId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var other = await app.ApiClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(trajectories)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{socialMap}/{entryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"{socialMap}/{entryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/approaches/{b.Approach.Id}/social-map-entries/{entryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"{socialMap}/{entryId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Datasets_OnlyCoordinatorAndBeheerder_MayChange(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var datasetId = await CreateDatasetAsync(app, a);
        object Body() => new { name = Unique("Misdrijven"), source = "Politie", unit = "per 1.000 inwoners" };
        var figures = $"/api/v1/datasets/{datasetId}/figures";
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Coordinator, "POST", "/api/v1/datasets", Body(), HttpStatusCode.Created),
            (OrgRole.Beheerder, "POST", "/api/v1/datasets", Body(), HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "POST", "/api/v1/datasets", Body(), HttpStatusCode.Forbidden),
            (OrgRole.Partner, "POST", "/api/v1/datasets", Body(), HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, "POST", "/api/v1/datasets", Body(), HttpStatusCode.Forbidden),
            (OrgRole.Wijkverbinder, "GET", "/api/v1/datasets", null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", figures, null, HttpStatusCode.OK),
            (OrgRole.Netwerklid, "GET", "/api/v1/datasets", null, HttpStatusCode.Forbidden),
            (OrgRole.Coordinator, "POST", figures, new { areaCode = "BU00010101", period = "2024", value = 12.5 }, HttpStatusCode.Created),
            (OrgRole.Beheerder, "POST", figures, new { areaCode = "WK000101", period = "2024-Q3", symbol = "x" }, HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "POST", figures, new { areaCode = "BU00010101", period = "2024", value = 1 }, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"/api/v1/datasets/{datasetId}", null, HttpStatusCode.Forbidden),
            (OrgRole.Coordinator, "POST", figures, new { areaCode = "BU00020101", period = "2024", value = 1 }, HttpStatusCode.BadRequest),
            (OrgRole.Coordinator, "POST", figures, new { areaCode = "BU00010101", period = "24", value = 1 }, HttpStatusCode.BadRequest),
            (OrgRole.Coordinator, "POST", figures, new { areaCode = "BU00010101", period = "2024" }, HttpStatusCode.BadRequest),
            (OrgRole.Coordinator, "POST", figures, new { areaCode = "BU00010101", period = "2024", value = 3, symbol = "x" }, HttpStatusCode.BadRequest),
        ]);
        Assert.Empty(failures);

        var other = await app.ApiClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/datasets/{datasetId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(figures)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/datasets/{datasetId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(figures, new { areaCode = "BU00020101", period = "2024", value = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(other, datasetId, "areaCode,period,value\nBU00020101,2024,1\n")).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/datasets?pageSize=100")).GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == datasetId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportFigures_BadLines_NamedAndNothingWritten(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var datasetId = await CreateDatasetAsync(app, a);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        const string bad = "areaCode,period,value\nBU00010101,2023,3045\nBU00020101,2024,3120\n\nBU00010101,2025,veel\nWK000101,2025,x\nBU00010101,2023,1\n";

        var response = await ImportAsync(client, datasetId, bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var keys = errors.EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(["lines[3].areaCode", "lines[5].value", "lines[7].period"], keys.Order(StringComparer.Ordinal));
        Assert.Contains("Regel 3", errors.GetProperty("lines[3].areaCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("regel 2", errors.GetProperty("lines[7].period")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await FiguresAsync(app, a, datasetId));

        const string good = "areaCode;period;value\nBU00010101;2023;3045\nBU00010101;2024;.\nBU00010101;2025;31,5\nWK000101;2025;x\n";
        var ok = await ImportAsync(client, datasetId, good);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var summary = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, summary.GetProperty("created").GetInt32());
        Assert.Equal(4, summary.GetProperty("lines").GetInt32());

        var stored = await FiguresAsync(app, a, datasetId);
        Assert.Equal(4, stored.Count);
        Assert.Equal(31.5m, stored.Single(f => f.Period == "2025" && f.AreaCode == "BU00010101").Value);
        var secret = stored.Single(f => f.AreaCode == "WK000101");
        Assert.Null(secret.Value);
        Assert.Equal("x", secret.Symbol);
        Assert.Equal(".", stored.Single(f => f.Period == "2024").Symbol);

        var again = await (await ImportAsync(client, datasetId, good.Replace("31,5", "32", StringComparison.Ordinal))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(1, again.GetProperty("updated").GetInt32());
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());

        var api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/datasets/{datasetId}/figures?areaCode=wk000101");
        var item = Assert.Single(api.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("value").ValueKind);
        Assert.Equal("x", item.GetProperty("symbol").GetString());

        var wrongType = await client.PostAsync($"/api/v1/datasets/{datasetId}/figures/imports", new StringContent(good, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(partner, datasetId, good)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateFigure_WithVersion_ChangesAndIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var datasetId = await CreateDatasetAsync(app, a);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var created = await (await client.PostAsJsonAsync($"/api/v1/datasets/{datasetId}/figures", new { areaCode = "GM0001", period = "2024", value = 40.2 })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var url = $"/api/v1/datasets/{datasetId}/figures/{id}";
        var changed = await client.PutAsJsonAsync(url, new { areaCode = "GM0001", period = "2024", symbol = "-", version = created.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var stale = await client.PutAsJsonAsync(url, new { areaCode = "GM0001", period = "2024", value = 1, version = created.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var figure = (await FiguresAsync(app, a, datasetId)).Single();
        Assert.Null(figure.Value);
        Assert.Equal("-", figure.Symbol);
        var actions = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.Create, actions);
        Assert.Contains(AuditActions.Update, actions);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(url)).StatusCode);
        Assert.Empty(await FiguresAsync(app, a, datasetId));
    }
}
