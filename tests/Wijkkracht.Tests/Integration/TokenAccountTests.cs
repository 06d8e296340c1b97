using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>API tokens pass the same account checks as a session; a Beheerder sees and revokes a user's tokens.</summary>
public sealed class TokenAccountTests
{
    private static async Task<(TestApp App, TestOrg Org)> NewAppAsync(DatabaseProvider provider)
    {
        var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0005", "Edorp");
        return (app, org);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":" + (int)status, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_UserDemotedToNetwerklid_Answers403Problem(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Partner];
        var api = await app.ApiClientAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/approaches")).StatusCode);
        await app.InScopeAsync(async (_, db) =>
        {
            var u = await db.Users.SingleAsync(x => x.Id == user.Id);
            u.Role = OrgRole.Netwerklid;
            return await db.SaveChangesAsync();
        }, org.Organisation.Id);
        await AssertProblemAsync(await api.GetAsync("/api/v1/approaches"), HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_UserDeactivated_Answers401Problem(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Wijkverbinder];
        var api = await app.ApiClientAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/approaches")).StatusCode);
        await app.InScopeAsync(async (_, db) =>
        {
            var u = await db.Users.SingleAsync(x => x.Id == user.Id);
            u.IsActive = false;
            return await db.SaveChangesAsync();
        }, org.Organisation.Id);
        await AssertProblemAsync(await api.GetAsync("/api/v1/approaches"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Token_MfaMandatoryAndUserHasNone_Answers403Problem(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var api = await app.ApiClientAsync(org.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/approaches")).StatusCode);
        await app.InScopeAsync(async (_, db) =>
        {
            var o = await db.Organisations.IgnoreQueryFilters().SingleAsync(x => x.Id == org.Organisation.Id);
            o.MfaRequired = true;
            return await db.SaveChangesAsync();
        }, org.Organisation.Id);
        var response = await api.GetAsync("/api/v1/approaches");
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("tweestapsverificatie", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Beheerder_RevokesAnotherUsersToken_TokenStopsWorking(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Wijkverbinder];
        var api = await app.ApiClientAsync(user);
        var token = await app.InScopeAsync((_, db) => db.ApiTokens.IgnoreQueryFilters().SingleAsync(t => t.UserId == user.Id), org.Organisation.Id);
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);

        var page = await admin.GetStringAsync($"/beheer/gebruikers/{user.Id}");
        Assert.Contains(token.Prefix, page, StringComparison.Ordinal);
        Assert.DoesNotContain(token.TokenHash, page, StringComparison.Ordinal);

        var revoke = await TestApp.PostFormAsync(admin, $"/beheer/gebruikers/{user.Id}", new() { ["tokenId"] = token.Id.ToString() },
            $"/beheer/gebruikers/{user.Id}?handler=TokenIntrekken");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/approaches")).StatusCode);
        Assert.Contains("Ingetrokken", await admin.GetStringAsync($"/beheer/gebruikers/{user.Id}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Beheerder_RevokeTokenOfOtherOrganisation_IsNotFound(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var other = await app.CreateOrganisationAsync("GM0006", "Fdorp");
        var victim = other.Users[OrgRole.Wijkverbinder];
        var api = await app.ApiClientAsync(victim);
        var token = await app.InScopeAsync((_, db) => db.ApiTokens.IgnoreQueryFilters().SingleAsync(t => t.UserId == victim.Id), other.Organisation.Id);
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        var ownUser = org.Users[OrgRole.Partner].Id;
        foreach (var userId in new[] { victim.Id, ownUser })
        {
            var revoke = await TestApp.PostFormAsync(admin, $"/beheer/gebruikers/{ownUser}", new() { ["tokenId"] = token.Id.ToString() },
                $"/beheer/gebruikers/{userId}?handler=TokenIntrekken");
            Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/approaches")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChangePassword_RevokeTokensTickedOrNot_RevokesTokensAndTheCalendarLinkOnlyWhenTicked(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Coordinator];
        var api = await app.ApiClientAsync(user);
        var browser = await app.SignedInClientAsync(user);
        Assert.Contains("name=\"Input.RevokeTokens\" value=\"true\" checked", await browser.GetStringAsync("/account"), StringComparison.Ordinal);
        var feedUrl = new Uri(System.Text.Json.JsonDocument.Parse(await (await api.PostAsync("/api/v1/account/calendar-feed", null)).Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!).AbsolutePath;
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(feedUrl)).StatusCode);

        const string second = "Zomeravond-aan-de-Vecht-met-fietsen";
        var kept = await TestApp.PostFormAsync(browser, "/account", new()
        {
            ["Input.CurrentPassword"] = TestApp.Password,
            ["Input.NewPassword"] = second,
            ["Input.RevokeTokens"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/approaches")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(feedUrl)).StatusCode);

        var revoked = await TestApp.PostFormAsync(browser, "/account", new()
        {
            ["Input.CurrentPassword"] = second,
            ["Input.NewPassword"] = "Herfstwandeling-door-het-Amsterdamse-bos",
            ["Input.RevokeTokens"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/approaches")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feedUrl)).StatusCode);
    }
}
