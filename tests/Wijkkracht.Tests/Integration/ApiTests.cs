using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>The JSON API over HTTP on SQLite and PostgreSQL.</summary>
public sealed class ApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostArea_WithOrganisationIdInBody_IgnoresIt(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var code = TestAreaCodes.NextWijk();
        var response = await client.PostAsJsonAsync("/api/v1/areas", new { kind = "Wijk", code, name = "Nieuwe wijk", organisationId = b.Organisation.Id, role = "Beheerder" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await JsonAsync(response)).GetProperty("id").GetGuid();
        var owner = await app.InScopeAsync((_, db) => db.Areas.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.OrganisationId).SingleAsync());
        Assert.Equal(a.Organisation.Id, owner);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostArea_InvalidFields_Returns400ProblemWithDutchFieldErrors(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var response = await client.PostAsJsonAsync("/api/v1/areas", new { kind = "Wijk", code = "WK036301", name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Contains("andere gemeente", errors.GetProperty("Code")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("naam", errors.GetProperty("Name")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostArea_BoundaryGeoJson_ValidStoredInvalidRefused(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var polygon = JsonDocument.Parse("{\"type\":\"Polygon\",\"coordinates\":[[[4.65,52.48],[4.66,52.48],[4.66,52.49],[4.65,52.48]]]}").RootElement;
        var ok = await client.PostAsJsonAsync("/api/v1/areas", new { kind = "Wijk", code = TestAreaCodes.NextWijk(), name = "Met grens", boundary = polygon });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal("Polygon", (await JsonAsync(ok)).GetProperty("boundary").GetProperty("type").GetString());

        var point = JsonDocument.Parse("{\"type\":\"Point\",\"coordinates\":[4.65,52.48]}").RootElement;
        var bad = await client.PostAsJsonAsync("/api/v1/areas", new { kind = "Wijk", code = TestAreaCodes.NextWijk(), name = "Met punt", boundary = point });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await JsonAsync(bad)).GetProperty("errors").TryGetProperty("BoundaryGeoJson", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PutApproach_WithStaleVersion_Returns409AndKeepsFirstEdit(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var created = await JsonAsync(await client.PostAsJsonAsync("/api/v1/approaches", new { title = "Concurrency", issue = "Twee mensen tegelijk.", areaId = a.Wijk.Id, method = "WerkwijzerPlus", startDate = "2026-05-01" }));
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetGuid();

        var first = await client.PutAsJsonAsync($"/api/v1/approaches/{id}", new { title = "Eerste bewerking", issue = "x", areaId = a.Wijk.Id, method = "WerkwijzerPlus", startDate = "2026-05-01", version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await client.PutAsJsonAsync($"/api/v1/approaches/{id}", new { title = "Tweede bewerking", issue = "y", areaId = a.Wijk.Id, method = "WerkwijzerPlus", startDate = "2026-05-01", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Iemand anders", (await JsonAsync(second)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await JsonAsync(await client.GetAsync($"/api/v1/approaches/{id}"));
        Assert.Equal("Eerste bewerking", stored.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListApproaches_PageSizeAbove100_IsCappedAndHasVersionHeader(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await client.GetAsync("/api/v1/approaches?page=1&pageSize=5000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, (await JsonAsync(response)).GetProperty("pageSize").GetInt32());
        Assert.Equal("1.0.0", response.Headers.GetValues("API-Version").Single());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApiCalls_PerRole_AllowOrDenyAsTheTableSays(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var expectations = new (OrgRole Role, string Method, string Url, object? Body, HttpStatusCode Expected)[]
        {
            (OrgRole.Beheerder, "GET", "/api/v1/audit-events", null, HttpStatusCode.OK),
            (OrgRole.Coordinator, "GET", "/api/v1/audit-events", null, HttpStatusCode.Forbidden),
            (OrgRole.Wijkverbinder, "GET", "/api/v1/audit-events", null, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "GET", "/api/v1/audit-events", null, HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, "GET", "/api/v1/audit-events", null, HttpStatusCode.Forbidden),
            (OrgRole.Coordinator, "POST", "/api/v1/areas", new { kind = "Wijk", code = "WK000199", name = "x" }, HttpStatusCode.Forbidden),
            (OrgRole.Wijkverbinder, "POST", "/api/v1/areas", new { kind = "Wijk", code = "WK000199", name = "x" }, HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, "GET", "/api/v1/areas", null, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "GET", "/api/v1/areas", null, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, "POST", "/api/v1/approaches", new { title = "x", issue = "x", areaId = a.Wijk.Id, method = "Beide", startDate = "2026-01-01" }, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "PUT", $"/api/v1/approaches/{a.Approach.Id}", new { title = "x", issue = "x", areaId = a.Wijk.Id, method = "Beide", startDate = "2026-01-01", version = Guid.NewGuid() }, HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, "GET", $"/api/v1/approaches/{a.Approach.Id}", null, HttpStatusCode.Forbidden), // a Netwerklid may not use API tokens at all
            (OrgRole.Partner, "GET", $"/api/v1/approaches/{a.Approach.Id}/members", null, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, "POST", $"/api/v1/approaches/{a.Approach.Id}/members", new { userId = a.Users[OrgRole.Netwerklid].Id, role = "Netwerklid" }, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"/api/v1/approaches/{a.Approach.Id}", null, HttpStatusCode.Forbidden),
        };
        var failures = await app.CheckStatusesAsync(a, expectations);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApiCall_WithoutOrWithRevokedToken_Returns401Problem(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync("/api/v1/approaches");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/approaches")).StatusCode);
        await app.InScopeAsync(async (_, db) =>
        {
            foreach (var token in await db.ApiTokens.IgnoreQueryFilters().Where(t => t.UserId == a.Users[OrgRole.Coordinator].Id).ToListAsync())
                token.RevokedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/approaches")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostApproach_MalformedJsonOrUnknownEnum_Returns400Problem(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var malformed = await client.PostAsync("/api/v1/approaches", new StringContent("{ dit is geen json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        var badEnum = await client.PostAsJsonAsync("/api/v1/approaches", new { title = "x", issue = "x", areaId = a.Wijk.Id, method = "Onbekend", startDate = "2026-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
    }

    // Single provider by nature: the OpenAPI document does not depend on the database.
    [Fact]
    public async Task GetOpenApiDocument_Anonymous_IsServedAndWrittenForLint()
    {
        var (app, _, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var response = await app.CreateClient().GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var doc = JsonDocument.Parse(text).RootElement;
        Assert.StartsWith("3.0", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/v1", doc.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.True(doc.GetProperty("paths").TryGetProperty("/approaches/{id}/members", out _));
        if (Environment.GetEnvironmentVariable("WIJKKRACHT_ARTIFACTS") is { Length: > 0 } dir)
            await File.WriteAllTextAsync(Path.Combine(dir, "openapi.json"), text);
    }
}
