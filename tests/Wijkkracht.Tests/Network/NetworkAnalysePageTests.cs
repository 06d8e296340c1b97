using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;

namespace Wijkkracht.Tests.Network;

/// <summary>
/// Issue 12 pages, both providers: the Netwerkanalyse page (key players, gaps, composition, kept runs and "what
/// changed") by role, with bad dates and an empty run name coming back in Dutch with the input kept; and the
/// reveal-with-reason form on a protected person's page.
/// </summary>
public sealed class NetworkAnalysePageTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("toegang-geweigerd", StringComparison.Ordinal) == true)
            return HttpStatusCode.Forbidden;
        return response.StatusCode;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AnalysePage_CoreTeam_ShowsKeyPlayersGapsCompositionAndKeepsARun(DatabaseProvider provider)
    {
        var (app, a, other) = await apps.GetAsync(provider);
        var approachId = await NetworkApiTests.NewApproachAsync(app, a);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        // Two groups joined by one tie through "Brug".
        var csv = "source,target\nAnna,Bert\nBert,Cor\nCor,Anna\nCor,Brug\nBrug,Dirk\nDirk,Eva\nEva,Fien\nFien,Dirk\n";
        var imported = await api.PostAsync($"/api/v1/approaches/{approachId}/network/imports", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var url = $"/aanpakken/{approachId}/netwerk/analyse";
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var page = await client.GetStringAsync(url + "?k=1");
        Assert.Contains("Wie zouden we het meest missen?", page, StringComparison.Ordinal);
        Assert.Matches("<td class=\"utrecht-table__cell\"><a[^>]*>Brug</a>", page);
        Assert.Contains("Groep 1 en groep 2", page, StringComparison.Ordinal);
        Assert.Contains("Streef naar een afspiegeling van de diversiteit in de gemeenschap.", page, StringComparison.Ordinal);
        Assert.Contains("regel 753", page, StringComparison.Ordinal);
        Assert.Contains("Er is nog geen verbinder.", page, StringComparison.Ordinal);

        // Keep a run; an empty name comes back with a Dutch message and the date typed.
        var empty = await TestApp.PostFormAsync(client, url, new() { ["Run.Label"] = "", ["Run.AsOf"] = "2026-02-01" }, url + "?handler=Bewaar");
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Geef de analyse een naam", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-02-01\"", emptyHtml, StringComparison.Ordinal);
        var saved = await TestApp.PostFormAsync(client, url, new() { ["Run.Label"] = "Netwerkbijeenkomst januari" }, url + "?handler=Bewaar");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var runId = await app.InScopeAsync((_, db) => db.Set<NetworkAnalysisRun>().Where(r => r.ApproachId == approachId).Select(r => r.Id).SingleAsync(), a.Organisation.Id);

        // Since the run: Gijs joins; "what changed" is one click from the run's row.
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync($"/api/v1/approaches/{approachId}/network/imports", new StringContent("source,target\nGijs,Anna\n", System.Text.Encoding.UTF8, "text/csv"))).StatusCode);
        var runs = await client.GetStringAsync(url);
        Assert.Contains($"van={runId}#veranderingen", runs, StringComparison.Ordinal);
        var changes = await client.GetStringAsync($"{url}?van={runId}");
        Assert.Contains("Erbij gekomen (1)", changes, StringComparison.Ordinal);
        Assert.Contains("Gijs", changes, StringComparison.Ordinal);
        Assert.Contains("Nieuwe verbindingen (1)", changes, StringComparison.Ordinal);

        // A date in the future: a Dutch message, and the analysis of today.
        var future = await client.GetStringAsync($"{url}?datum=2099-01-01");
        Assert.Contains("niet later dan vandaag", future, StringComparison.Ordinal);

        // Partners and network members: no access; another organisation: 404.
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new ApproachMember { OrganisationId = a.Organisation.Id, ApproachId = approachId, UserId = a.Users[OrgRole.Partner].Id, Role = ApproachRole.Partner });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(await app.SignedInClientAsync(a.Users[OrgRole.Partner]), url));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(await app.SignedInClientAsync(other.Users[OrgRole.Coordinator]), url));
        var partnerPost = await TestApp.PostFormAsync(await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]), url, new() { ["Run.Label"] = "x" }, $"/aanpakken/{other.Approach.Id}/netwerk/analyse?handler=Bewaar");
        Assert.Equal(HttpStatusCode.NotFound, partnerPost.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RevealForm_ReasonTooShortThenGiven_ShowsThePersonOnceAndAuditsTheReason(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NetworkApiTests.NewApproachAsync(app, a);
        var secret = "Minder " + Guid.NewGuid().ToString("N")[..6];
        var person = await NetworkApiTests.AddActorAsync(app, a, secret, ProtectionLevel.Minderjarig, approachId: approachId);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/aanpakken/{approachId}/netwerk/actoren/{person.Id}";

        var before = await client.GetStringAsync(url);
        Assert.DoesNotContain(secret, before, StringComparison.Ordinal);
        Assert.Contains("Waarom moet u weten wie dit is?", before, StringComparison.Ordinal);

        var tooShort = await TestApp.PostFormAsync(client, url, new() { ["Reveal.Reason"] = "even" }, url + "?handler=Toon");
        var tooShortHtml = await tooShort.Content.ReadAsStringAsync();
        Assert.Contains("ten minste 10 tekens", tooShortHtml, StringComparison.Ordinal);
        Assert.Contains(">even</textarea>", tooShortHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, tooShortHtml, StringComparison.Ordinal);

        var shown = await TestApp.PostFormAsync(client, url, new() { ["Reveal.Reason"] = "Overleg met de school over een veilige plek" }, url + "?handler=Toon");
        var shownHtml = await shown.Content.ReadAsStringAsync();
        Assert.Contains(secret, shownHtml, StringComparison.Ordinal);
        Assert.Contains("U ziet een afgeschermde persoon", shownHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await client.GetStringAsync(url), StringComparison.Ordinal);
        var reveal = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.ApproachId == approachId && e.Action == "reveal"));
        Assert.Contains("Overleg met de school", reveal.Summary, StringComparison.Ordinal);
    }
}
