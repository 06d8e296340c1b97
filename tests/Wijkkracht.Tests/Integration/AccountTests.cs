using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Sign-in, lockout, flood protection, passwords, second factor, sign-out and immediate effect of changes.</summary>
public sealed class AccountTests
{
    private static async Task<(TestApp App, TestOrg Org)> NewAppAsync(DatabaseProvider provider, Dictionary<string, string?>? settings = null)
    {
        var app = new TestApp(provider, settings);
        var org = await app.CreateOrganisationAsync("GM0003", "Cdorp");
        return (app, org);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignIn_FiveWrongPasswords_LocksAccountEvenForRightPassword(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Partner];
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
            await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = "fout-wachtwoord-" + i });
        var response = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var locked = ErrorMessage(await response.Content.ReadAsStringAsync());
        var unknown = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = "niemand@cdorp.example", ["Input.Password"] = TestApp.Password });
        Assert.Equal(ErrorMessage(await unknown.Content.ReadAsStringAsync()), locked);
        Assert.DoesNotContain("geblokkeerd", locked, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignIn_UnknownInactiveOrWrongPassword_GiveTheSameMessage(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var inactive = org.Users[OrgRole.Netwerklid];
        await app.InScopeAsync(async (_, db) =>
        {
            var u = await db.Users.SingleAsync(x => x.Id == inactive.Id);
            u.IsActive = false;
            return await db.SaveChangesAsync();
        }, org.Organisation.Id);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var messages = new List<string>();
        foreach (var (email, password) in new[] { ("niemand@cdorp.example", "Wat-dan-ook-123456"), (org.Users[OrgRole.Partner].Email!, "Wat-dan-ook-123456"), (inactive.Email!, TestApp.Password) })
        {
            var response = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = email, ["Input.Password"] = password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            messages.Add(ErrorMessage(await response.Content.ReadAsStringAsync()));
        }

        Assert.NotEmpty(messages[0]);
        Assert.All(messages, m => Assert.Equal(messages[0], m));
    }

    /// <summary>The text of the password field's error message.</summary>
    private static string ErrorMessage(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "id=\"Input_Password-error\"[^>]*>(.*?)</", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "No error message for the password field.");
        return match.Groups[1].Value.Trim();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignIn_FloodFromOneAddress_Returns429(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider, new() { ["Security:LoginAttemptsPerMinute"] = "3" });
        using var _ = app;
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@y.nl" }))).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Activation_CommonOrShortPassword_IsRefusedWithDutchMessage(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var browser = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        var response = await TestApp.PostFormAsync(browser, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Nina Nieuw",
            ["Input.Email"] = "nina@cdorp.example",
            ["Input.Role"] = "Partner",
            ["Input.IsActive"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var token = AccountActivationTests.TokenFrom(await browser.GetStringAsync(response.Headers.Location!.OriginalString));
        var visitor = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var url = "/activeren?token=" + Uri.EscapeDataString(token);
        response = await TestApp.PostFormAsync(visitor, url, new() { ["Token"] = token, ["Input.Password"] = "Password2024!", ["Input.ConfirmPassword"] = "Password2024!" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("te bekend", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        response = await TestApp.PostFormAsync(visitor, url, new() { ["Token"] = token, ["Input.Password"] = "kort", ["Input.ConfirmPassword"] = "kort" });
        Assert.Contains("minstens 12 tekens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignOut_OldSessionCookie_NoLongerWorks(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Coordinator];
        var browser = await app.SignedInClientAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/aanpakken")).StatusCode);
        var stolen = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var cookieHeader = await CookieHeaderAsync(app, user);
        stolen.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/aanpakken")).StatusCode);

        var signOut = await TestApp.PostFormAsync(browser, "/uitloggen", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await stolen.GetAsync("/aanpakken");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/inloggen", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignIn_WithTotpEnabled_NeedsRightCode(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Wijkverbinder];
        var key = await app.InScopeAsync(async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var u = (await users.FindByIdAsync(user.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(u);
            await users.SetTwoFactorEnabledAsync(u, true);
            return (await users.GetAuthenticatorKeyAsync(u))!;
        }, org.Organisation.Id);

        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var first = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = TestApp.Password });
        Assert.Equal("/inloggen/tweestaps", first.Headers.Location?.OriginalString.Split('?')[0]);
        var wrong = await TestApp.PostFormAsync(client, "/inloggen/tweestaps", new() { ["Code"] = "000000" });
        Assert.Contains("Deze code klopt niet", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await TestApp.PostFormAsync(client, "/inloggen/tweestaps", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/aanpakken")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task OrganisationRequiresMfa_UserWithoutSecondFactor_IsSentToSetup(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        await app.InScopeAsync(async (_, db) =>
        {
            var o = await db.Organisations.IgnoreQueryFilters().SingleAsync(x => x.Id == org.Organisation.Id);
            o.MfaRequired = true;
            return await db.SaveChangesAsync();
        }, org.Organisation.Id);
        var browser = await app.SignedInClientAsync(org.Users[OrgRole.Partner]);
        var response = await browser.GetAsync("/aanpakken");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/tweestaps", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/tweestaps")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RemoveMember_NextRequest_ApproachIsNotFound(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var partner = org.Users[OrgRole.Partner];
        var browser = await app.SignedInClientAsync(partner);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/aanpakken/{org.Approach.Id}")).StatusCode);
        var coordinator = org.Users[OrgRole.Coordinator];
        var removed = await app.AsActorAsync(new Actor(coordinator.Id, org.Organisation.Id, coordinator.Role, coordinator.DisplayName), (sp, _) =>
            sp.GetRequiredService<ApproachService>().RemoveMemberAsync(org.Approach.Id, org.PartnerMember.Id, new Actor(coordinator.Id, org.Organisation.Id, coordinator.Role, coordinator.DisplayName)));
        Assert.True(removed.IsOk);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/aanpakken/{org.Approach.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeactivateUser_NextRequest_IsSignedOut(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Wijkverbinder];
        var browser = await app.SignedInClientAsync(user);
        var api = await app.ApiClientAsync(user);
        await app.InScopeAsync(async (_, db) =>
        {
            var u = await db.Users.SingleAsync(x => x.Id == user.Id);
            u.IsActive = false;
            return await db.SaveChangesAsync();
        }, org.Organisation.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/aanpakken")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/approaches")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SessionCookie_AfterRestartOnSameDatabase_StillWorks(DatabaseProvider provider)
    {
        // Two hosts on one database, one after the other: the second reads the key ring the first wrote.
        using var first = new TestApp(provider);
        var org = await first.CreateOrganisationAsync("GM0004", "Ddorp");
        var cookie = await CookieHeaderAsync(first, org.Users[OrgRole.Coordinator]);

        using var second = new TestApp(provider, connectionString: first.ConnectionString);
        var client = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/aanpakken")).StatusCode);
        var keys = await second.InScopeAsync((_, db) => db.DataProtectionKeys.CountAsync());
        Assert.True(keys >= 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Setup_WithoutTokenNotFound_WithTokenCreatesOrganisationAndAdmin(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/installatie?token=fout")).StatusCode);
        var token = app.Services.GetRequiredService<Wijkkracht.Core.Setup.SetupToken>().Current;
        Assert.NotNull(token);
        var invalid = await TestApp.PostFormAsync(client, $"/installatie?token={token}", new() { ["Token"] = token!, ["Input.GmCode"] = "0363" });
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("GM0363", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0363\"", html, StringComparison.Ordinal);

        var ok = await TestApp.PostFormAsync(client, $"/installatie?token={token}", new()
        {
            ["Token"] = token!,
            ["Input.OrganisationName"] = "Gemeente Proefstad",
            ["Input.GmCode"] = "GM0999",
            ["Input.AdminName"] = "Eerste Beheerder",
            ["Input.AdminEmail"] = "beheer@proefstad.example",
            ["Input.Password"] = "Fietsen-langs-de-Zaan-in-mei",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer/organisatie")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/installatie?token={token}")).StatusCode);
    }

    /// <summary>Signs in with a cookie-less client and returns its session cookie as a Cookie header.</summary>
    private static async Task<string> CookieHeaderAsync(TestApp app, AppUser user)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/inloggen");
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("wijkkracht-af", StringComparison.Ordinal)).Split(';')[0];
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = user.Email!,
                ["Input.Password"] = TestApp.Password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("wijkkracht=", StringComparison.Ordinal)).Split(';')[0];
    }
}
