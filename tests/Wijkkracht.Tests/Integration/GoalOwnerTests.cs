using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Issue 9 §2: partners update the goals they own (status and progress note only), others without edit rights read the
/// goal as text, owners are members of the approach, and a network member as owner needs a confirmation. Page and API,
/// on both providers.
/// </summary>
public sealed class GoalOwnerTests(SharedApps apps) : IClassFixture<SharedApps>
{
    internal static Task<Goal> AddGoalAsync(TestApp app, TestOrg org, Guid? ownerId, string title) => app.InScopeAsync(async (_, db) =>
    {
        var goal = new Goal { OrganisationId = org.Organisation.Id, ApproachId = org.Approach.Id, Title = title, Level = PpctLevel.Micro, Term = GoalTerm.Kort, OwnerUserId = ownerId };
        db.Add(goal);
        await db.SaveChangesAsync();
        return goal;
    }, org.Organisation.Id);

    internal static Task<Guid> EnsureMemberAsync(TestApp app, TestOrg org, AppUser user, ApproachRole role) => app.InScopeAsync(async (_, db) =>
    {
        var existing = await db.ApproachMembers.FirstOrDefaultAsync(m => m.ApproachId == org.Approach.Id && m.UserId == user.Id);
        if (existing is not null)
            return existing.Id;
        var member = new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = org.Approach.Id, UserId = user.Id, Role = role };
        db.ApproachMembers.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }, org.Organisation.Id);

    private static Task<Goal> ReadGoalAsync(TestApp app, TestOrg org, Guid id) =>
        app.InScopeAsync((_, db) => db.Set<Goal>().AsNoTracking().SingleAsync(g => g.Id == id), org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PartnerOwner_UpdatesStatusAndProgressOnThePage_ButNotTheTitle(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var partner = a.Users[OrgRole.Partner];
        var goal = await AddGoalAsync(app, a, partner.Id, "Jongeren kennen het jongerenwerk " + Guid.NewGuid().ToString("N")[..6]);
        var browser = await app.SignedInClientAsync(partner);
        var url = $"/aanpakken/{a.Approach.Id}/doelen/{goal.Id}";

        var page = await browser.GetStringAsync(url);
        Assert.Contains("Voortgang bijwerken", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Title\"", page, StringComparison.Ordinal);

        var saved = await TestApp.PostFormAsync(browser, url, new()
        {
            ["Progress.Status"] = "Behaald",
            ["Progress.ProgressNote"] = "Twaalf jongeren kennen Joost nu bij naam.",
            ["Progress.Version"] = goal.Version.ToString(),
        }, url + "?handler=Voortgang");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await ReadGoalAsync(app, a, goal.Id);
        Assert.Equal(GoalStatus.Behaald, after.Status);
        Assert.Equal("Twaalf jongeren kennen Joost nu bij naam.", after.ProgressNote);
        Assert.Equal(goal.Title, after.Title);

        // The full edit form is refused for the owner: title, level and owner stay as they are.
        var refused = await TestApp.PostFormAsync(browser, url, new()
        {
            ["Input.Title"] = "Andere titel",
            ["Input.Level"] = "Macro",
            ["Input.Term"] = "Lang",
            ["Input.Status"] = "Gestopt",
            ["Input.Version"] = after.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("toegang-geweigerd", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
        var unchanged = await ReadGoalAsync(app, a, goal.Id);
        Assert.Equal(goal.Title, unchanged.Title);
        Assert.Equal(PpctLevel.Micro, unchanged.Level);
        Assert.Equal(GoalStatus.Behaald, unchanged.Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PartnerOwner_ProgressOverTheApi_IsSavedButTheFullUpdateIsForbidden(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var partner = a.Users[OrgRole.Partner];
        var goal = await AddGoalAsync(app, a, partner.Id, "Doel via de API " + Guid.NewGuid().ToString("N")[..6]);
        var api = await app.ApiClientAsync(partner);
        var url = $"/api/v1/approaches/{a.Approach.Id}/goals/{goal.Id}";

        var progress = await api.PutAsJsonAsync(url + "/progress", new { status = "Bezig", progressNote = "Eerste gesprekken gevoerd.", version = goal.Version });
        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        var json = JsonDocument.Parse(await progress.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Eerste gesprekken gevoerd.", json.GetProperty("progressNote").GetString());
        Assert.Equal("Bezig", json.GetProperty("status").GetString());

        var full = await api.PutAsJsonAsync(url, new { title = "Andere titel", level = "Macro", term = "Lang", version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, full.StatusCode);
        Assert.Equal("application/problem+json", full.Content.Headers.ContentType?.MediaType);
        Assert.Equal(goal.Title, (await ReadGoalAsync(app, a, goal.Id)).Title);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Partner_GoalOwnedBySomeoneElse_IsTextOnlyAndProgressIsRefused(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var partner = a.Users[OrgRole.Partner];
        var goal = await AddGoalAsync(app, a, a.Users[OrgRole.Wijkverbinder].Id, "Doel van de wijkverbinder " + Guid.NewGuid().ToString("N")[..6]);
        var browser = await app.SignedInClientAsync(partner);
        var url = $"/aanpakken/{a.Approach.Id}/doelen/{goal.Id}";

        var page = await browser.GetStringAsync(url);
        Assert.Contains(goal.Title, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Voortgang bijwerken", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<select", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", page, StringComparison.Ordinal);

        var token = await TestApp.AntiforgeryTokenAsync(browser, $"/aanpakken/{a.Approach.Id}/leden");
        var post = await browser.PostAsync(url + "?handler=Voortgang", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Progress.Status"] = "Gestopt",
            ["Progress.Version"] = goal.Version.ToString(),
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("toegang-geweigerd", post.Headers.Location?.ToString(), StringComparison.Ordinal);

        var api = await app.ApiClientAsync(partner);
        var refused = await api.PutAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/goals/{goal.Id}/progress", new { status = "Gestopt", version = goal.Version });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(GoalStatus.Gepland, (await ReadGoalAsync(app, a, goal.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GoalOwner_NotAMemberOfTheApproach_IsRefusedWithADutchMessage(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/goals";
        // The coordinator is a user of the organisation but no member of this approach; B's partner is another organisation's.
        foreach (var owner in new[] { a.Users[OrgRole.Coordinator].Id, b.Users[OrgRole.Partner].Id })
        {
            var refused = await api.PostAsJsonAsync(url, new { title = "Doel met eigenaar buiten de aanpak", level = "Meso", term = "Kort", ownerUserId = owner });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
            Assert.Equal(GoalService.OwnerNotMember, errors.GetProperty("OwnerUserId")[0].GetString());
        }

        var accepted = await api.PostAsJsonAsync(url, new { title = "Doel met de partner als eigenaar", level = "Meso", term = "Kort", ownerUserId = a.Users[OrgRole.Partner].Id });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);

        // The page's pick list offers members only.
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var form = await browser.GetStringAsync($"/aanpakken/{a.Approach.Id}/doelen/nieuw");
        Assert.Contains($"value=\"{a.Users[OrgRole.Partner].Id}\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{a.Users[OrgRole.Beheerder].Id}\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{b.Users[OrgRole.Partner].Id}\"", form, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GoalOwner_NetworkMember_WarnsAboutReportsUntilConfirmed(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var resident = a.Users[OrgRole.Netwerklid];
        await EnsureMemberAsync(app, a, resident, ApproachRole.Netwerklid);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var title = "Bewoners organiseren een buurtfeest " + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Level"] = "Exo",
            ["Input.Term"] = "Kort",
            ["Input.Status"] = "Gepland",
            ["Input.OwnerUserId"] = resident.Id.ToString(),
        };
        var warned = await TestApp.PostFormAsync(browser, $"/aanpakken/{a.Approach.Id}/doelen/nieuw", fields);
        var html = await warned.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("in rapportages te staan", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.ConfirmNetworkOwner\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", html, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync((_, db) => db.Set<Goal>().AnyAsync(g => g.Title == title), a.Organisation.Id));

        fields["Input.ConfirmNetworkOwner"] = "true";
        var saved = await TestApp.PostFormAsync(browser, $"/aanpakken/{a.Approach.Id}/doelen/nieuw", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await app.InScopeAsync((_, db) => db.Set<Goal>().AnyAsync(g => g.Title == title && g.OwnerUserId == resident.Id), a.Organisation.Id));

        var api = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var refused = await api.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/goals", new { title = title + " (API)", level = "Exo", term = "Kort", ownerUserId = resident.Id });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ConfirmNetworkOwner", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var confirmed = await api.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/goals", new { title = title + " (API)", level = "Exo", term = "Kort", ownerUserId = resident.Id, confirmNetworkOwner = true });
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
    }
}
