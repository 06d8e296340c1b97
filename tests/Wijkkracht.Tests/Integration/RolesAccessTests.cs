using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Issue 9 §2 and §8: "uw rol in deze aanpak", a "geen toegang" page that names who can grant access (own organisation
/// only), a coordinator's invitation of a partner, and a confirmation before removing a member.
/// </summary>
public sealed class RolesAccessTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApproachPage_ShowsMyRoleInThisApproachWithWhatItMayDo(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var partner = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        var html = await partner.GetStringAsync($"/aanpakken/{a.Approach.Id}/doelen");
        Assert.Contains("Uw rol in deze aanpak: Partner.", html, StringComparison.Ordinal);
        Assert.Contains(RoleLabels.Explain(ApproachRole.Partner), html, StringComparison.Ordinal);

        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Contains("Uw rol in deze aanpak: geen lid (coördinator).", await coordinator.GetStringAsync($"/aanpakken/{a.Approach.Id}/leden"), StringComparison.Ordinal);
    }

    [Fact]
    public void RoleLabels_OrganisationAndApproachRoles_ShareNoWord()
    {
        var org = Enum.GetValues<OrgRole>().Select(RoleLabels.For).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var approach = Enum.GetValues<ApproachRole>().Select(RoleLabels.For).ToList();
        Assert.All(approach, label => Assert.DoesNotContain(label, org));
        Assert.All(Enum.GetValues<ApproachRole>(), r => Assert.False(string.IsNullOrWhiteSpace(RoleLabels.Explain(r))));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AccessDenied_OnAnApproachPage_NamesItsLeadsFromTheOwnOrganisationOnly(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Coordinator], ApproachRole.Gemeenteverbinder);
        var partner = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        var denied = await partner.GetAsync($"/aanpakken/{a.Approach.Id}/doelen/nieuw");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var page = await partner.GetAsync(denied.Headers.Location!.OriginalString);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains($"vraag het aan <strong>{a.Users[OrgRole.Coordinator].DisplayName}</strong>", html, StringComparison.Ordinal);
        Assert.Contains(a.Approach.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Beekstad", html, StringComparison.Ordinal);

        // An approach of another organisation in the return address names nobody of that organisation.
        var crafted = await (await partner.GetAsync($"/toegang-geweigerd?ReturnUrl=/aanpakken/{b.Approach.Id}/doelen/nieuw")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Beekstad", crafted, StringComparison.Ordinal);
        Assert.Contains(a.Users[OrgRole.Beheerder].DisplayName, crafted, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AccessDenied_OnAnOrganisationPage_NamesTheBeheerders(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var partner = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        var denied = await partner.GetAsync("/beheer/gebruikers");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var page = await partner.GetAsync(denied.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"<strong>{a.Users[OrgRole.Beheerder].DisplayName}</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Beekstad", html, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Users[OrgRole.Coordinator].DisplayName, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invite_NewEmail_CreatesAccountMembershipAndActivationLink(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var members = $"/aanpakken/{a.Approach.Id}/leden";
        var email = $"wijkagent-{Guid.NewGuid().ToString("N")[..8]}@politie.example";
        var invited = await TestApp.PostFormAsync(coordinator, members, new()
        {
            ["Invite.DisplayName"] = "Wendy Wijkagent",
            ["Invite.Email"] = email,
            ["Invite.PartnerType"] = "Politie",
            ["Invite.Role"] = "Partner",
        }, members + "?handler=Uitnodigen");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var user = await app.InScopeAsync((_, db) => db.Users.SingleAsync(u => u.Email == email), a.Organisation.Id);
        Assert.Equal(OrgRole.Partner, user.Role);
        Assert.Equal(a.Organisation.Id, user.OrganisationId);
        Assert.Null(user.PasswordHash);
        var member = await app.InScopeAsync((_, db) => db.ApproachMembers.SingleAsync(m => m.UserId == user.Id), a.Organisation.Id);
        Assert.Equal((a.Approach.Id, ApproachRole.Partner, PartnerType.Politie), (member.ApproachId, member.Role, member.PartnerType));
        var html = await coordinator.GetStringAsync(members);
        var token = AccountActivationTests.TokenFrom(html);
        Assert.Equal(ApiTokenService.Hash(token), await app.InScopeAsync((_, db) => db.Set<ActivationLink>().Where(l => l.UserId == user.Id).Select(l => l.TokenHash).SingleAsync(), a.Organisation.Id));
        Assert.DoesNotContain("/activeren?token=", await coordinator.GetStringAsync(members), StringComparison.Ordinal);

        // A resident invited as netwerklid gets a Bewoner account.
        var resident = $"bewoner-{Guid.NewGuid().ToString("N")[..8]}@mail.example";
        await TestApp.PostFormAsync(coordinator, members, new() { ["Invite.DisplayName"] = "Bert Bewoner", ["Invite.Email"] = resident, ["Invite.PartnerType"] = "Bewoner", ["Invite.Role"] = "Netwerklid" }, members + "?handler=Uitnodigen");
        Assert.Equal(OrgRole.Netwerklid, await app.InScopeAsync((_, db) => db.Users.Where(u => u.Email == resident).Select(u => u.Role).SingleAsync(), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invite_ExistingAccountOfTheOrganisation_AddsOnlyTheMembership(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var resident = a.Users[OrgRole.Netwerklid];
        await app.InScopeAsync(async (_, db) => await db.ApproachMembers.Where(m => m.UserId == resident.Id).ExecuteDeleteAsync(), a.Organisation.Id);
        var usersBefore = await app.InScopeAsync((_, db) => db.Users.CountAsync(), a.Organisation.Id);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var members = $"/aanpakken/{a.Approach.Id}/leden";
        var invited = await TestApp.PostFormAsync(coordinator, members, new()
        {
            ["Invite.DisplayName"] = "Een andere naam",
            ["Invite.Email"] = resident.Email!.ToUpperInvariant(),
            ["Invite.PartnerType"] = "Bewoner",
            ["Invite.Role"] = "Netwerklid",
        }, members + "?handler=Uitnodigen");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal(usersBefore, await app.InScopeAsync((_, db) => db.Users.CountAsync(), a.Organisation.Id));
        Assert.True(await app.InScopeAsync((_, db) => db.ApproachMembers.AnyAsync(m => m.UserId == resident.Id && m.ApproachId == a.Approach.Id && m.Role == ApproachRole.Netwerklid), a.Organisation.Id));
        Assert.False(await app.InScopeAsync((_, db) => db.Set<ActivationLink>().AnyAsync(l => l.UserId == resident.Id), a.Organisation.Id));
        Assert.Equal(resident.DisplayName, await app.InScopeAsync((_, db) => db.Users.Where(u => u.Id == resident.Id).Select(u => u.DisplayName).SingleAsync(), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Invite_EmailOfAnotherOrganisation_IsNeverMatched(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var foreign = b.Users[OrgRole.Partner];
        var usersBefore = await app.InScopeAsync((_, db) => db.Users.CountAsync());
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var members = $"/aanpakken/{a.Approach.Id}/leden";
        var response = await TestApp.PostFormAsync(coordinator, members, new()
        {
            ["Invite.DisplayName"] = "Iemand",
            ["Invite.Email"] = foreign.Email!,
            ["Invite.PartnerType"] = "Politie",
            ["Invite.Role"] = "Partner",
        }, members + "?handler=Uitnodigen");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DutchIdentityErrorDescriber.UnusableEmail, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{foreign.Email}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.DisplayName, html, StringComparison.Ordinal);
        Assert.Equal(usersBefore, await app.InScopeAsync((_, db) => db.Users.CountAsync()));
        Assert.False(await app.InScopeAsync((_, db) => db.ApproachMembers.IgnoreQueryFilters().AnyAsync(m => m.UserId == foreign.Id && m.ApproachId == a.Approach.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RemoveMember_AsksForConfirmationNamingThePersonFirst(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var resident = a.Users[OrgRole.Netwerklid];
        var memberId = await GoalOwnerTests.EnsureMemberAsync(app, a, resident, ApproachRole.Netwerklid);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var members = $"/aanpakken/{a.Approach.Id}/leden";

        var list = await coordinator.GetStringAsync(members);
        Assert.Contains($"?verwijder={memberId}#bevestig", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja, verwijder", list, StringComparison.Ordinal);

        var confirm = await coordinator.GetStringAsync($"{members}?verwijder={memberId}");
        Assert.Contains($"{resident.DisplayName} verwijderen uit de aanpak?", confirm, StringComparison.Ordinal);
        Assert.Contains("Ja, verwijder", confirm, StringComparison.Ordinal);
        Assert.Contains("Annuleren", confirm, StringComparison.Ordinal);
        Assert.True(await app.InScopeAsync((_, db) => db.ApproachMembers.AnyAsync(m => m.Id == memberId), a.Organisation.Id));

        var removed = await TestApp.PostFormAsync(coordinator, $"{members}?verwijder={memberId}", new() { ["memberId"] = memberId.ToString() }, members + "?handler=Verwijder");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.InScopeAsync((_, db) => db.ApproachMembers.AnyAsync(m => m.Id == memberId), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UserPage_ShowsAndEditsTheUsersApproaches(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var resident = a.Users[OrgRole.Netwerklid];
        await app.InScopeAsync(async (_, db) => await db.ApproachMembers.Where(m => m.UserId == resident.Id).ExecuteDeleteAsync(), a.Organisation.Id);
        var admin = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var page = $"/beheer/gebruikers/{resident.Id}";

        var refused = await TestApp.PostFormAsync(admin, page, new() { ["Membership.ApproachId"] = a.Approach.Id.ToString(), ["Membership.Role"] = "Wijkverbinder" }, page + "?handler=AanpakToevoegen");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("kan in een aanpak geen wijkverbinder zijn", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var added = await TestApp.PostFormAsync(admin, page, new() { ["Membership.ApproachId"] = a.Approach.Id.ToString(), ["Membership.Role"] = "Netwerklid", ["Membership.PartnerType"] = "Bewoner" }, page + "?handler=AanpakToevoegen");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var member = await app.InScopeAsync((_, db) => db.ApproachMembers.SingleAsync(m => m.UserId == resident.Id && m.ApproachId == a.Approach.Id), a.Organisation.Id);
        Assert.Equal(PartnerType.Bewoner, member.PartnerType);
        Assert.Contains(a.Approach.Title, await admin.GetStringAsync(page), StringComparison.Ordinal);

        var removed = await TestApp.PostFormAsync(admin, page, new() { ["memberId"] = member.Id.ToString() }, page + "?handler=AanpakVerwijderen");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.InScopeAsync((_, db) => db.ApproachMembers.AnyAsync(m => m.Id == member.Id), a.Organisation.Id));
    }
}
