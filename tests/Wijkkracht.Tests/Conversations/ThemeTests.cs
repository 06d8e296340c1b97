using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 11 §5: themes tagged on conversations and timeline events, the theme board with counts by source type,
/// patterns and sessions. Partners see themes and patterns (and quotes with consent), never the conversations behind
/// them; network members see neither; links across approaches are 404. Pages and API, both providers.
/// </summary>
public sealed class ThemeTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Base(TestOrg org) => $"/api/v1/approaches/{org.Approach.Id}";

    private static Task<Theme> AddThemeAsync(TestApp app, TestOrg org, string name) => app.InScopeAsync(async (_, db) =>
    {
        var theme = new Theme { OrganisationId = org.Organisation.Id, ApproachId = org.Approach.Id, Name = name };
        db.Add(theme);
        await db.SaveChangesAsync();
        return theme;
    }, org.Organisation.Id);

    private static Task<int> TagAsync(TestApp app, TestOrg org, Guid conversationId, Guid themeId) => app.InScopeAsync(async (_, db) =>
    {
        db.Add(new ConversationTheme { OrganisationId = org.Organisation.Id, ConversationId = conversationId, ThemeId = themeId });
        return await db.SaveChangesAsync();
    }, org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ThemeBoard_ByRole_PartnerSeesThemesAndConsentedQuotesButNoConversations(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var theme = await AddThemeAsync(app, a, "Bord " + tag);
        var conversation = await ConversationPageTests.AddConversationAsync(app, a, "Bordgesprek " + tag,
            new ConversationQuote { Text = "Gedeeld " + tag, Consent = true }, new ConversationQuote { Text = "Geheim " + tag, Consent = false });
        await TagAsync(app, a, conversation.Id, theme.Id);
        var url = $"/aanpakken/{a.Approach.Id}/themas";

        var core = await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync(url);
        Assert.Contains(theme.Name, core, StringComparison.Ordinal);
        Assert.Contains($"/gesprekken/{conversation.Id}", core, StringComparison.Ordinal);
        Assert.Contains("1 gesprekken", core, StringComparison.Ordinal);

        var partnerClient = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        var partner = await partnerClient.GetStringAsync(url);
        Assert.Contains(theme.Name, partner, StringComparison.Ordinal);
        Assert.Contains("Gedeeld " + tag, partner, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim " + tag, partner, StringComparison.Ordinal);
        Assert.DoesNotContain($"/gesprekken/{conversation.Id}", partner, StringComparison.Ordinal);
        Assert.DoesNotContain("Bordgesprek " + tag, partner, StringComparison.Ordinal);
        var partnerEdit = await partnerClient.GetAsync($"{url}/{theme.Id}");
        Assert.Contains("toegang-geweigerd", partnerEdit.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);

        var network = await (await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid])).GetAsync(url);
        Assert.Contains("toegang-geweigerd", network.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        var other = await (await app.SignedInClientAsync(b.Users[OrgRole.Coordinator])).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TagConversation_OnThePage_CountsOnTheBoardAndInTheApi(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var name = "Thema " + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/themas", new() { ["Input.Name"] = name })).StatusCode);
        var theme = await app.InScopeAsync((_, db) => db.Set<Theme>().AsNoTracking().SingleAsync(t => t.Name == name), a.Organisation.Id);
        var duplicate = await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/themas", new() { ["Input.Name"] = name });
        Assert.Contains("Dit thema bestaat al", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var conversation = await ConversationPageTests.AddConversationAsync(app, a, "Tag " + name);
        var url = $"/aanpakken/{a.Approach.Id}/gesprekken/{conversation.Id}";
        var form = await client.GetStringAsync(url);
        Assert.Contains($"value=\"{theme.Id}\"", form, StringComparison.Ordinal);
        var saved = await TestApp.PostFormAsync(client, url, new()
        {
            ["Input.Date"] = "2026-05-01",
            ["Input.Setting"] = "Straat",
            ["Input.PartnerCategory"] = "Bewoner",
            ["Input.Summary"] = "Tag " + name,
            ["Input.ThemeIds"] = theme.Id.ToString(),
            ["Input.Version"] = conversation.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var api = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var json = JsonDocument.Parse(await api.GetStringAsync($"{Base(a)}/themes/{theme.Id}")).RootElement;
        Assert.Equal(1, json.GetProperty("counts").GetProperty("conversations").GetInt32());
        Assert.Equal(0, json.GetProperty("counts").GetProperty("timelineEvents").GetInt32());
        var list = JsonDocument.Parse(await api.GetStringAsync($"{Base(a)}/themes?pageSize=100")).RootElement;
        Assert.True(list.GetProperty("totalItems").GetInt32() >= 1);

        // Untick all themes: the tag is removed.
        var after = await app.InScopeAsync((_, db) => db.Set<Conversation>().AsNoTracking().SingleAsync(c => c.Id == conversation.Id), a.Organisation.Id);
        Assert.Equal([theme.Id], after.ThemeIdList);
        await TestApp.PostFormAsync(client, url, new()
        {
            ["Input.Date"] = "2026-05-01",
            ["Input.Setting"] = "Straat",
            ["Input.PartnerCategory"] = "Bewoner",
            ["Input.Version"] = after.Version.ToString(),
        });
        Assert.Empty((await app.InScopeAsync((_, db) => db.Set<Conversation>().AsNoTracking().SingleAsync(c => c.Id == conversation.Id), a.Organisation.Id)).ThemeIdList);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ThemeLinks_ToAnotherApproach_Are404AndPatternsHideConversationsFromPartners(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var foreignTheme = await AddThemeAsync(app, b, "Vreemd " + Guid.NewGuid().ToString("N")[..8]);
        var theme = await AddThemeAsync(app, a, "Eigen " + Guid.NewGuid().ToString("N")[..8]);
        var conversation = await ConversationPageTests.AddConversationAsync(app, a, "Patroon " + theme.Name);
        var core = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);

        Assert.Equal(HttpStatusCode.NotFound, (await core.PostAsJsonAsync($"{Base(a)}/conversations", new { date = "2026-05-01", setting = "Straat", partnerCategory = "Bewoner", themeIds = new[] { foreignTheme.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await core.PostAsJsonAsync($"{Base(a)}/timeline-events", new { title = "x", kind = "Gebeurtenis", date = "2025-01-01", themeIds = new[] { foreignTheme.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await core.PostAsJsonAsync($"{Base(a)}/patterns", new { statement = "x", kind = "Positief", themeIds = new[] { foreignTheme.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await core.PostAsJsonAsync($"{Base(a)}/sessions", new { kind = "Focusgroep", date = "2026-05-01", prioritisedThemeIds = new[] { foreignTheme.Id } })).StatusCode);
        var noEvidence = await core.PostAsJsonAsync($"{Base(a)}/patterns", new { statement = "Zonder bewijs", kind = "Vastgelopen" });
        Assert.Equal(HttpStatusCode.BadRequest, noEvidence.StatusCode);
        Assert.Equal("application/problem+json", noEvidence.Content.Headers.ContentType?.MediaType);
        var futureSession = await core.PostAsJsonAsync($"{Base(a)}/sessions", new { kind = "Bewonersavond", date = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.BadRequest, futureSession.StatusCode);

        var created = await core.PostAsJsonAsync($"{Base(a)}/patterns", new { statement = "Bewoners zoeken elkaar op " + theme.Name, kind = "Positief", themeIds = new[] { theme.Id }, conversationIds = new[] { conversation.Id } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var patternId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var seen = JsonDocument.Parse(await partner.GetStringAsync($"{Base(a)}/patterns/{patternId}")).RootElement;
        Assert.Equal(0, seen.GetProperty("conversationIds").GetArrayLength());
        Assert.Equal(1, seen.GetProperty("conversationCount").GetInt32());
        var coreSeen = JsonDocument.Parse(await core.GetStringAsync($"{Base(a)}/patterns/{patternId}")).RootElement;
        Assert.Equal(conversation.Id, coreSeen.GetProperty("conversationIds")[0].GetGuid());
        Assert.Equal(1, JsonDocument.Parse(await core.GetStringAsync($"{Base(a)}/themes/{theme.Id}")).RootElement.GetProperty("counts").GetProperty("patterns").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ThemeRoutes_ByRole_PartnersReadTheCoreTeamWritesNetworkMembersAreRefused(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var theme = await AddThemeAsync(app, a, "Rollen " + Guid.NewGuid().ToString("N")[..8]);
        var rows = new List<(OrgRole, string, string, object?, HttpStatusCode)>();
        foreach (var path in new[] { "/themes", $"/themes/{theme.Id}", "/patterns", "/sessions" })
        {
            rows.Add((OrgRole.Partner, "GET", Base(a) + path, null, HttpStatusCode.OK));
            rows.Add((OrgRole.Wijkverbinder, "GET", Base(a) + path, null, HttpStatusCode.OK));
            rows.Add((OrgRole.Netwerklid, "GET", Base(a) + path, null, HttpStatusCode.Forbidden));
        }

        rows.Add((OrgRole.Partner, "POST", Base(a) + "/themes", new { name = "Partner " + Guid.NewGuid().ToString("N")[..6] }, HttpStatusCode.Forbidden));
        rows.Add((OrgRole.Netwerklid, "POST", Base(a) + "/themes", new { name = "Netwerk " + Guid.NewGuid().ToString("N")[..6] }, HttpStatusCode.Forbidden));
        rows.Add((OrgRole.Partner, "DELETE", $"{Base(a)}/themes/{theme.Id}", null, HttpStatusCode.Forbidden));
        rows.Add((OrgRole.Partner, "POST", Base(a) + "/sessions", new { kind = "Focusgroep", date = "2026-05-01" }, HttpStatusCode.Forbidden));
        rows.Add((OrgRole.Wijkverbinder, "POST", Base(a) + "/themes", new { name = "Kern " + Guid.NewGuid().ToString("N")[..6] }, HttpStatusCode.Created));
        rows.Add((OrgRole.Coordinator, "POST", Base(a) + "/sessions", new { kind = "Focusgroep", date = "2026-05-01", prioritisedThemeIds = new[] { theme.Id } }, HttpStatusCode.Created));
        Assert.Empty(await app.CheckStatusesAsync(a, rows));
        Assert.Empty(await app.CheckStatusesAsync(b, [
            (OrgRole.Coordinator, "GET", $"{Base(a)}/themes", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{Base(a)}/themes/{theme.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "DELETE", $"{Base(a)}/themes/{theme.Id}", null, HttpStatusCode.NotFound),
        ]));
        var audit = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AnyAsync(e => e.EntityType == nameof(ThemeSession) && e.Action == "create" && e.ApproachId == a.Approach.Id));
        Assert.True(audit);
    }
}
