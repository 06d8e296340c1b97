using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>The knowledge API and the approach's chosen interventions, on SQLite and PostgreSQL.</summary>
public sealed class KnowledgeApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Actor ActorOf(AppUser user) => new(user.Id, user.OrganisationId, user.Role, user.DisplayName);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetMethod_Partner_ReturnsStepsPhasesAndDecisionMoment(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var list = await JsonAsync(await api.GetAsync("/api/v1/knowledge/methods"));
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("id").GetString() == "werkwijzerplus");
        var method = await JsonAsync(await api.GetAsync("/api/v1/knowledge/methods/weerbare-gemeenschappen"));
        Assert.Equal(12, method.GetProperty("steps").GetArrayLength());
        Assert.Equal(4, method.GetProperty("phases").GetArrayLength());
        Assert.Equal(4, method.GetProperty("decisionMoment").GetProperty("afterStep").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/knowledge/methods/bestaat-niet")).StatusCode);
        Assert.Equal(12, (await JsonAsync(await api.GetAsync("/api/v1/knowledge/preconditions"))).GetArrayLength());
        Assert.Equal(6, (await JsonAsync(await api.GetAsync("/api/v1/knowledge/principles"))).GetProperty("principles").GetArrayLength());
        Assert.Equal(6, (await JsonAsync(await api.GetAsync("/api/v1/knowledge/participation-ladder"))).GetProperty("rungs").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetInterventions_SituationAndCriteria_ReturnsRankedResultsWithScoreAndReasons(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var response = await api.GetAsync("/api/v1/knowledge/interventions?q=" + Uri.EscapeDataString("twee buren hebben ruzie over lawaai in de portiek") + "&targetGroup=bewoners&pageSize=5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.True(body.GetProperty("totalItems").GetInt32() > 5);
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Contains(items, i => i.GetProperty("id").GetString() == "kis-buurtbemiddeling");
        Assert.Contains(items[0].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("kind").GetString() == "text");

        var detail = await JsonAsync(await api.GetAsync("/api/v1/knowledge/interventions/kis-buurtbemiddeling"));
        Assert.Equal("004_d2350f71f497704b.txt", detail.GetProperty("source").GetProperty("file").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetInterventions_UnknownFacetValueOrLongQuery_Returns400(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var unknown = await api.GetAsync("/api/v1/knowledge/interventions?theme=bestaat-niet");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.True((await JsonAsync(unknown)).GetProperty("errors").TryGetProperty("theme", out _));
        var longQuery = await api.GetAsync("/api/v1/knowledge/interventions?q=" + new string('a', 501));
        Assert.Equal(HttpStatusCode.BadRequest, longQuery.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KnowledgeApi_Anonymous_Returns401(DatabaseProvider provider)
    {
        var (app, _, _) = await apps.GetAsync(provider);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/knowledge/methods")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApproachInterventions_MemberWithEdit_CanAddAnalyseAndRemoveWithAudit(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/interventions";

        var unknown = await api.PostAsJsonAsync(url, new { interventionId = "bestaat-niet" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var created = await api.PostAsJsonAsync(url, new { interventionId = "kis-jolo", note = "Past bij de ruzies op het plein." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await JsonAsync(created);
        var itemId = item.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync(url, new { interventionId = "kis-jolo" })).StatusCode);

        var updated = await api.PutAsJsonAsync($"{url}/{itemId}", new
        {
            note = "Samen met het jongerenwerk.",
            answers = new Dictionary<string, string> { ["sv-1"] = "Jongeren lossen conflicten zelf op." },
            principles = new[] { "wp-1", "wp-3" },
            version = item.GetProperty("version").GetGuid(),
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var list = await JsonAsync(await api.GetAsync(url));
        var saved = list.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == itemId);
        Assert.Equal("Jongeren lossen conflicten zelf op.", saved.GetProperty("answers").GetProperty("sv-1").GetString());
        Assert.Equal(["wp-1", "wp-3"], saved.GetProperty("principles").EnumerateArray().Select(p => p.GetString()));

        var stale = await api.PutAsJsonAsync($"{url}/{itemId}", new { note = "x", version = item.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var badPrinciple = await api.PutAsJsonAsync($"{url}/{itemId}", new { principles = new[] { "wp-99" }, version = saved.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, badPrinciple.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{url}/{itemId}")).StatusCode);
        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.EntityType == nameof(ApproachIntervention) && e.EntityId == itemId.ToString()).Select(e => new { e.Action, e.ApproachId }).ToListAsync());
        Assert.Equal(3, audited.Count);
        Assert.All(audited, e => Assert.Equal(a.Approach.Id, e.ApproachId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApproachInterventions_PartnerMemberCannotEdit_NonMemberGets404(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var url = $"/api/v1/approaches/{a.Approach.Id}/interventions";
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync(url, new { interventionId = "kis-opzoomeren" })).StatusCode);
        // The netwerklid is no member of this approach (and has no API tokens): the page is a 404.
        var netwerklid = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        Assert.Equal(HttpStatusCode.NotFound, (await netwerklid.GetAsync($"/aanpakken/{a.Approach.Id}/interventies")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OwnAndHiddenInterventions_AreScopedToTheirOrganisation(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var coordinator = a.Users[OrgRole.Coordinator];
        var title = "Straatvoetbaltoernooi " + Guid.NewGuid().ToString("N")[..6];
        var own = await app.AsActorAsync(ActorOf(coordinator), async (sp, _) =>
        {
            var catalog = sp.GetRequiredService<InterventionCatalogService>();
            var created = await catalog.CreateOwnAsync(new OwnInterventionInput { Title = title, Summary = "Toernooi in de voetbalkooi met hangjongeren.", TargetGroups = ["jongeren"] }, ActorOf(coordinator));
            Assert.True(created.IsOk);
            Assert.Equal(Core.Common.ResultStatus.Invalid, (await catalog.CreateOwnAsync(new OwnInterventionInput { Title = "x", Summary = "x", Themes = ["bestaat-niet"] }, ActorOf(coordinator))).Status);
            Assert.True((await catalog.SetHiddenAsync("kis-kulturhuske", true, ActorOf(coordinator))).IsOk);
            return created.Value!;
        });
        var forbidden = await app.AsActorAsync(ActorOf(a.Users[OrgRole.Wijkverbinder]), (sp, _) =>
            sp.GetRequiredService<InterventionCatalogService>().CreateOwnAsync(new OwnInterventionInput { Title = "x", Summary = "x" }, ActorOf(a.Users[OrgRole.Wijkverbinder])));
        Assert.Equal(Core.Common.ResultStatus.Forbidden, forbidden.Status);

        var apiA = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var found = await JsonAsync(await apiA.GetAsync("/api/v1/knowledge/interventions?q=voetbalkooi+toernooi&pageSize=100"));
        Assert.Equal(own.Id.ToString(), found.GetProperty("items")[0].GetProperty("id").GetString());
        var all = await JsonAsync(await apiA.GetAsync("/api/v1/knowledge/interventions?pageSize=100&page=1"));
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "kis-kulturhuske");
        Assert.Equal(HttpStatusCode.OK, (await apiA.GetAsync($"/api/v1/knowledge/interventions/{own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await apiA.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/interventions", new { interventionId = own.Id.ToString() })).StatusCode);

        var apiB = await app.ApiClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await apiB.GetAsync($"/api/v1/knowledge/interventions/{own.Id}")).StatusCode);
        var foundB = await JsonAsync(await apiB.GetAsync("/api/v1/knowledge/interventions?q=voetbalkooi+toernooi&pageSize=100"));
        Assert.DoesNotContain(foundB.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == own.Id.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, (await apiB.PostAsJsonAsync($"/api/v1/approaches/{b.Approach.Id}/interventions", new { interventionId = own.Id.ToString() })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KnowledgePages_AllowEveryRole_AdminPagesOnlyForManagers(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var netwerklid = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        foreach (var path in new[]
        {
            "/kennisbank", "/kennisbank/zoeken?q=jongeren&type=intervention", "/kennisbank/methoden/weerbare-gemeenschappen", "/kennisbank/stappen/wwp-stap-1",
            "/kennisbank/randvoorwaarden", "/kennisbank/principes", "/kennisbank/participatieladder", "/kennisbank/ppct", "/kennisbank/artikelen",
            "/kennisbank/interventies", "/kennisbank/interventies/kis-buurtbemiddeling", "/kennisbank/interventiewijzer?Query.Text=ruzie+tussen+buren",
        })
        {
            var response = await netwerklid.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            if (path.Count(c => c == '/') > 2 && !path.Contains('?', StringComparison.Ordinal) && path != "/kennisbank/interventies" && path != "/kennisbank/artikelen")
                Assert.Contains("Bron:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var badFacet = await netwerklid.GetAsync("/kennisbank/zoeken?theme=bestaat-niet");
        Assert.Contains("is geen geldige keuze", await badFacet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var denied = await netwerklid.GetAsync("/beheer/interventies");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("toegang-geweigerd", denied.Headers.Location?.ToString(), StringComparison.Ordinal);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/beheer/interventies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/beheer/interventies/nieuw")).StatusCode);
    }

    [Fact]
    public async Task GetOpenApiDocument_Anonymous_IsServedAndWrittenForLint()
    {
        var (app, _, _) = await apps.GetAsync(DatabaseProvider.Sqlite);
        var response = await app.CreateClient().GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var doc = JsonDocument.Parse(text).RootElement;
        var parameters = doc.GetProperty("paths").GetProperty("/knowledge/interventions").GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        var targetGroup = parameters.Single(p => p.GetProperty("name").GetString() == "targetGroup");
        Assert.Contains(targetGroup.GetProperty("schema").GetProperty("enum").EnumerateArray(), v => v.GetString() == "jongeren");
        if (Environment.GetEnvironmentVariable("WIJKKRACHT_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            Directory.CreateDirectory(artifacts);
            await File.WriteAllTextAsync(Path.Combine(artifacts, "openapi.json"), text);
        }
    }
}
