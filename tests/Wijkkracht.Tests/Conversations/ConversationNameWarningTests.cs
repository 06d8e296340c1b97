using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 11, privacy: the free text and the quotes of a conversation get the same "dit lijkt op een naam" warning as
/// observations, before saving, with the choice to rewrite or save anyway (page and API). Both providers.
/// </summary>
public sealed class ConversationNameWarningTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static Task<int> CountAsync(TestApp app, TestOrg org, string marker) =>
        app.InScopeAsync((_, db) => db.Set<Conversation>().CountAsync(c => c.ApproachId == org.Approach.Id && c.Place == marker), org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordConversation_TextThatNamesSomeone_WarnsAndKeepsInputUntilConfirmed(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var marker = "Plein " + Guid.NewGuid().ToString("N")[..8];
        var url = $"/aanpakken/{a.Approach.Id}/gesprekken/nieuw";
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-06-01",
            ["Input.Setting"] = "Straat",
            ["Input.PartnerCategory"] = "Bewoner",
            ["Input.Place"] = marker,
            ["Input.Summary"] = "Kees van de Dorpsstraat 12 vertelt over het plein.",
        };
        var warned = await TestApp.PostFormAsync(client, url, fields);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var page = await warned.Content.ReadAsStringAsync();
        Assert.Contains("lijkt een naam of adres te bevatten", page, StringComparison.Ordinal);
        Assert.Contains("&#x27;Kees&#x27;", page, StringComparison.Ordinal);
        Assert.Contains("Dorpsstraat 12", page, StringComparison.Ordinal);
        Assert.Contains("Kees van de Dorpsstraat 12 vertelt over het plein.", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.ConfirmPossibleNames\"", page, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, a, marker));

        fields["Input.ConfirmPossibleNames"] = "true";
        var saved = await TestApp.PostFormAsync(client, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await CountAsync(app, a, marker));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordConversation_TextWithoutNames_SavesWithoutWarning(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var marker = "Plein " + Guid.NewGuid().ToString("N")[..8];
        var saved = await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/gesprekken/nieuw", new()
        {
            ["Input.Date"] = "2026-06-01",
            ["Input.Setting"] = "Straat",
            ["Input.PartnerCategory"] = "Jongere",
            ["Input.Place"] = marker,
            ["Input.Summary"] = "Een groep jongeren wil een eigen plek op het plein.",
            ["Input.Quotes[0].Text"] = "Als het buurthuis open is, zijn wij er.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await CountAsync(app, a, marker));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConversationApi_QuoteThatNamesSomeone_Is400UntilConfirmedAndDoesNotWarnAgainForTheSameWords(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/conversations";
        var marker = "Plein " + Guid.NewGuid().ToString("N")[..8];
        object Body(bool confirm, string quote, Guid? version = null) => new
        {
            date = "2026-05-02",
            setting = "Koffietafel",
            partnerCategory = "Ouder",
            place = marker,
            quotes = new[] { new { text = quote, consent = false } },
            confirmPossibleNames = confirm,
            version,
        };

        var warned = await api.PostAsJsonAsync(url, Body(false, "Fatima weet altijd wat er speelt."));
        Assert.Equal(HttpStatusCode.BadRequest, warned.StatusCode);
        Assert.Equal("application/problem+json", warned.Content.Headers.ContentType?.MediaType);
        var problem = await warned.Content.ReadAsStringAsync();
        Assert.Contains("ConfirmPossibleNames", problem, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Fatima", problem, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, a, marker));

        var created = await api.PostAsJsonAsync(url, Body(true, "Fatima weet altijd wat er speelt."));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = json.GetProperty("id").GetGuid();

        // The same words again (already confirmed): no new warning.
        var same = await api.PutAsJsonAsync($"{url}/{id}", Body(false, "Fatima weet altijd wat er speelt.", json.GetProperty("version").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var version = JsonDocument.Parse(await same.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetGuid();

        // A new name: warned again.
        var other = await api.PutAsJsonAsync($"{url}/{id}", Body(false, "Fatima en Mohammed weten wat er speelt.", version));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        var otherProblem = await other.Content.ReadAsStringAsync();
        Assert.Contains("Mohammed", otherProblem, StringComparison.Ordinal);
        Assert.DoesNotContain("'Fatima'", otherProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void PossibleNames_FreeTextQuotesAndEvents_FindsNamesAndAddressesOnce()
    {
        var hits = ConversationService.PossibleNames("Parklaan 12", "Kees vertelde", "", "Kees en Anna", "", ["Niets"], ["Fatima zei het"], ["Brand bij nummer 4"]);
        Assert.Equal(["Parklaan 12", "Kees", "Anna", "Fatima", "nummer 4"], hits);
        Assert.Empty(ConversationService.PossibleNames("Europaplein", "Jongeren op het plein", "", "", "", [], [], []));
    }
}
