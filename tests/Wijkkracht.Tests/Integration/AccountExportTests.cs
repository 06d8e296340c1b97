using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Own-data export (AVG art. 15): API and "Mijn account", complete, without secrets, audited.</summary>
public sealed class AccountExportTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportApi_SignedInUser_GetsOwnDataWithoutSecretsAndIsAudited(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0013", "Mdorp");
        var other = await app.CreateOrganisationAsync("GM0014", "Ndorp");
        var user = org.Users[OrgRole.Wijkverbinder];
        await app.InScopeAsync(async (_, db) =>
        {
            var goal = await db.Set<Goal>().SingleAsync(g => g.Id == org.Goal.Id);
            goal.OwnerUserId = user.Id;
            return await db.SaveChangesAsync();
        }, org.Organisation.Id);
        var api = await app.ApiClientAsync(user);
        await app.SignedInClientAsync(user); // an audited sign-in with the user as actor
        var token = await app.InScopeAsync((_, db) => db.ApiTokens.IgnoreQueryFilters().SingleAsync(t => t.UserId == user.Id), org.Organisation.Id);

        var response = await api.GetAsync("/api/v1/account/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(user.Email, root.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal("GM0013", root.GetProperty("organisation").GetProperty("gmCode").GetString());
        var membership = Assert.Single(root.GetProperty("approachMemberships").EnumerateArray());
        Assert.Equal(org.Approach.Title, membership.GetProperty("approachTitle").GetString());
        Assert.Equal("Wijkverbinder", membership.GetProperty("role").GetString());
        Assert.Equal(token.Prefix, Assert.Single(root.GetProperty("apiTokens").EnumerateArray()).GetProperty("prefix").GetString());
        Assert.Equal(org.Goal.Title, Assert.Single(root.GetProperty("goalsOwned").EnumerateArray()).GetProperty("title").GetString());
        Assert.NotEmpty(root.GetProperty("auditEventsAsActor").EnumerateArray());
        Assert.DoesNotContain(token.TokenHash, text, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.Organisation.Name, text, StringComparison.Ordinal);

        var exported = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .CountAsync(e => e.ActorUserId == user.Id && e.Action == AuditActions.Export && e.EntityId == user.Id.ToString()), org.Organisation.Id);
        Assert.Equal(1, exported);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportButton_Netwerklid_DownloadsJsonFile(DatabaseProvider provider)
    {
        using var app = new TestApp(provider);
        var org = await app.CreateOrganisationAsync("GM0015", "Odorp");
        var user = org.Users[OrgRole.Netwerklid];
        var browser = await app.SignedInClientAsync(user);
        Assert.Contains("Mijn gegevens downloaden", await browser.GetStringAsync("/account"), StringComparison.Ordinal);
        var response = await TestApp.PostFormAsync(browser, "/account", [], "/account?handler=Exporteren");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(user.Email, json.RootElement.GetProperty("profile").GetProperty("email").GetString());
    }
}
