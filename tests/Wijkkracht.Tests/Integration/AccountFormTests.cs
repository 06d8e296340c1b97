using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Account forms keep what was typed, refuse what does not parse, and do not reveal other organisations' accounts.</summary>
public sealed class AccountFormTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewUserForm_ValidationError_KeepsActiveTickedAndEveryValue(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0018", "Rdorp");
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        var token = await TestApp.AntiforgeryTokenAsync(admin, "/beheer/gebruikers/nieuw");
        // As a browser posts a ticked box: the box and its hidden "false" fallback.
        var response = await admin.PostAsync("/beheer/gebruikers/nieuw", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Input.DisplayName", "Nina Nieuw"),
            new("Input.Email", "geen-adres"),
            new("Input.Role", "Partner"),
            new("Input.IsActive", "true"),
            new("Input.IsActive", "false"),
            new("Input.Password", "Lange-zin-over-de-Maas-bij-Venlo"),
        ]));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"Nina Nieuw\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"geen-adres\"", html, StringComparison.Ordinal);
        Assert.Matches("name=\"Input.IsActive\" value=\"true\" checked", html);
        Assert.Matches("<option[^>]*value=\"Partner\"[^>]*selected|<option[^>]*selected[^>]*value=\"Partner\"", html);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TokenForm_LifetimeDoesNotParse_ComesBackWithDutchMessageAndInput(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0019", "Sdorp");
        var user = org.Users[OrgRole.Coordinator];
        var browser = await app.SignedInClientAsync(user);
        var response = await TestApp.PostFormAsync(browser, "/account/tokens", new() { ["Input.Name"] = "Koppeling rapportage", ["Input.ExpiresInDays"] = "abc" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een geheel aantal dagen in", html, StringComparison.Ordinal);
        Assert.Contains("value=\"abc\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Koppeling rapportage\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.InScopeAsync((_, db) => db.ApiTokens.IgnoreQueryFilters().CountAsync(t => t.UserId == user.Id), org.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewUser_AddressOfAnotherMunicipality_GetsTheSameNeutralMessageAsAnOwnDuplicate(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0020", "Tdorp");
        var other = await app.CreateOrganisationAsync("GM0021", "Udorp");
        var admin = await app.SignedInClientAsync(org.Users[OrgRole.Beheerder]);
        var messages = new List<string>();
        foreach (var email in new[] { other.Users[OrgRole.Partner].Email!, org.Users[OrgRole.Partner].Email! })
        {
            var response = await TestApp.PostFormAsync(admin, "/beheer/gebruikers/nieuw", new()
            {
                ["Input.DisplayName"] = "Iemand",
                ["Input.Email"] = email,
                ["Input.Role"] = "Partner",
                ["Input.IsActive"] = "true",
                ["Input.Password"] = "Lange-zin-over-de-Maas-bij-Venlo",
            });
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("bestaat al", html, StringComparison.Ordinal);
            var match = System.Text.RegularExpressions.Regex.Match(html, "id=\"Input_Email-error\"[^>]*>(.*?)</", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.True(match.Success);
            messages.Add(match.Groups[1].Value);
        }

        Assert.Equal(messages[0], messages[1]);
    }
}
