using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>Knowledge search over the API, own interventions and hiding standard ones, on both providers.</summary>
public sealed class KnowledgeAdminApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Search_WithStemmingAndFacets_ReturnsHitsAndCounts()
    {
        var (app, a, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var body = await JsonAsync(await client.GetAsync("/api/v1/knowledge/search?q=jongere&type=intervention&targetGroup=jongeren"));
        Assert.True(body.GetProperty("totalItems").GetInt32() > 0);
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.Equal("intervention", i.GetProperty("type").GetString()));
        Assert.True(body.GetProperty("facets").GetProperty("origin").GetArrayLength() > 0);

        var bad = await client.GetAsync("/api/v1/knowledge/search?theme=bestaat-niet");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var tooLong = await client.GetAsync("/api/v1/knowledge/search?q=" + new string('a', 501));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OwnIntervention_CoordinatorCreatesPartnerMayNot_FinderShowsIt(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var input = new { kind = "Interventie", title = "Straatcoaches Aadorp", summary = "Straatcoaches spreken jongeren 's avonds aan op het plein.", targetGroups = new[] { "jongeren" }, themes = new[] { "overlast" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync("/api/v1/knowledge/own-interventions", input)).StatusCode);
        var created = await coordinator.PostAsJsonAsync("/api/v1/knowledge/own-interventions", input);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetGuid();

        var found = await JsonAsync(await partner.GetAsync("/api/v1/knowledge/interventions?q=straatcoaches%20op%20het%20plein"));
        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id.ToString());

        var otherOrg = await app.ApiClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrg.GetAsync($"/api/v1/knowledge/own-interventions/{id}")).StatusCode);
        var foreignFinder = await JsonAsync(await otherOrg.GetAsync("/api/v1/knowledge/interventions?q=straatcoaches%20op%20het%20plein"));
        Assert.DoesNotContain(foreignFinder.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task HideStandardIntervention_DisappearsFromFinderForThatOrganisationOnly(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        static bool Has(JsonElement body) => body.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetString() == "kis-futsal-chabbab");

        var wijkverbinder = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        Assert.Equal(HttpStatusCode.Forbidden, (await wijkverbinder.PutAsync("/api/v1/knowledge/hidden-interventions/kis-futsal-chabbab", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PutAsync("/api/v1/knowledge/hidden-interventions/bestaat-niet", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsync("/api/v1/knowledge/hidden-interventions/kis-futsal-chabbab", null)).StatusCode);
        var hidden = await JsonAsync(await coordinator.GetAsync("/api/v1/knowledge/hidden-interventions"));
        Assert.Contains(hidden.EnumerateArray(), h => h.GetString() == "kis-futsal-chabbab");
        var all = await JsonAsync(await coordinator.GetAsync("/api/v1/knowledge/interventions?q=futsal%20jongeren&pageSize=100"));
        Assert.False(Has(all));
        var other = await JsonAsync(await (await app.ApiClientAsync(b.Users[OrgRole.Coordinator])).GetAsync("/api/v1/knowledge/interventions?q=futsal%20jongeren&pageSize=100"));
        Assert.True(Has(other));
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync("/api/v1/knowledge/hidden-interventions/kis-futsal-chabbab")).StatusCode);
    }
}
