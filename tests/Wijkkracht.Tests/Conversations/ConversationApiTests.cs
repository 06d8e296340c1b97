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
/// Issue 11 over the API: /conversations, /follow-ups and /timeline-events for every role (allow and deny), paged lists
/// with totalItems, problem+json errors, the consent rule, links across approaches and organisations (404) and the
/// audit of reads and changes. Both providers.
/// </summary>
public sealed class ConversationApiTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Base(TestOrg org) => $"/api/v1/approaches/{org.Approach.Id}";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConversationRoutes_ByRole_OnlyTheCoreTeamReadsAndWrites(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var conversation = await ConversationPageTests.AddConversationAsync(app, a, "Api-rol " + Guid.NewGuid().ToString("N")[..6]);
        var followUp = await ConversationPageTests.AddFollowUpAsync(app, a, "Api-rol");
        var body = new { date = "2026-05-02", setting = "Straat", partnerCategory = "Jongere" };
        var followUpBody = new { issue = "Bankje kapot", raisedOn = "2026-05-02", status = "Open" };
        var rows = new List<(OrgRole, string, string, object?, HttpStatusCode)>();
        foreach (var role in new[] { OrgRole.Partner, OrgRole.Netwerklid, OrgRole.Beheerder })
        {
            rows.Add((role, "GET", $"{Base(a)}/conversations", null, HttpStatusCode.Forbidden));
            rows.Add((role, "GET", $"{Base(a)}/conversations/{conversation.Id}", null, HttpStatusCode.Forbidden));
            rows.Add((role, "GET", $"{Base(a)}/conversations/consented-quotes", null, HttpStatusCode.Forbidden));
            rows.Add((role, "POST", $"{Base(a)}/conversations", body, HttpStatusCode.Forbidden));
            rows.Add((role, "DELETE", $"{Base(a)}/conversations/{conversation.Id}", null, HttpStatusCode.Forbidden));
            rows.Add((role, "POST", $"{Base(a)}/conversations/{conversation.Id}/mentioned-events/0/timeline-event", null, HttpStatusCode.Forbidden));
            rows.Add((role, "GET", $"{Base(a)}/follow-ups", null, HttpStatusCode.Forbidden));
            rows.Add((role, "GET", $"{Base(a)}/follow-ups/{followUp.Id}", null, HttpStatusCode.Forbidden));
            rows.Add((role, "POST", $"{Base(a)}/follow-ups", followUpBody, HttpStatusCode.Forbidden));
        }

        foreach (var role in new[] { OrgRole.Wijkverbinder, OrgRole.Coordinator })
        {
            rows.Add((role, "GET", $"{Base(a)}/conversations", null, HttpStatusCode.OK));
            rows.Add((role, "GET", $"{Base(a)}/conversations/{conversation.Id}", null, HttpStatusCode.OK));
            rows.Add((role, "GET", $"{Base(a)}/conversations/consented-quotes", null, HttpStatusCode.OK));
            rows.Add((role, "POST", $"{Base(a)}/conversations", body, HttpStatusCode.Created));
            rows.Add((role, "GET", $"{Base(a)}/follow-ups", null, HttpStatusCode.OK));
            rows.Add((role, "GET", $"{Base(a)}/follow-ups/{followUp.Id}", null, HttpStatusCode.OK));
            rows.Add((role, "POST", $"{Base(a)}/follow-ups", followUpBody, HttpStatusCode.Created));
        }

        // Timeline: core team and partners read, only the core team writes; network members and the Beheerder's
        // oversight read (ViewPlan) but do not write.
        var eventBody = new { title = "Markt", kind = "Activiteit", date = "2025-03-01" };
        rows.Add((OrgRole.Partner, "GET", $"{Base(a)}/timeline-events", null, HttpStatusCode.OK));
        rows.Add((OrgRole.Partner, "POST", $"{Base(a)}/timeline-events", eventBody, HttpStatusCode.Forbidden));
        rows.Add((OrgRole.Netwerklid, "GET", $"{Base(a)}/timeline-events", null, HttpStatusCode.Forbidden));
        rows.Add((OrgRole.Netwerklid, "POST", $"{Base(a)}/timeline-events", eventBody, HttpStatusCode.Forbidden));
        rows.Add((OrgRole.Beheerder, "GET", $"{Base(a)}/timeline-events", null, HttpStatusCode.OK));
        rows.Add((OrgRole.Beheerder, "POST", $"{Base(a)}/timeline-events", eventBody, HttpStatusCode.Forbidden));
        rows.Add((OrgRole.Wijkverbinder, "POST", $"{Base(a)}/timeline-events", eventBody, HttpStatusCode.Created));
        rows.Add((OrgRole.Coordinator, "GET", $"{Base(a)}/timeline-events", null, HttpStatusCode.OK));

        Assert.Empty(await app.CheckStatusesAsync(a, rows));
        // Another organisation's coordinator: every route of this approach is a 404.
        var foreign = await app.CheckStatusesAsync(b, [
            (OrgRole.Coordinator, "GET", $"{Base(a)}/conversations", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{Base(a)}/conversations/{conversation.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "PUT", $"{Base(a)}/conversations/{conversation.Id}", body, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{Base(a)}/follow-ups/{followUp.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{Base(a)}/timeline-events", null, HttpStatusCode.NotFound),
        ]);
        Assert.Empty(foreign);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConversationCrud_OverTheApi_IsPagedVersionedAndAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var marker = "Api " + Guid.NewGuid().ToString("N")[..8];
        var created = await api.PostAsJsonAsync($"{Base(a)}/conversations", new
        {
            date = "2026-04-01",
            setting = "Portiekgesprek",
            partnerCategory = "Bewoner",
            summary = marker,
            answers = new[] { new { listId = "ess-hulpvragen-wijk", index = 5, answer = "Trots op de buurtbarbecue." } },
            quotes = new[] { new { text = "Zonder toestemming", consent = false } },
            mentionedEvents = new[] { new { description = "Buurtbarbecue", date = "2025-06-01" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal("Portiekgesprek", json.GetProperty("setting").GetString());
        Assert.False(json.GetProperty("quotes")[0].GetProperty("consent").GetBoolean());

        var page = JsonDocument.Parse(await api.GetStringAsync($"{Base(a)}/conversations?setting=Portiekgesprek&q={Uri.EscapeDataString(marker)}&pageSize=5")).RootElement;
        Assert.Equal(1, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(5, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(id, page.GetProperty("items")[0].GetProperty("id").GetGuid());

        var stale = await api.PutAsJsonAsync($"{Base(a)}/conversations/{id}", new { date = "2026-04-01", setting = "Straat", partnerCategory = "Bewoner", version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var updated = await api.PutAsJsonAsync($"{Base(a)}/conversations/{id}", new { date = "2026-04-01", setting = "Straat", partnerCategory = "Bewoner", summary = marker, version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var onTimeline = await api.PostAsync($"{Base(a)}/conversations/{id}/mentioned-events/0/timeline-event", null);
        Assert.Equal(HttpStatusCode.NotFound, onTimeline.StatusCode); // the update above removed the mentioned event

        var events = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking().Where(e => e.EntityType == nameof(Conversation) && (e.EntityId == id.ToString() || e.EntityId == null) && e.ApproachId == a.Approach.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains("create", events);
        Assert.Contains("update", events);
        Assert.Contains("view", events);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{Base(a)}/conversations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Base(a)}/conversations/{id}")).StatusCode);
        Assert.True(await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AnyAsync(e => e.EntityId == id.ToString() && e.Action == "delete")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConversationInput_InvalidDatesAndUnknownQuestion_AreProblemJsonWithFieldErrors(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await api.PostAsJsonAsync($"{Base(a)}/conversations", new
        {
            date = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            setting = "Straat",
            partnerCategory = "Bewoner",
            answers = new[] { new { listId = "bestaat-niet", index = 0, answer = "x" } },
            mentionedEvents = new[] { new { description = "Oud", date = "1999-12-31" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Date", out _));
        Assert.True(errors.TryGetProperty("Answers[0].Answer", out _));
        Assert.True(errors.TryGetProperty("MentionedEvents[0].Date", out _));

        var timeline = await api.PostAsJsonAsync($"{Base(a)}/timeline-events", new { title = "x", kind = "Incident", date = "2025-05-01", endDate = "2025-04-01" });
        Assert.Equal(HttpStatusCode.BadRequest, timeline.StatusCode);
        Assert.True(JsonDocument.Parse(await timeline.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("EndDate", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConsentedQuotes_OverTheApi_NeverContainAQuoteWithoutConsent(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await ConversationPageTests.AddConversationAsync(app, a, "Citaten " + tag,
            new ConversationQuote { Text = "Ja " + tag, Consent = true }, new ConversationQuote { Text = "Nee " + tag, Consent = false });
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var text = await api.GetStringAsync($"{Base(a)}/conversations/consented-quotes");
        Assert.Contains("Ja " + tag, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nee " + tag, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FollowUps_OpenOnlyAndLinks_AreFilteredAndAForeignConversationIs404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var conversation = await ConversationPageTests.AddConversationAsync(app, a, "Link " + Guid.NewGuid().ToString("N")[..6]);
        var foreign = await ConversationPageTests.AddConversationAsync(app, b, "Vreemd " + Guid.NewGuid().ToString("N")[..6]);
        var issue = "Prullenbak " + Guid.NewGuid().ToString("N")[..6];
        var created = await api.PostAsJsonAsync($"{Base(a)}/follow-ups", new { issue, raisedOn = "2026-05-01", status = "Opgelost", conversationId = conversation.Id, feedback = "Geplaatst.", feedbackOn = "2026-05-20" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"{Base(a)}/follow-ups", new { issue, raisedOn = "2026-05-01", conversationId = foreign.Id })).StatusCode);
        var notSolved = await api.PostAsJsonAsync($"{Base(a)}/follow-ups", new { issue, raisedOn = "2026-05-01", status = "NietOpgelost" });
        Assert.Equal(HttpStatusCode.BadRequest, notSolved.StatusCode);

        var open = await api.GetStringAsync($"{Base(a)}/follow-ups?openOnly=true&pageSize=100");
        Assert.DoesNotContain(issue, open, StringComparison.Ordinal);
        var all = JsonDocument.Parse(await api.GetStringAsync($"{Base(a)}/follow-ups?pageSize=100")).RootElement;
        Assert.Contains(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("issue").GetString() == issue);
        Assert.True(all.GetProperty("totalItems").GetInt32() >= 1);
    }
}
