using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Issue 7 L5/D2: a typed value that does not parse brings the form back; nothing is saved without it.</summary>
public sealed class FormValueTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostGoalForm_ValuesDoNotParse_FormComesBackWithMessagesAndInputAndNothingIsSaved(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var title = $"Doel met rare trede {provider}";
        var response = await TestApp.PostFormAsync(browser, $"/aanpakken/{a.Approach.Id}/doelen/nieuw", new()
        {
            ["Input.Title"] = title,
            ["Input.Level"] = "Meso",
            ["Input.Term"] = "Kort",
            ["Input.Status"] = "BestaatNiet",
            ["Input.ParticipationRung"] = "999999999999",
            ["Input.TargetDate"] = "2026-02-31",
        });
        var html = (await response.Content.ReadAsStringAsync()).Replace("&#x27;", "'", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De waarde '999999999999' is niet geldig.", html, StringComparison.Ordinal);
        Assert.Contains("2026-02-31", html, StringComparison.Ordinal);
        Assert.Contains("BestaatNiet", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", html, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync((_, db) => db.Set<Goal>().IgnoreQueryFilters().AnyAsync(g => g.Title == title)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostAreaForm_KindDoesNotExist_FormComesBackWithMessageAndNothingIsSaved(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var code = provider == DatabaseProvider.Sqlite ? "WK000191" : "WK000192";
        var response = await TestApp.PostFormAsync(browser, "/beheer/gebieden/nieuw", new()
        {
            ["Input.Kind"] = "Stadsdeel",
            ["Input.Name"] = "Gebied met onbekende soort",
            ["Input.Code"] = code,
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is niet geldig", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Gebied met onbekende soort\"", html, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync((_, db) => db.Areas.IgnoreQueryFilters().AnyAsync(x => x.Code == code)));
    }
}
