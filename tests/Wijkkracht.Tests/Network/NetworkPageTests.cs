using System.Net;
using System.Text.Json;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;

namespace Wijkkracht.Tests.Network;

/// <summary>
/// Issue 12 pages, both providers: who may open the network page and what each role sees, protected persons never
/// reaching the browser by name without need-to-know, the no-suspects notice, and a form that comes back with errors
/// keeping what was typed.
/// </summary>
public sealed class NetworkPageTests(SharedApps apps) : IClassFixture<SharedApps>
{
    /// <summary>The status of a page; the redirect to the access-denied page counts as 403.</summary>
    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("toegang-geweigerd", StringComparison.Ordinal) == true)
            return HttpStatusCode.Forbidden;
        return response.StatusCode;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NetworkPage_ByRole_CoreTeamSeesRegisterPartnerOwnContactsNetworkMemberNothing(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var approachId = await NetworkApiTests.NewApproachAsync(app, a);
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new ApproachMember { OrganisationId = a.Organisation.Id, ApproachId = approachId, UserId = a.Users[OrgRole.Partner].Id, Role = ApproachRole.Partner });
            db.Add(new ApproachMember { OrganisationId = a.Organisation.Id, ApproachId = approachId, UserId = a.Users[OrgRole.Netwerklid].Id, Role = ApproachRole.Netwerklid });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var mine = await NetworkApiTests.AddActorAsync(app, a, "Partnercontact " + Guid.NewGuid().ToString("N")[..6], contact: a.Users[OrgRole.Partner].Id, approachId: approachId);
        var other = await NetworkApiTests.AddActorAsync(app, a, "Teamcontact " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        await NetworkApiTests.AddRelationAsync(app, a, mine.Id, other.Id, approachId);
        var url = $"/aanpakken/{approachId}/netwerk";

        var team = await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync(url);
        Assert.Contains(mine.DisplayName, team, StringComparison.Ordinal);
        Assert.Contains(other.DisplayName, team, StringComparison.Ordinal);
        Assert.Contains("Geen verdachten in dit register", team, StringComparison.Ordinal);
        Assert.Contains("Actor toevoegen", team, StringComparison.Ordinal);
        Assert.Contains("Wie verbindt groepen?", team, StringComparison.Ordinal);

        var partner = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync(url);
        Assert.Contains(mine.DisplayName, partner, StringComparison.Ordinal);
        Assert.DoesNotContain(other.DisplayName, partner, StringComparison.Ordinal);
        Assert.DoesNotContain("Actor toevoegen", partner, StringComparison.Ordinal);
        Assert.DoesNotContain("Grote invloed", partner, StringComparison.Ordinal);
        var partnerDetail = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"{url}/actoren/{mine.Id}");
        Assert.DoesNotContain("Grote invloed", partnerDetail, StringComparison.Ordinal); // judgements are core team only

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]), url));
        var oversight = await (await app.SignedInClientAsync(a.Users[OrgRole.Beheerder])).GetStringAsync(url);
        Assert.DoesNotContain(mine.DisplayName, oversight, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(await app.SignedInClientAsync(a.Users[OrgRole.Partner]), $"{url}/actoren/nieuw"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ProtectedPerson_OnThePages_ReachesTheBrowserOnlyWithNeedToKnow(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NetworkApiTests.NewApproachAsync(app, a);
        var secret = "Bedreigd " + Guid.NewGuid().ToString("N")[..6];
        var person = await NetworkApiTests.AddActorAsync(app, a, secret, ProtectionLevel.Bedreigd, approachId: approachId);
        var friend = await NetworkApiTests.AddActorAsync(app, a, "Buur " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        var relation = await NetworkApiTests.AddRelationAsync(app, a, friend.Id, person.Id, approachId);
        var pages = new[]
        {
            $"/aanpakken/{approachId}/netwerk", $"/aanpakken/{approachId}/netwerk/actoren/{person.Id}", $"/aanpakken/{approachId}/netwerk/actoren/{friend.Id}",
            $"/aanpakken/{approachId}/netwerk/relaties/{relation.Id}", $"/aanpakken/{approachId}/netwerk/relaties/nieuw",
        };
        var wijkverbinder = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        foreach (var page in pages)
        {
            var html = await wijkverbinder.GetStringAsync(page);
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }

        Assert.Contains(NetworkAccess.Pseudonym(person.Id), await wijkverbinder.GetStringAsync(pages[0]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(wijkverbinder, $"/aanpakken/{approachId}/netwerk/actoren/{person.Id}/bewerken"));
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Contains(secret, await coordinator.GetStringAsync(pages[1]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActorForm_WithErrors_ComesBackWithDutchMessagesAndEverythingTyped(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var form = $"/aanpakken/{a.Approach.Id}/netwerk/actoren/nieuw";
        var response = await TestApp.PostFormAsync(client, form, new()
        {
            ["Input.Kind"] = "Organisatie",
            ["Input.DisplayName"] = "",
            ["Input.Talents"] = "Organiseert de iftar voor de hele straat",
            ["Input.Protection"] = "Minderjarig",
            ["Input.Roles"] = "sleutelpersoon",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Geef een naam.", html, StringComparison.Ordinal);
        Assert.Contains("Alleen een persoon kan afgeschermd worden.", html, StringComparison.Ordinal);
        Assert.Contains("Organiseert de iftar voor de hele straat", html, StringComparison.Ordinal);
        Assert.Matches("value=\"sleutelpersoon\" checked", html);

        var saved = await TestApp.PostFormAsync(client, form, new() { ["Input.Kind"] = "Persoon", ["Input.DisplayName"] = "Henk " + Guid.NewGuid().ToString("N")[..4], ["Input.Protection"] = "Normaal", ["Input.Willingness"] = "Wil", ["Input.Compensation"] = "Vrijwilliger", ["Input.Stance"] = "Onbekend" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task<(HttpStatusCode Status, JsonElement? Json, string Body)> GraphAsync(HttpClient client, Guid approachId, string? date = null)
    {
        var response = await client.GetAsync($"/aanpakken/{approachId}/netwerk?handler=Graaf" + (date is null ? "" : "&datum=" + date));
        var body = await response.Content.ReadAsStringAsync();
        var json = response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(body).RootElement.Clone() : (JsonElement?)null;
        return (response.StatusCode, json, body);
    }

    private static List<string> Names(JsonElement json) => json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GraphHandler_ByRole_CoreTeamGetsNodesAndTiesPartnerOnlyOwnContactsOtherOrganisationNotFound(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approachId = await NetworkApiTests.NewApproachAsync(app, a);
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new ApproachMember { OrganisationId = a.Organisation.Id, ApproachId = approachId, UserId = a.Users[OrgRole.Partner].Id, Role = ApproachRole.Partner });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var mine = await NetworkApiTests.AddActorAsync(app, a, "Partnercontact " + Guid.NewGuid().ToString("N")[..6], contact: a.Users[OrgRole.Partner].Id, approachId: approachId);
        var other = await NetworkApiTests.AddActorAsync(app, a, "Teamcontact " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        var third = await NetworkApiTests.AddActorAsync(app, a, "Derde " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        await NetworkApiTests.AddRelationAsync(app, a, mine.Id, other.Id, approachId);
        await NetworkApiTests.AddRelationAsync(app, a, other.Id, third.Id, approachId);
        await app.InScopeAsync(async (_, db) =>
        {
            var actor = await db.Set<NetworkActor>().FindAsync(other.Id);
            actor!.Roles = ["sleutelpersoon"];
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);

        var (teamStatus, team, _) = await GraphAsync(await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]), approachId);
        Assert.Equal(HttpStatusCode.OK, teamStatus);
        Assert.Equal(new[] { mine.DisplayName, other.DisplayName, third.DisplayName }.Order(StringComparer.Ordinal), Names(team!.Value).Order(StringComparer.Ordinal), StringComparer.Ordinal);
        var edges = team.Value.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(2, edges.Count);
        Assert.All(edges, e => Assert.True(e.GetProperty("bridge").GetBoolean())); // a path: every tie is a bridge
        var middle = team.Value.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("actorId").GetGuid() == other.Id);
        Assert.True(middle.GetProperty("cutVertex").GetBoolean());
        Assert.Equal(1.0, middle.GetProperty("degree").GetDouble(), 9);
        Assert.Equal(1.0, middle.GetProperty("betweenness").GetDouble(), 9);
        Assert.Equal("Persoon", middle.GetProperty("kind").GetString());
        Assert.Equal("sleutelpersoon", middle.GetProperty("roles")[0].GetProperty("id").GetString());
        Assert.True(team.Value.GetProperty("isToday").GetBoolean());

        var (partnerStatus, partner, partnerBody) = await GraphAsync(await app.SignedInClientAsync(a.Users[OrgRole.Partner]), approachId);
        Assert.Equal(HttpStatusCode.OK, partnerStatus);
        Assert.Equal([mine.DisplayName], Names(partner!.Value));
        Assert.Empty(partner.Value.GetProperty("edges").EnumerateArray());
        Assert.DoesNotContain(other.DisplayName, partnerBody, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id.ToString(), partnerBody, StringComparison.OrdinalIgnoreCase);

        var (foreignStatus, _, foreignBody) = await GraphAsync(await app.SignedInClientAsync(b.Users[OrgRole.Wijkverbinder]), approachId);
        Assert.Equal(HttpStatusCode.NotFound, foreignStatus);
        Assert.DoesNotContain(mine.DisplayName, foreignBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GraphHandler_OnAnEarlierDate_ShowsOnlyTheActorsAndTiesOfThatDay(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NetworkApiTests.NewApproachAsync(app, a);
        var early = await NetworkApiTests.AddActorAsync(app, a, "Vroeg " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        var late = await NetworkApiTests.AddActorAsync(app, a, "Laat " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        await NetworkApiTests.AddRelationAsync(app, a, early.Id, late.Id, approachId);
        await app.InScopeAsync(async (_, db) =>
        {
            (await db.Set<NetworkActor>().FindAsync(early.Id))!.MemberSince = new DateOnly(2024, 1, 1);
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var (_, today, _) = await GraphAsync(client, approachId);
        Assert.Equal(2, today!.Value.GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, today.Value.GetProperty("edges").GetArrayLength());
        var (status, then, _) = await GraphAsync(client, approachId, "2024-06-01");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([early.DisplayName], Names(then!.Value));
        Assert.Equal(0, then.Value.GetProperty("edges").GetArrayLength());
        Assert.Equal("2024-06-01", then.Value.GetProperty("asOf").GetString());
        Assert.False(then.Value.GetProperty("isToday").GetBoolean());

        var page = await client.GetStringAsync($"/aanpakken/{approachId}/netwerk?datum=2024-06-01");
        Assert.Contains("U ziet het netwerk zoals het was op 1 juni 2024.", page, StringComparison.Ordinal);
        var source = System.Text.RegularExpressions.Regex.Match(page, "data-source=\"([^\"]*)\"").Groups[1].Value;
        Assert.Contains("handler=Graaf", source, StringComparison.Ordinal);
        Assert.Contains("datum=2024-06-01", source, StringComparison.Ordinal);
        Assert.DoesNotContain(late.DisplayName, page, StringComparison.Ordinal);

        var (badStatus, _, badBody) = await GraphAsync(client, approachId, "1999-12-31");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("Controleer het jaartal", badBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GraphHandler_ProtectedPerson_RealNameNeverInTheJsonWithoutNeedToKnow(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NetworkApiTests.NewApproachAsync(app, a);
        var secret = "Bedreigd " + Guid.NewGuid().ToString("N")[..6];
        var person = await NetworkApiTests.AddActorAsync(app, a, secret, ProtectionLevel.Bedreigd, approachId: approachId);
        var friend = await NetworkApiTests.AddActorAsync(app, a, "Buur " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        await NetworkApiTests.AddRelationAsync(app, a, friend.Id, person.Id, approachId);
        await app.InScopeAsync(async (_, db) =>
        {
            (await db.Set<NetworkActor>().FindAsync(person.Id))!.Roles = ["sleutelpersoon"];
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);

        var (_, json, body) = await GraphAsync(await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]), approachId);
        Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        var node = json!.Value.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("actorId").GetGuid() == person.Id);
        Assert.Equal(NetworkAccess.Pseudonym(person.Id), node.GetProperty("name").GetString());
        Assert.True(node.GetProperty("pseudonymised").GetBoolean());
        Assert.Equal(0, node.GetProperty("roles").GetArrayLength());
        Assert.Equal(1, json.Value.GetProperty("edges").GetArrayLength());

        var (_, _, coordinatorBody) = await GraphAsync(await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]), approachId);
        Assert.Contains(secret, coordinatorBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NetworkPage_InvalidDate_ShowsDutchMessageKeepsValueAndShowsToday(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NetworkApiTests.NewApproachAsync(app, a);
        var actor = await NetworkApiTests.AddActorAsync(app, a, "Vandaag " + Guid.NewGuid().ToString("N")[..6], approachId: approachId);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/aanpakken/{approachId}/netwerk";

        var early = await client.GetAsync(url + "?datum=1999-12-31");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var html = await early.Content.ReadAsStringAsync();
        Assert.Contains("Deze datum ligt vóór 1-1-2000. Controleer het jaartal.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("value=\"1999-12-31\"", html, StringComparison.Ordinal);
        Assert.Contains(actor.DisplayName, html, StringComparison.Ordinal); // today's network instead
        Assert.DoesNotContain("U ziet het netwerk zoals het was op", html, StringComparison.Ordinal);

        var future = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(url + "?datum=2999-01-01"));
        Assert.Contains("Deze datum ligt in de toekomst.", future, StringComparison.Ordinal);
        var garbage = await client.GetStringAsync(url + "?datum=morgen");
        Assert.Contains("Vul een geldige datum in (dag-maand-jaar).", garbage, StringComparison.Ordinal);
        Assert.Contains("value=\"morgen\"", garbage, StringComparison.Ordinal);
    }
}
