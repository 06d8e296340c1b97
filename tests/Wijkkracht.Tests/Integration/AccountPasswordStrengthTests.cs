using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// Issue 7, L9: the password policy refuses context words and keyboard walks (zxcvbn), and a password that a Beheerder
/// chose must be replaced by its owner before anything else opens.
/// </summary>
public sealed class AccountPasswordStrengthTests
{
    [Theory]
    [InlineData("qwertyuiop123456", "keyboard walk with a counting tail")]
    [InlineData("Wijkkracht2026!", "the application's name and a year")]
    [InlineData("Rdorp-Rdorp-2026", "the municipality's name twice and a year")]
    [InlineData("Nina-Nieuw-1985!", "the user's own name and a year")]
    [InlineData("asdfghjkl;'12345", "keyboard row")]
    public void Score_ContextWordOrKeyboardWalk_IsBelowTheMinimum(string password, string why)
    {
        var score = CommonPasswordValidator.Score(password, ["Gemeente Rdorp", "GM0018", "Nina Nieuw", "nina@rdorp.example"]);
        Assert.True(score < CommonPasswordValidator.MinimumScore, $"{password} ({why}) scored {score}");
    }

    [Theory]
    [InlineData("Lange-zin-over-de-Maas-bij-Venlo")]
    [InlineData("Fietsbel lantaarn koffie 82")]
    public void Score_UnrelatedPassphrase_MeetsTheMinimum(string password) =>
        Assert.True(CommonPasswordValidator.Score(password, ["Gemeente Rdorp", "GM0018", "Nina Nieuw", "nina@rdorp.example"]) >= CommonPasswordValidator.MinimumScore);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewUser_PasswordWithMunicipalityName_IsRefusedInDutchAndKeepsTheInput(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0018", "Rdorp");
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        var response = await TestApp.PostFormAsync(admin, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Nina Nieuw",
            ["Input.Email"] = "nina@rdorp.example",
            ["Input.Role"] = "Partner",
            ["Input.IsActive"] = "true",
            ["Input.Password"] = "Rdorp-Rdorp-2026",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("te makkelijk te raden", html, StringComparison.Ordinal);
        Assert.Contains("value=\"nina@rdorp.example\"", html, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync((_, db) => db.Users.AnyAsync(u => u.Email == "nina@rdorp.example"), org.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PasswordChosenByBeheerder_FirstSignIn_MustBeChangedBeforeAnythingElseOpens(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0020", "Tdorp");
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        const string first = "Eerste-zin-van-de-beheerder-Noordzee";
        var created = await TestApp.PostFormAsync(admin, "/beheer/gebruikers/nieuw", new()
        {
            ["Input.DisplayName"] = "Piet Partner",
            ["Input.Email"] = "piet@tdorp.example",
            ["Input.Role"] = "Partner",
            ["Input.IsActive"] = "true",
            ["Input.Password"] = first,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await app.InScopeAsync((_, db) => db.Users.SingleAsync(u => u.Email == "piet@tdorp.example"), org.Organisation.Id);
        Assert.True(user.MustChangePassword);

        var piet = await app.SignedInClientAsync(user, first);
        var blocked = await piet.GetAsync("/aanpakken");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/account?wachtwoord=verplicht", blocked.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await piet.GetAsync("/account/tokens")).StatusCode);
        var account = await piet.GetStringAsync("/account");
        Assert.Contains("Kies eerst uw eigen wachtwoord", account, StringComparison.Ordinal);

        var changed = await TestApp.PostFormAsync(piet, "/account", new()
        {
            ["Input.CurrentPassword"] = first,
            ["Input.NewPassword"] = "Eigen-zin-over-de-IJssel-en-de-dijk",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.False(await app.InScopeAsync((_, db) => db.Users.Where(u => u.Id == user.Id).Select(u => u.MustChangePassword).SingleAsync(), org.Organisation.Id));
        Assert.Equal(HttpStatusCode.OK, (await piet.GetAsync("/aanpakken")).StatusCode);
    }
}
