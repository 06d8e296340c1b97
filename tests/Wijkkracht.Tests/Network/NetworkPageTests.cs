using System.Net;
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
}
