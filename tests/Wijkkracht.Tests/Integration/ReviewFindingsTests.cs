using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Data-loss, input and API-error findings of the security review (issue 7), on both providers.</summary>
public sealed class ReviewFindingsTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Task<StepProgress?> StepAsync(TestApp app, Guid approachId, string stepId) =>
        app.InScopeAsync((_, db) => db.Set<StepProgress>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(p => p.ApproachId == approachId && p.StepId == stepId));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveStep_TwoEditorsChangeOnlyAnswers_SecondGets409AndFirstAnswersStay(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var first = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var second = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/steps/ess-stap-3";
        var created = await first.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Begin" } });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var read = (await JsonAsync(created)).GetProperty("version").GetGuid();

        var one = await first.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Antwoord van de eerste" }, version = read });
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var afterOne = (await JsonAsync(one)).GetProperty("version").GetGuid();
        Assert.NotEqual(read, afterOne);

        var two = await second.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Antwoord van de tweede" }, version = read });
        Assert.Equal(HttpStatusCode.Conflict, two.StatusCode);
        Assert.Equal("application/problem+json", two.Content.Headers.ContentType?.MediaType);

        var stored = await StepAsync(app, a.Approach.Id, "ess-stap-3");
        Assert.Equal("Antwoord van de eerste", Assert.Single(stored!.Answers).Answer);
        Assert.Equal(afterOne, stored.Version);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveStepPage_StaleVersion_ShowsDutchConflictAndKeepsTypedText(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/steps/ess-stap-4";
        var created = await api.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Eerste versie" } });
        var read = (await JsonAsync(created)).GetProperty("version").GetGuid();
        var changed = await api.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Intussen gewijzigd" }, version = read });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var page = $"/aanpakken/{a.Approach.Id}/stappen/ess-stap-4";
        var response = await TestApp.PostFormAsync(browser, page, new()
        {
            ["Input.Version"] = read.ToString(),
            ["Input.Status"] = "Bezig",
            ["Input.Answers[0]"] = "Mijn zorgvuldig getypte antwoord",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", html, StringComparison.Ordinal);
        Assert.Contains("Mijn zorgvuldig getypte antwoord", html, StringComparison.Ordinal);
        var stored = await StepAsync(app, a.Approach.Id, "ess-stap-4");
        Assert.Equal("Intussen gewijzigd", Assert.Single(stored!.Answers).Answer);
    }
}
