using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Issue 9 §8: a new account gets a one-time activation link instead of a password someone else chose. The link is
/// shown once, stored only as a hash, works once, expires, and the chosen password passes the normal rules.
/// </summary>
public sealed partial class AccountActivationTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string ChosenPassword = "Eigen-zin-over-de-IJssel-en-de-dijk";

    [GeneratedRegex("/activeren\\?token=([A-Za-z0-9_%-]+)")]
    private static partial Regex LinkPattern();

    internal static string TokenFrom(string html)
    {
        var match = LinkPattern().Match(html);
        Assert.True(match.Success, "No activation link on the page.");
        return Uri.UnescapeDataString(match.Groups[1].Value);
    }

    private static async Task<(AppUser User, string Token, string UserPage)> CreateUserAsync(TestApp app, TestOrg org, HttpClient admin, string email)
    {
        var created = await TestApp.PostFormAsync(admin, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Nina Nieuw",
            ["Input.Email"] = email,
            ["Input.Role"] = "Partner",
            ["Input.IsActive"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var userPage = created.Headers.Location!.OriginalString;
        var html = await admin.GetStringAsync(userPage);
        var user = await app.InScopeAsync((_, db) => db.Users.SingleAsync(u => u.Email == email), org.Organisation.Id);
        return (user, TokenFrom(html), userPage);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewUser_SmtpConfigured_LinkArrivesByMailNotOnScreenAndWorks(DatabaseProvider provider)
    {
        await using var sink = new SmtpSink();
        await using var app = new TestApp(provider, new()
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "wijkkracht@maildorp.example",
        });
        var org = await app.CreateOrganisationAsync("GM0029", "Maildorp");
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        var email = $"mila-{Guid.NewGuid().ToString("N")[..8]}@maildorp.example";
        var created = await TestApp.PostFormAsync(admin, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Mila Mail",
            ["Input.Email"] = email,
            ["Input.Role"] = "Partner",
            ["Input.IsActive"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var userPage = await admin.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("De activatielink is per e-mail verstuurd.", userPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/activeren?token=", userPage, StringComparison.Ordinal);

        var (recipients, message) = Assert.Single(sink.Messages);
        Assert.Equal([email], recipients);
        Assert.Equal("Uw account in Wijkkracht", message.Subject);
        Assert.Equal("wijkkracht@maildorp.example", message.From.Mailboxes.Single().Address);
        Assert.Contains("Er is een account voor u gemaakt in Wijkkracht van Maildorp.", message.TextBody, StringComparison.Ordinal);
        var token = TokenFrom(message.TextBody ?? "");

        var visitor = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var url = "/activeren?token=" + Uri.EscapeDataString(token);
        var activated = await TestApp.PostFormAsync(visitor, url, new() { ["Token"] = token, ["Input.Password"] = ChosenPassword, ["Input.ConfirmPassword"] = ChosenPassword });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        var user = await app.InScopeAsync((_, db) => db.Users.SingleAsync(u => u.Email == email), org.Organisation.Id);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInClientAsync(user, ChosenPassword)).GetAsync("/aanpakken")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewUser_SmtpServerUnreachable_LinkShownOnScreenInstead(DatabaseProvider provider)
    {
        int closedPort;
        await using (var gone = new SmtpSink())
            closedPort = gone.Port;
        await using var app = new TestApp(provider, new()
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "wijkkracht@maildorp.example",
        });
        var org = await app.CreateOrganisationAsync("GM0039", "Stildorp");
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        var (_, token, _) = await CreateUserAsync(app, org, admin, $"stil-{Guid.NewGuid().ToString("N")[..8]}@stildorp.example");
        Assert.StartsWith("wka_", token, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewUser_ActivationLink_ShownOnceStoredAsHashAndWorksOnce(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var admin = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var email = $"nina-{Guid.NewGuid().ToString("N")[..8]}@aadorp.example";
        var (user, token, userPage) = await CreateUserAsync(app, a, admin, email);

        Assert.Null(user.PasswordHash);
        Assert.DoesNotContain("/activeren?token=", await admin.GetStringAsync(userPage), StringComparison.Ordinal);
        var links = await app.InScopeAsync((_, db) => db.Set<ActivationLink>().Where(l => l.UserId == user.Id).ToListAsync(), a.Organisation.Id);
        var link = Assert.Single(links);
        Assert.Equal(ApiTokenService.Hash(token), link.TokenHash);
        Assert.DoesNotContain(token, link.TokenHash, StringComparison.Ordinal);
        Assert.InRange(link.ExpiresAt - link.CreatedAt, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7.1));
        Assert.False(await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AnyAsync(e => e.Changes != null && e.Changes.Contains(token)), a.Organisation.Id));

        var visitor = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var url = "/activeren?token=" + Uri.EscapeDataString(token);
        var form = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Nina Nieuw", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The existing password rules apply: a well-known password is refused in Dutch and nothing is used up.
        var weak = await TestApp.PostFormAsync(visitor, url, new() { ["Token"] = token, ["Input.Password"] = "Password2024!", ["Input.ConfirmPassword"] = "Password2024!" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("te bekend", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var activated = await TestApp.PostFormAsync(visitor, url, new() { ["Token"] = token, ["Input.Password"] = ChosenPassword, ["Input.ConfirmPassword"] = ChosenPassword });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal("/inloggen", activated.Headers.Location?.OriginalString);
        var signedIn = await app.SignedInClientAsync(user, ChosenPassword);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/aanpakken")).StatusCode);

        // Single use: the same link no longer works, and cannot set another password.
        var again = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("werkt niet (meer)", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reused = await TestApp.PostFormAsync(visitor, "/inloggen", new() { ["Token"] = token, ["Input.Password"] = "Nog-een-andere-zin-langs-de-Waal", ["Input.ConfirmPassword"] = "Nog-een-andere-zin-langs-de-Waal" }, url);
        Assert.Equal(HttpStatusCode.NotFound, reused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInClientAsync(user, ChosenPassword)).GetAsync("/aanpakken")).StatusCode);

        var summaries = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityId == user.Id.ToString()).Select(e => e.Summary).ToListAsync(), a.Organisation.Id);
        Assert.Contains(summaries, s => s.StartsWith("Activatielink gemaakt voor Nina Nieuw", StringComparison.Ordinal));
        Assert.Contains(summaries, s => s.StartsWith("Account geactiveerd", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActivationLink_Expired_IsRefusedAndSetsNoPassword(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var admin = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var email = $"verlopen-{Guid.NewGuid().ToString("N")[..8]}@aadorp.example";
        var (user, token, _) = await CreateUserAsync(app, a, admin, email);
        await app.InScopeAsync(async (_, db) =>
        {
            var link = await db.Set<ActivationLink>().SingleAsync(l => l.UserId == user.Id);
            link.CreatedAt = DateTimeOffset.UtcNow.AddDays(-8);
            link.ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1);
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);

        var visitor = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var url = "/activeren?token=" + Uri.EscapeDataString(token);
        var page = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("verlopen", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var post = await TestApp.PostFormAsync(visitor, "/inloggen", new() { ["Token"] = token, ["Input.Password"] = ChosenPassword, ["Input.ConfirmPassword"] = ChosenPassword }, url);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Null(await app.InScopeAsync((_, db) => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync(), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Beheerder_NewActivationLink_ResetsThePasswordAndSecondFactorResetStillWorks(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var admin = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var email = $"reset-{Guid.NewGuid().ToString("N")[..8]}@aadorp.example";
        var (user, first, userPage) = await CreateUserAsync(app, a, admin, email);

        var issued = await TestApp.PostFormAsync(admin, userPage, new(), userPage + "?handler=Activatielink");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var second = TokenFrom(await admin.GetStringAsync(userPage));
        Assert.NotEqual(first, second);
        var visitor = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/activeren?token=" + Uri.EscapeDataString(first))).StatusCode);
        var url = "/activeren?token=" + Uri.EscapeDataString(second);
        var activated = await TestApp.PostFormAsync(visitor, url, new() { ["Token"] = second, ["Input.Password"] = ChosenPassword, ["Input.ConfirmPassword"] = ChosenPassword });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        await app.SignedInClientAsync(user, ChosenPassword);

        var reset = await TestApp.PostFormAsync(admin, userPage, new(), userPage + "?handler=TweestapsResetten");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains(await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityId == user.Id.ToString() && e.Action == AuditActions.Update).Select(e => e.Summary).ToListAsync(), a.Organisation.Id),
            s => s.Contains("Tweestapsverificatie", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewUserForm_HasNoPasswordField(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var admin = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var html = await admin.GetStringAsync("/beheer/gebruikers/nieuw");
        Assert.DoesNotContain("type=\"password\"", html, StringComparison.Ordinal);
        Assert.Contains("activatielink", html, StringComparison.Ordinal);
    }
}
