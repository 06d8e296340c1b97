using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Actions;

/// <summary>
/// Issue 13 §5, ESS step 11: the resistance log (source, one of the guide's expected challenges or own words, and a
/// handling or "laten bestaan" with its reason; core team only, visible to the core team by default) and celebrations
/// (core team and partners; media or administrative attention only after agreeing with the network). Both providers.
/// </summary>
public sealed class ResistanceAndSuccessTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    private const string Distrust = "Wantrouwen richting de overheid";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Resistance_ByRole_CoreTeamRecordsAndOnlyTheCoreTeamSeesItByDefault(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Weerstand-rol");
        var url = $"/api/v1/approaches/{approach.Id}/resistances";
        var body = new { noticedOn = Today, source = "Burgers", sourceDetail = "ondernemers rond het plein", kind = Distrust, response = "LatenBestaan", handling = "Gesprekken hebben nu geen zin; we tonen eerst resultaten." };
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Wijkverbinder, "POST", url, body, HttpStatusCode.Created),
            (OrgRole.Coordinator, "POST", url, body, HttpStatusCode.Created),
            (OrgRole.Partner, "POST", url, body, HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, "POST", url, body, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "POST", url, body, HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b, [(OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound), (OrgRole.Coordinator, "POST", url, body, HttpStatusCode.NotFound)]));
        Assert.Empty(failures);

        var core = Json(await (await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync(url));
        Assert.Equal(2, core.GetProperty("totalItems").GetInt32());
        var first = core.GetProperty("items")[0];
        Assert.True(first.GetProperty("kindFromGuide").GetBoolean());
        Assert.Equal("Kernteam", first.GetProperty("visibility").GetProperty("level").GetString());
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(0, Json(await partner.GetStringAsync(url)).GetProperty("totalItems").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"{url}/{first.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Resistance_WithoutReasonOrWithAChallengeOfTheWrongSource_IsRefusedInDutch(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Weerstand-regels");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/resistances";

        var noReason = await api.PostAsJsonAsync(url, new { noticedOn = Today, source = "Burgers", kind = Distrust, response = "LatenBestaan" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("application/problem+json", noReason.Content.Headers.ContentType?.MediaType);
        Assert.Contains("waarom u de weerstand laat bestaan", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var wrongSource = await api.PostAsJsonAsync(url, new { noticedOn = Today, source = "Gemeente", kind = Distrust });
        Assert.Contains("die bij de bron past", await wrongSource.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var nothing = await api.PostAsJsonAsync(url, new { noticedOn = Today, source = "Partners" });
        Assert.Contains("in eigen woorden", await nothing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var own = Json(await (await api.PostAsJsonAsync(url, new { noticedOn = Today, source = "Partners", ownKind = "Woningcorporatie wil geen sleutel van het buurthuis geven", response = "Aanpakken", handling = "Gesprek met de gebiedsmanager" })).Content.ReadAsStringAsync());
        Assert.False(own.GetProperty("kindFromGuide").GetBoolean());
        Assert.Equal("Aanpakken", own.GetProperty("response").GetString());
        var stale = await api.PutAsJsonAsync($"{url}/{own.GetProperty("id").GetGuid()}", new { noticedOn = Today, source = "Partners", ownKind = "x", version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Celebration_WithMediaAttention_NeedsAgreementWithTheNetworkAndPartnersChangeOnlyTheirOwn(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Successen");
        var url = $"/api/v1/approaches/{approach.Id}/celebrations";
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);

        var media = await partner.PostAsJsonAsync(url, new { celebratedOn = Today, success = "Tien weken koffietafel", how = "Taart op het plein", attention = "Media" });
        Assert.Equal(HttpStatusCode.BadRequest, media.StatusCode);
        Assert.Contains("Overleg eerst met het netwerk", await media.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mine = Json(await (await partner.PostAsJsonAsync(url, new { celebratedOn = Today, success = "Tien weken koffietafel", how = "Taart op het plein", attention = "Media", agreedWithNetwork = true })).Content.ReadAsStringAsync());
        var theirs = Json(await (await coordinator.PostAsJsonAsync(url, new { celebratedOn = Today, success = "Eerste bewonersavond", how = "Een bos bloemen voor de vrijwilligers" })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"{url}/{mine.GetProperty("id").GetGuid()}", new { celebratedOn = Today, success = "Tien weken koffietafel", how = "Taart en muziek", version = mine.GetProperty("version").GetGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PutAsJsonAsync($"{url}/{theirs.GetProperty("id").GetGuid()}", new { celebratedOn = Today, success = "x", how = "y", version = theirs.GetProperty("version").GetGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(a.Users[OrgRole.Netwerklid])).PostAsJsonAsync(url, new { celebratedOn = Today, success = "x", how = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiClientAsync(b.Users[OrgRole.Coordinator])).GetAsync($"{url}/{mine.GetProperty("id").GetGuid()}")).StatusCode);
        var foreignAction = await coordinator.PostAsJsonAsync(url, new { celebratedOn = Today, success = "x", how = "y", actionId = Guid.NewGuid() });
        Assert.Contains("Kies een actie van deze aanpak", await foreignAction.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResistanceForm_WithoutHandling_KeepsWhatWasTypedAndShowsOnTheEvaluationPage(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Weerstand-form");
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var detail = "ondernemers " + Guid.NewGuid().ToString("N")[..6];
        var form = new Dictionary<string, string>
        {
            ["Input.NoticedOn"] = Today,
            ["Input.Source"] = "Burgers",
            ["Input.SourceDetail"] = detail,
            ["Input.Kind"] = Distrust,
            ["Input.Response"] = "Aanpakken",
        };
        var invalid = await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/evaluatie/weerstand", form);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Beschrijf hoe u de weerstand aanpakt", html, StringComparison.Ordinal);
        Assert.Contains(detail, html, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Verwacht bij burgers\">", html, StringComparison.Ordinal);

        form["Input.Handling"] = "Open gesprek in het buurthuis";
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/evaluatie/weerstand", form)).StatusCode);
        var page = await client.GetStringAsync($"/aanpakken/{approach.Id}/evaluatie");
        Assert.Contains(detail, page, StringComparison.Ordinal);
        Assert.Contains("We pakken het aan", page, StringComparison.Ordinal);
        var partnerPage = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"/aanpakken/{approach.Id}/evaluatie");
        Assert.DoesNotContain(detail, partnerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Weerstand vastleggen", partnerPage, StringComparison.Ordinal);
    }
}
