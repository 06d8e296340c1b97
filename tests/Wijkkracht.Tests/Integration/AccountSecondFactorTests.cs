using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Second factor: re-authentication for changes, recovery codes, the Beheerder's reset, no state change on GET.</summary>
public sealed partial class AccountSecondFactorTests
{
    private static async Task<(TestApp App, TestOrg Org)> NewAppAsync(DatabaseProvider provider)
    {
        var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0007", "Gdorp");
        return (app, org);
    }

    private static Task<AppUser> ReloadAsync(TestApp app, AppUser user) =>
        app.InScopeAsync((_, db) => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id), user.OrganisationId);

    /// <summary>Sets up TOTP through the pages (GET, start, confirm) and returns the key and the recovery codes shown.</summary>
    private static async Task<(string Key, List<string> Codes)> SetUpTotpAsync(TestApp app, HttpClient browser, AppUser user)
    {
        Assert.Contains("Begin met instellen", await browser.GetStringAsync("/account/tweestaps"), StringComparison.Ordinal);
        var start = await TestApp.PostFormAsync(browser, "/account/tweestaps", [], "/account/tweestaps?handler=Sleutel");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var key = await app.InScopeAsync((sp, _) => GetKeyAsync(sp, user), user.OrganisationId);
        Assert.False(string.IsNullOrEmpty(key));
        var confirm = await TestApp.PostFormAsync(browser, "/account/tweestaps", new() { ["Code"] = Totp.Code(key!, DateTimeOffset.UtcNow) });
        var html = await confirm.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var codes = RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        return (key!, codes);
    }

    private static async Task<string?> GetKeyAsync(IServiceProvider sp, AppUser user)
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id.ToString()))!);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TotpPage_Get_DoesNotCreateOrResetKey(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Partner];
        var browser = await app.SignedInClientAsync(user);
        await browser.GetStringAsync("/account/tweestaps");
        Assert.Null(await app.InScopeAsync((sp, _) => GetKeyAsync(sp, user), org.Organisation.Id));
        await TestApp.PostFormAsync(browser, "/account/tweestaps", [], "/account/tweestaps?handler=Sleutel");
        var key = await app.InScopeAsync((sp, _) => GetKeyAsync(sp, user), org.Organisation.Id);
        await browser.GetStringAsync("/account/tweestaps");
        Assert.Equal(key, await app.InScopeAsync((sp, _) => GetKeyAsync(sp, user), org.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DisableTotp_WithoutOrWithWrongConfirmation_IsRefused_WithPasswordSucceeds(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Wijkverbinder];
        var browser = await app.SignedInClientAsync(user);
        await SetUpTotpAsync(app, browser, user);
        Assert.True((await ReloadAsync(app, user)).TwoFactorEnabled);

        foreach (var confirmation in new[] { "", "Verkeerd-wachtwoord-hier" })
        {
            var refused = await TestApp.PostFormAsync(browser, "/account/tweestaps", new() { ["Confirmation"] = confirmation }, "/account/tweestaps?handler=Uitzetten");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Confirmation-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True((await ReloadAsync(app, user)).TwoFactorEnabled);
        }

        var ok = await TestApp.PostFormAsync(browser, "/account/tweestaps", new() { ["Confirmation"] = TestApp.Password }, "/account/tweestaps?handler=Uitzetten");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.False((await ReloadAsync(app, user)).TwoFactorEnabled);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecoveryCode_AtSecondStep_SignsInOnlyOnce(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Coordinator];
        var (_, codes) = await SetUpTotpAsync(app, await app.SignedInClientAsync(user), user);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var client = app.CreateClient(new() { AllowAutoRedirect = false });
            var first = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = TestApp.Password });
            Assert.StartsWith("/inloggen/tweestaps", first.Headers.Location?.OriginalString, StringComparison.Ordinal);
            var second = await TestApp.PostFormAsync(client, "/inloggen/tweestaps", new() { ["Code"] = codes[0] });
            if (attempt == 0)
            {
                Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/aanpakken")).StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, second.StatusCode);
                Assert.Contains("Deze code klopt niet", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Beheerder_ResetsSecondFactor_UserSignsInWithPasswordAndResetIsAudited(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Partner];
        await SetUpTotpAsync(app, await app.SignedInClientAsync(user), user);
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        var reset = await TestApp.PostFormAsync(admin, $"/beheer/gebruikers/{user.Id}", [], $"/beheer/gebruikers/{user.Id}?handler=TweestapsResetten");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False((await ReloadAsync(app, user)).TwoFactorEnabled);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = TestApp.Password });
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        var audited = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .AnyAsync(e => e.EntityId == user.Id.ToString() && e.ActorUserId == org.Users[OrgRole.Beheerder].Id && e.Summary.Contains("Tweestapsverificatie")), org.Organisation.Id);
        Assert.True(audited);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TotpCode_UsedTwiceInItsWindow_IsRefusedTheSecondTime(DatabaseProvider provider)
    {
        var (app, org) = await NewAppAsync(provider);
        using var _ = app;
        var user = org.Users[OrgRole.Wijkverbinder];
        var (key, _) = await SetUpTotpAsync(app, await app.SignedInClientAsync(user), user);
        // The set-up may have used this code already; whether the first sign-in with it works or not, a second
        // sign-in with the same code must be refused.
        var code = Totp.Code(key, DateTimeOffset.UtcNow);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            var client = app.CreateClient(new() { AllowAutoRedirect = false });
            await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = TestApp.Password });
            statuses.Add((await TestApp.PostFormAsync(client, "/inloggen/tweestaps", new() { ["Code"] = code })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[1]);
    }

    [GeneratedRegex("<code class=\"wk-secret\">([A-Z0-9]{5}-[A-Z0-9]{5})</code>")]
    private static partial Regex RecoveryCodePattern();
}
