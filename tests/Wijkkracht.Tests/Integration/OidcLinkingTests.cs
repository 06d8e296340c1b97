using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// The OpenID Connect linking rules, tested on the linking service with hand-made claims principals (no identity
/// provider needed), and the explicit e-mail comparison in the password sign-in.
/// </summary>
public sealed class OidcLinkingTests
{
    private const string Issuer = "https://login.gemeente.example";

    private static ClaimsPrincipal Principal(string subject, string? email, string? emailVerified, params string[] amr)
    {
        var claims = new List<Claim> { new("sub", subject, ClaimValueTypes.String, Issuer), new("iss", Issuer, ClaimValueTypes.String, Issuer) };
        if (email is not null)
            claims.Add(new Claim("email", email, ClaimValueTypes.String, Issuer));
        if (emailVerified is not null)
            claims.Add(new Claim("email_verified", emailVerified, ClaimValueTypes.Boolean, Issuer));
        claims.AddRange(amr.Select(a => new Claim("amr", a, ClaimValueTypes.String, Issuer)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "oidc"));
    }

    /// <summary>Runs the linker in a fresh scope without tenant, as on the anonymous callback page.</summary>
    private static async Task<OidcDecision> DecideAsync(TestApp app, ClaimsPrincipal principal)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OidcAccountLinker>().DecideAsync(principal);
    }

    private static (TestApp App, Task<TestOrg> Org, Task<TestOrg> Other) NewApp(DatabaseProvider provider)
    {
        var app = new TestApp(provider, new() { ["Authentication:OpenIdConnect:OrganisationGmCode"] = "GM0008" });
        return (app, app.CreateOrganisationAsync("GM0008", "Hdorp"), Task.FromResult<TestOrg>(null!));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FirstLink_EmailVerifiedMissingOrFalse_IsRefused(DatabaseProvider provider)
    {
        var (app, orgTask, _) = NewApp(provider);
        using var _ = app;
        var org = await orgTask;
        var email = org.Users[OrgRole.Partner].Email!;
        Assert.Equal(OidcOutcome.Refused, (await DecideAsync(app, Principal("abc", email, null))).Outcome);
        Assert.Equal(OidcOutcome.Refused, (await DecideAsync(app, Principal("abc", email, "false"))).Outcome);
        var linked = await DecideAsync(app, Principal("abc", email, "true"));
        Assert.Equal(OidcOutcome.SignIn, linked.Outcome);
        Assert.Equal(org.Users[OrgRole.Partner].Id, linked.User!.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AfterFirstLink_SubjectDecides_NotTheEmailAddress(DatabaseProvider provider)
    {
        var (app, orgTask, _) = NewApp(provider);
        using var _ = app;
        var org = await orgTask;
        var partner = org.Users[OrgRole.Partner];
        Assert.Equal(OidcOutcome.SignIn, (await DecideAsync(app, Principal("subject-1", partner.Email!, "true"))).Outcome);

        // The same subject with another (even unverified) address is still the linked account...
        var again = await DecideAsync(app, Principal("subject-1", "iets-anders@elders.example", null));
        Assert.Equal(partner.Id, again.User?.Id);
        // ...and another subject of the same provider claiming the linked address is refused.
        Assert.Equal(OidcOutcome.Refused, (await DecideAsync(app, Principal("subject-2", partner.Email!, "true"))).Outcome);
        var logins = await app.InScopeAsync(async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return (await users.GetLoginsAsync((await users.FindByIdAsync(partner.Id.ToString()))!)).Select(l => l.LoginProvider + "|" + l.ProviderKey).ToList();
        }, org.Organisation.Id);
        Assert.Equal([Issuer + "|subject-1"], logins);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FirstLink_AccountInAnotherOrganisation_IsRefused(DatabaseProvider provider)
    {
        var (app, orgTask, _) = NewApp(provider);
        using var _ = app;
        await orgTask;
        var other = await app.CreateOrganisationAsync("GM0009", "Idorp");
        var decision = await DecideAsync(app, Principal("x-1", other.Users[OrgRole.Coordinator].Email!, "true"));
        Assert.Equal(OidcOutcome.Refused, decision.Outcome);
        Assert.Null(decision.User);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NoOrganisationConfigured_TwoOrganisations_IsRefused(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0010", "Jdorp");
        Assert.Equal(OidcOutcome.SignIn, (await DecideAsync(app, Principal("y-1", org.Users[OrgRole.Partner].Email!, "true"))).Outcome);
        await app.CreateOrganisationAsync("GM0011", "Kdorp");
        Assert.Equal(OidcOutcome.Refused, (await DecideAsync(app, Principal("y-2", org.Users[OrgRole.Coordinator].Email!, "true"))).Outcome);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecondFactor_CountsOnlyWhenAmrSaysSo(DatabaseProvider provider)
    {
        var (app, orgTask, _) = NewApp(provider);
        using var _ = app;
        var org = await orgTask;
        var user = org.Users[OrgRole.Wijkverbinder];
        await app.InScopeAsync(async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var u = (await users.FindByIdAsync(user.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(u);
            return await users.SetTwoFactorEnabledAsync(u, true);
        }, org.Organisation.Id);

        Assert.Equal(OidcOutcome.SecondFactor, (await DecideAsync(app, Principal("w-1", user.Email!, "true", "pwd"))).Outcome);
        var mfa = await DecideAsync(app, Principal("w-1", user.Email!, "true", "pwd", "mfa"));
        Assert.Equal(OidcOutcome.SignIn, mfa.Outcome);
        Assert.True(mfa.CountsAsMfa);
        Assert.False((await DecideAsync(app, Principal("p-1", org.Users[OrgRole.Partner].Email!, "true", "pwd"))).CountsAsMfa);
    }

    [Fact]
    public void EmailKey_LongSAndDotlessI_DoNotFold_CaseDoes()
    {
        Assert.NotEqual(EmailNormalizer.Key("sanne@x.example"), EmailNormalizer.Key("\u017Fanne@x.example"));
        Assert.NotEqual(EmailNormalizer.Key("ilse@x.example"), EmailNormalizer.Key("\u0131lse@x.example"));
        Assert.Equal(EmailNormalizer.Key("Sanne.DE.Vries@X.example"), EmailNormalizer.Key("sanne.de.vries@x.EXAMPLE"));
        Assert.Equal(EmailNormalizer.Key("Ren\u00E9@x.example"), EmailNormalizer.Key("RENE\u0301@X.EXAMPLE"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PasswordSignIn_LongSInAddress_DoesNotFindTheAccountWithS(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0012", "Ldorp");
        var sanne = await app.InScopeAsync(async (sp, _) =>
        {
            var user = new AppUser { OrganisationId = org.Organisation.Id, Email = "sanne@ldorp.example", UserName = "sanne@ldorp.example", DisplayName = "Sanne", Role = OrgRole.Partner, EmailConfirmed = true };
            var result = await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, TestApp.Password);
            Assert.True(result.Succeeded);
            return user;
        }, org.Organisation.Id);

        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var longS = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = "\u017Fanne@ldorp.example", ["Input.Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.OK, longS.StatusCode);
        var upper = await TestApp.PostFormAsync(client, "/inloggen", new() { ["Input.Email"] = "SANNE@Ldorp.example", ["Input.Password"] = TestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, upper.StatusCode);
        Assert.NotNull(sanne);
    }
}
