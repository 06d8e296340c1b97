using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 11 §1, §2 and §4 on the pages: conversations and follow-ups for the core team only (partners and network
/// members are refused, other organisations get 404), audited reads and changes, validated dates, the consent rule of
/// the quote export, one click from a mentioned event to the timeline, and the timeline pages. Both providers.
/// </summary>
public sealed class ConversationPageTests(SharedApps apps) : IClassFixture<SharedApps>
{
    internal static Task<Conversation> AddConversationAsync(TestApp app, TestOrg org, string summary, params ConversationQuote[] quotes) => app.InScopeAsync(async (_, db) =>
    {
        var conversation = new Conversation
        {
            OrganisationId = org.Organisation.Id,
            ApproachId = org.Approach.Id,
            Date = new DateOnly(2026, 5, 1),
            Setting = ConversationSetting.Straat,
            PartnerCategory = PartnerCategory.Bewoner,
            Place = "Plein",
            Summary = summary,
            Quotes = [.. quotes],
            MentionedEvents = [new MentionedEvent { Description = "Opening speeltuin " + summary, Date = new DateOnly(2025, 6, 1) }],
        };
        db.Add(conversation);
        await db.SaveChangesAsync();
        return conversation;
    }, org.Organisation.Id);

    internal static Task<FollowUp> AddFollowUpAsync(TestApp app, TestOrg org, string issue) => app.InScopeAsync(async (_, db) =>
    {
        var followUp = new FollowUp { OrganisationId = org.Organisation.Id, ApproachId = org.Approach.Id, Issue = issue, RaisedOn = new DateOnly(2026, 5, 1) };
        db.Add(followUp);
        await db.SaveChangesAsync();
        return followUp;
    }, org.Organisation.Id);

    internal static Task<TimelineEvent> AddEventAsync(TestApp app, TestOrg org, string title) => app.InScopeAsync(async (_, db) =>
    {
        var e = new TimelineEvent { OrganisationId = org.Organisation.Id, ApproachId = org.Approach.Id, Title = title, Kind = TimelineKind.Activiteit, Date = new DateOnly(2025, 4, 1), AddedByName = "test" };
        db.Add(e);
        await db.SaveChangesAsync();
        return e;
    }, org.Organisation.Id);

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("toegang-geweigerd", StringComparison.Ordinal) == true)
            return HttpStatusCode.Forbidden;
        return response.StatusCode;
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConversationPages_ByRole_CoreTeamOpensPartnerNetworkAndOversightAreRefused(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var conversation = await AddConversationAsync(app, a, "Rolmatrix " + Guid.NewGuid().ToString("N")[..6]);
        var followUp = await AddFollowUpAsync(app, a, "Rolmatrix");
        var pages = new[]
        {
            $"/aanpakken/{a.Approach.Id}/gesprekken",
            $"/aanpakken/{a.Approach.Id}/gesprekken/nieuw",
            $"/aanpakken/{a.Approach.Id}/gesprekken/{conversation.Id}",
            $"/aanpakken/{a.Approach.Id}/terugkoppelingen",
            $"/aanpakken/{a.Approach.Id}/terugkoppelingen/nieuw",
            $"/aanpakken/{a.Approach.Id}/terugkoppelingen/{followUp.Id}",
        };
        var expected = new Dictionary<OrgRole, HttpStatusCode>
        {
            [OrgRole.Coordinator] = HttpStatusCode.OK,
            [OrgRole.Wijkverbinder] = HttpStatusCode.OK,
            [OrgRole.Partner] = HttpStatusCode.Forbidden,
            [OrgRole.Netwerklid] = HttpStatusCode.Forbidden,
            [OrgRole.Beheerder] = HttpStatusCode.Forbidden,
        };
        var failures = new List<string>();
        foreach (var (role, status) in expected)
        {
            var client = await app.SignedInClientAsync(a.Users[role]);
            foreach (var url in pages)
            {
                var actual = await StatusAsync(client, url);
                if (actual != status)
                    failures.Add($"{role} {url}: expected {(int)status}, got {(int)actual}");
            }
        }

        // Another organisation's coordinator: every page of this approach is a 404.
        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        foreach (var url in pages)
        {
            var actual = await StatusAsync(other, url);
            if (actual != HttpStatusCode.NotFound)
                failures.Add($"other tenant {url}: expected 404, got {(int)actual}");
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApproachNavigation_ByRole_ShowsConversationsOnlyToTheCoreTeam(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var url = $"/aanpakken/{a.Approach.Id}";
        var core = await (await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync(url);
        Assert.Contains($"/aanpakken/{a.Approach.Id}/gesprekken\"", core, StringComparison.Ordinal);
        Assert.Contains($"/aanpakken/{a.Approach.Id}/tijdlijn\"", core, StringComparison.Ordinal);
        var partner = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync(url);
        Assert.DoesNotContain($"/aanpakken/{a.Approach.Id}/gesprekken\"", partner, StringComparison.Ordinal);
        Assert.DoesNotContain($"/aanpakken/{a.Approach.Id}/terugkoppelingen\"", partner, StringComparison.Ordinal);
        Assert.Contains($"/aanpakken/{a.Approach.Id}/tijdlijn\"", partner, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordConversation_OnThePage_IsSavedAndTheCreateAndTheReadAreAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var marker = "Koffietafel " + Guid.NewGuid().ToString("N")[..8];
        var response = await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/gesprekken/nieuw", new()
        {
            ["Input.Date"] = "2026-06-01",
            ["Input.Setting"] = "Koffietafel",
            ["Input.PartnerCategory"] = "Ouder",
            ["Input.Place"] = "Winkelcentrum",
            ["Input.ResidentCoInterviewer"] = "true",
            ["Input.Summary"] = marker,
            ["Input.ProudOf"] = "De markt",
            ["Input.Answers[0].ListId"] = "werkwijzerplus-stap-2",
            ["Input.Answers[0].Index"] = "4",
            ["Input.Answers[0].Answer"] = "Blij met de markt, wil meer licht.",
            ["Input.Quotes[0].Text"] = "Met toestemming",
            ["Input.Quotes[0].Consent"] = "true",
            ["Input.Quotes[1].Text"] = "Zonder toestemming",
            ["Input.Quotes[1].Consent"] = "false",
            ["Input.MentionedEvents[0].Description"] = "Brand bij de flat",
            ["Input.MentionedEvents[0].Date"] = "2025-02-03",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.InScopeAsync((_, db) => db.Set<Conversation>().AsNoTracking().SingleAsync(c => c.Summary == marker), a.Organisation.Id);
        Assert.Equal(ConversationSetting.Koffietafel, saved.Setting);
        Assert.True(saved.ResidentCoInterviewer);
        Assert.Equal("Blij met de markt, wil meer licht.", Assert.Single(saved.Answers).Answer);
        Assert.Equal([true, false], saved.Quotes.Select(q => q.Consent));
        Assert.Equal(new DateOnly(2025, 2, 3), Assert.Single(saved.MentionedEvents).Date);

        var page = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains(marker, page, StringComparison.Ordinal);
        var audit = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AsNoTracking().Where(e => e.EntityId == saved.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("create", audit);
        Assert.Contains("view", audit);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordConversation_DateInTheFutureAndNoPartner_ComesBackWithMessagesAndTheTypedText(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var marker = "Toekomst " + Guid.NewGuid().ToString("N")[..8];
        var response = await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/gesprekken/nieuw", new()
        {
            ["Input.Date"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Setting"] = "Straat",
            ["Input.Summary"] = marker,
            ["Input.MentionedEvents[0].Description"] = "Iets",
            ["Input.MentionedEvents[0].Date"] = "1990-01-01",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Deze datum ligt in de toekomst", html, StringComparison.Ordinal);
        Assert.Contains("Kies met wie u sprak", html, StringComparison.Ordinal);
        Assert.Contains("Deze datum ligt vóór 1-1-2000", html, StringComparison.Ordinal);
        Assert.Contains(marker, html, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync((_, db) => db.Set<Conversation>().AnyAsync(c => c.Summary == marker), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PutOnTimeline_MentionedEvent_CreatesOneLinkedTimelineEvent(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var conversation = await AddConversationAsync(app, a, "Tijdlijn " + Guid.NewGuid().ToString("N")[..6]);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/aanpakken/{a.Approach.Id}/gesprekken/{conversation.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(client, url, [], url + "?handler=Tijdlijn&index=0")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(client, url, [], url + "?handler=Tijdlijn&index=0")).StatusCode);

        var title = conversation.MentionedEvents[0].Description;
        var events = await app.InScopeAsync((_, db) => db.Set<TimelineEvent>().AsNoTracking().Where(e => e.Title == title).ToListAsync(), a.Organisation.Id);
        var created = Assert.Single(events);
        Assert.Equal(new DateOnly(2025, 6, 1), created.Date);
        Assert.Equal(conversation.Id, created.ConversationId);
        Assert.Equal(a.Users[OrgRole.Wijkverbinder].DisplayName, created.AddedByName);
        var after = await app.InScopeAsync((_, db) => db.Set<Conversation>().AsNoTracking().SingleAsync(c => c.Id == conversation.Id), a.Organisation.Id);
        Assert.Equal(created.Id, after.MentionedEvents[0].TimelineEventId);
        Assert.Contains(title, await client.GetStringAsync($"/aanpakken/{a.Approach.Id}/tijdlijn"), StringComparison.Ordinal);

    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task QuoteExport_WithAndWithoutConsent_ContainsOnlyConsentedQuotesAndIsAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await AddConversationAsync(app, a, "Export " + tag, new ConversationQuote { Text = "Mag gedeeld " + tag, Consent = true }, new ConversationQuote { Text = "Niet delen " + tag, Consent = false });
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/exports/quotes?recipient=EigenOrganisatie&basis=Toestemming");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("Mag gedeeld " + tag, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Niet delen " + tag, csv, StringComparison.Ordinal);
        Assert.True(await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AnyAsync(e => e.Action == "export" && e.EntityType == nameof(Conversation) && e.ApproachId == a.Approach.Id)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FollowUp_NotSolvedWithoutReason_IsRefusedAndWithReasonSaved(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var issue = "Lantaarn kapot " + Guid.NewGuid().ToString("N")[..6];
        var form = new Dictionary<string, string>
        {
            ["Input.Issue"] = issue,
            ["Input.RaisedOn"] = "2026-05-01",
            ["Input.Status"] = "NietOpgelost",
            ["Input.FeedbackOn"] = "2026-04-01",
        };
        var refused = await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/terugkoppelingen/nieuw", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Schrijf op waarom het niet gelukt is", html, StringComparison.Ordinal);
        Assert.Contains("De terugkoppeling ligt vóór de datum", html, StringComparison.Ordinal);

        form["Input.ReasonNotSolved"] = "Geen budget.";
        form["Input.FeedbackOn"] = "2026-05-10";
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/terugkoppelingen/nieuw", form)).StatusCode);
        var saved = await app.InScopeAsync((_, db) => db.Set<FollowUp>().AsNoTracking().SingleAsync(f => f.Issue == issue), a.Organisation.Id);
        Assert.Equal(FollowUpStatus.NietOpgelost, saved.Status);
        Assert.Equal("Geen budget.", saved.ReasonNotSolved);
        // Closed follow-ups leave the overview of open ones.
        Assert.DoesNotContain(issue, await client.GetStringAsync($"/aanpakken/{a.Approach.Id}/terugkoppelingen"), StringComparison.Ordinal);
        Assert.Contains(issue, await client.GetStringAsync($"/aanpakken/{a.Approach.Id}/terugkoppelingen?alle=true"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FollowUp_LinkedToAConversationOfAnotherApproach_Is404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var foreign = await AddConversationAsync(app, b, "Ander " + Guid.NewGuid().ToString("N")[..6]);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/terugkoppelingen/nieuw", new()
        {
            ["Input.Issue"] = "Koppeling",
            ["Input.RaisedOn"] = "2026-05-01",
            ["Input.Status"] = "Open",
            ["Input.ConversationId"] = foreign.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TimelinePages_ByRole_PartnerReadsNetworkMemberIsRefusedPrintIsA3(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        await GoalOwnerTests.EnsureMemberAsync(app, a, a.Users[OrgRole.Netwerklid], ApproachRole.Netwerklid);
        var e = await AddEventAsync(app, a, "Buurtfeest " + Guid.NewGuid().ToString("N")[..6]);
        var list = $"/aanpakken/{a.Approach.Id}/tijdlijn";
        var print = list + "/afdrukken";
        var edit = $"{list}/{e.Id}";

        var partner = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        Assert.Contains(e.Title, await partner.GetStringAsync(list), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(partner, print));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(partner, edit));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(partner, list + "/nieuw"));

        var network = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(network, list));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(network, print));

        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, list));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, edit));

        var core = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var printed = await core.GetStringAsync(print);
        Assert.Contains("timeline-print.css", printed, StringComparison.Ordinal);
        Assert.Contains(e.Title, printed, StringComparison.Ordinal);
        var css = await core.GetStringAsync("/css/timeline-print.css");
        Assert.Contains("size: A3 landscape", css, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TimelineEvent_EndBeforeStart_IsRefusedAndAValidOneIsAuditedWithItsAuthor(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var title = "Renovatie " + Guid.NewGuid().ToString("N")[..6];
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Kind"] = "EerderTraject",
            ["Input.Tone"] = "Neutraal",
            ["Input.Date"] = "2025-05-01",
            ["Input.EndDate"] = "2025-04-01",
        };
        var refused = await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/tijdlijn/nieuw", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("De einddatum ligt vóór de begindatum.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        form["Input.EndDate"] = "2025-12-01";
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(client, $"/aanpakken/{a.Approach.Id}/tijdlijn/nieuw", form)).StatusCode);
        var saved = await app.InScopeAsync((_, db) => db.Set<TimelineEvent>().AsNoTracking().SingleAsync(e => e.Title == title), a.Organisation.Id);
        Assert.Equal(a.Users[OrgRole.Wijkverbinder].DisplayName, saved.AddedByName);
        Assert.True(await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().AnyAsync(e => e.EntityId == saved.Id.ToString() && e.Action == "create")));
    }
}
