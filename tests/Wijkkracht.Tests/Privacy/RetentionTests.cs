using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Tests.Privacy;

/// <summary>The system clock in Dutch time plus an offset a test sets, so a test can move "today" forward.</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override TimeZoneInfo LocalTimeZone => DutchTimeProvider.Zone;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + Offset;

    public DateOnly Today => DateOnly.FromDateTime(GetLocalNow().DateTime);

    /// <summary>Moves "now" to <paramref name="months"/> months after the real today (0: back to real time).</summary>
    public void SetMonthsAhead(int months)
    {
        var real = DateTimeOffset.UtcNow;
        Offset = real.AddMonths(months) - real;
    }
}

/// <summary>One app per provider with a <see cref="MovableClock"/> injected as the TimeProvider; the daily job is off.</summary>
public sealed class ClockApps : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, (TestApp App, TestOrg A, TestOrg B, MovableClock Clock)> _apps = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<(TestApp App, TestOrg A, TestOrg B, MovableClock Clock)> GetAsync(DatabaseProvider provider)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(provider, out var entry))
            {
                var clock = new MovableClock();
                var app = new TestApp(provider, new() { ["Retention:Enabled"] = "false" }, configureServices: s => s.AddSingleton<TimeProvider>(clock));
                _ = app.Server;
                var a = await app.CreateOrganisationAsync("GM0001", "Aadorp");
                var b = await app.CreateOrganisationAsync("GM0002", "Beekstad");
                entry = (app, a, b, clock);
                _apps[provider] = entry;
            }

            entry.Clock.SetMonthsAhead(0);
            return entry;
        }
        finally
        {
            _lock.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (app, _, _, _) in _apps.Values)
            await app.DisposeAsync();
        _lock.Dispose();
    }
}

/// <summary>
/// Issue 14 §6, retention: the preview and the run with the clock moved forward (an injected TimeProvider), only what the
/// rule makes due is touched (an open approach, a rule not yet due and another organisation stay as they are), the run's
/// audit events hold counts and never content, the daily job applies each organisation's own rules, and only the
/// Beheerder sets rules, previews and runs. Both providers.
/// </summary>
public sealed class RetentionTests(ClockApps apps) : IClassFixture<ClockApps>
{
    private const string Secret = "Geheimtekst-Jansen";

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    /// <summary>An API client whose token is valid at the app's (moved) time; TestApp.ApiClientAsync dates tokens by the real clock.</summary>
    private static async Task<HttpClient> ApiClientAtAsync(TestApp app, MovableClock clock, AppUser user)
    {
        var secret = ApiTokenService.TokenPrefix + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        await app.InScopeAsync(async (_, db) =>
        {
            db.ApiTokens.Add(new ApiToken { OrganisationId = user.OrganisationId, UserId = user.Id, Name = "test", Prefix = secret[..10], TokenHash = ApiTokenService.Hash(secret), CreatedAt = clock.GetUtcNow(), ExpiresAt = clock.GetUtcNow().AddDays(1) });
            return await db.SaveChangesAsync();
        }, user.OrganisationId);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A fresh approach with one record of every type, each holding <see cref="Secret"/>; closed today when <paramref name="closed"/>.</summary>
    private static async Task<Approach> ApproachWithRecordsAsync(TestApp app, TestOrg org, MovableClock clock, bool closed, DateOnly? recordDate = null)
    {
        var approach = await ReachTests.FreshApproachAsync(app, org, closed ? "Bewaren-dicht" : "Bewaren-open");
        var date = recordDate ?? clock.Today;
        await app.InScopeAsync(async (_, db) =>
        {
            var organisationId = org.Organisation.Id;
            db.Add(new Observation
            {
                OrganisationId = organisationId,
                ApproachId = approach.Id,
                ObservedOn = date,
                ObservedAt = new TimeOnly(15, 0),
                PartOfDay = PartOfDay.Middag,
                DayType = DayType.Doordeweeks,
                PlaceName = "Plein",
                Groups = "jongeren",
                WhatHappens = Secret + " hangt bij de bank",
                OtherObservers = Secret,
                RecordedByUserId = org.Users[OrgRole.Wijkverbinder].Id,
            });
            db.Add(new Conversation
            {
                OrganisationId = organisationId,
                ApproachId = approach.Id,
                Date = date,
                Setting = ConversationSetting.Straat,
                PartnerCategory = PartnerCategory.Bewoner,
                Place = "Plein",
                Summary = Secret + " vertelde over het plein",
                Interviewers = Secret,
                Quotes = [new ConversationQuote { Text = Secret + " zei: het is hier fijn", Consent = true }],
            });
            var one = new NetworkActor { OrganisationId = organisationId, ApproachId = approach.Id, Kind = ActorKind.Persoon, DisplayName = Secret + " de buurtvader" };
            var two = new NetworkActor { OrganisationId = organisationId, ApproachId = approach.Id, Kind = ActorKind.Organisatie, DisplayName = "Buurthuis" };
            db.AddRange(one, two);
            db.Add(new NetworkRelation { OrganisationId = organisationId, ApproachId = approach.Id, FromActorId = one.Id, ToActorId = two.Id });
            db.Add(new ContactLogEntry { OrganisationId = organisationId, ApproachId = approach.Id, ActorId = one.Id, Date = date, Kind = ContactKind.Gesprek, Note = Secret + " belde" });
            if (closed)
                db.Add(new ApproachClosing { OrganisationId = organisationId, ApproachId = approach.Id, ClosedOn = clock.Today });
            return await db.SaveChangesAsync();
        }, org.Organisation.Id);
        return approach;
    }

    private sealed record Held(int Observations, int ObservationsWithText, int Conversations, int ConversationsWithText, int Actors, int Relations, int Contacts);

    private static Task<Held> HeldAsync(TestApp app, TestOrg org, Guid approachId) => app.InScopeAsync(async (_, db) =>
    {
        var observations = await db.Set<Observation>().Where(o => o.ApproachId == approachId).ToListAsync();
        var conversations = await db.Set<Conversation>().Where(c => c.ApproachId == approachId).ToListAsync();
        return new Held(
            observations.Count,
            observations.Count(o => o.WhatHappens.Contains(Secret, StringComparison.Ordinal) || o.OtherObservers.Contains(Secret, StringComparison.Ordinal)),
            conversations.Count,
            conversations.Count(c => c.Summary.Contains(Secret, StringComparison.Ordinal) || c.Interviewers.Length > 0 || c.Quotes.Count > 0),
            await db.Set<NetworkActor>().CountAsync(a => a.ApproachId == approachId),
            await db.Set<NetworkRelation>().CountAsync(r => r.ApproachId == approachId),
            await db.Set<ContactLogEntry>().CountAsync(c => c.ApproachId == approachId));
    }, org.Organisation.Id);

    private static Actor ActorOf(TestOrg org, OrgRole role) => new(org.Users[role].Id, org.Organisation.Id, role, org.Users[role].DisplayName);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Preview_ClockMovedPastTheDefaults_ListsWhatIsDueWithCountsAndNoContent(DatabaseProvider provider)
    {
        var (app, a, b, clock) = await apps.GetAsync(provider);
        var closed = await ApproachWithRecordsAsync(app, a, clock, closed: true);
        var open = await ApproachWithRecordsAsync(app, a, clock, closed: false);
        var other = await ApproachWithRecordsAsync(app, b, clock, closed: true);

        JsonElement Lines(JsonElement preview, Guid approachId) =>
            JsonSerializer.SerializeToElement(preview.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("approachId").ValueKind == JsonValueKind.String && i.GetProperty("approachId").GetGuid() == approachId).ToList());

        var now = Json(await (await ApiClientAtAsync(app, clock, a.Users[OrgRole.Beheerder])).GetStringAsync("/api/v1/organisation/retention/preview"));
        Assert.Equal(0, Lines(now, closed.Id).GetArrayLength());

        // 13 months on: conversations, the network and the contact log (12 months after closing) are due; observations (24) not yet.
        clock.SetMonthsAhead(13);
        var response = await (await ApiClientAtAsync(app, clock, a.Users[OrgRole.Beheerder])).GetAsync("/api/v1/organisation/retention/preview");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        var lines = Lines(Json(body), closed.Id).EnumerateArray().ToList();
        var byType = lines.GroupBy(l => l.GetProperty("recordType").GetString()!).ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("count").GetInt32()));
        Assert.Equal(1, byType["GesprekkenEnCitaten"]);
        Assert.Equal(3, byType["Netwerk"]); // two actors and their relation
        Assert.Equal(1, byType["Contactmomenten"]);
        Assert.False(byType.ContainsKey("Waarnemingen"));
        Assert.All(lines, l => Assert.Equal(clock.Today.AddMonths(-13), DateOnly.Parse(l.GetProperty("recordDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0, Lines(Json(body), open.Id).GetArrayLength());
        Assert.Equal(0, Lines(Json(body), other.Id).GetArrayLength());

        // The page shows the same, with the approach's title and no content.
        var page = await (await app.SignedInClientAsync(a.Users[OrgRole.Beheerder])).GetStringAsync("/beheer/bewaartermijnen");
        Assert.Contains(closed.Title, page, StringComparison.Ordinal);
        Assert.DoesNotContain(open.Title, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_ClockMovedForward_TouchesOnlyWhatIsDueAndAuditsCountsWithoutContent(DatabaseProvider provider)
    {
        var (app, a, b, clock) = await apps.GetAsync(provider);
        var closed = await ApproachWithRecordsAsync(app, a, clock, closed: true);
        var open = await ApproachWithRecordsAsync(app, a, clock, closed: false);
        var other = await ApproachWithRecordsAsync(app, b, clock, closed: true);
        clock.SetMonthsAhead(25);
        var api = await ApiClientAtAsync(app, clock, a.Users[OrgRole.Beheerder]);
        var before = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().MaxAsync(e => e.Id));
        var response = await api.PostAsync("/api/v1/organisation/retention/run", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);

        // Observations and conversations anonymised (record and date kept), network and contact log deleted.
        Assert.Equal(new Held(1, 0, 1, 0, 0, 0, 0), await HeldAsync(app, a, closed.Id));
        var kept = await app.InScopeAsync((_, db) => db.Set<Observation>().Where(o => o.ApproachId == closed.Id).Select(o => new { o.ObservedOn, o.PlaceName, o.Groups }).SingleAsync(), a.Organisation.Id);
        Assert.Equal(("Plein", "jongeren", clock.Today.AddMonths(-25)), (kept.PlaceName, kept.Groups, kept.ObservedOn));
        // Not due: the open approach of the same organisation, and the other organisation's closed approach.
        Assert.Equal(new Held(1, 1, 1, 1, 2, 1, 1), await HeldAsync(app, a, open.Id));
        Assert.Equal(new Held(1, 1, 1, 1, 2, 1, 1), await HeldAsync(app, b, other.Id));

        // The run's audit trail: one event per type that had something, counts only; no per-record update or delete events.
        var events = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.Id > before).OrderBy(e => e.Id).ToListAsync());
        Assert.DoesNotContain(events, e => e.OrganisationId == b.Organisation.Id && e.Action == AuditActions.Retention);
        var run = events.Where(e => e.OrganisationId == a.Organisation.Id && e.Action != AuditActions.View).ToList();
        Assert.All(run, e => Assert.Equal(AuditActions.Retention, e.Action));
        Assert.Superset(new HashSet<string> { "GesprekkenEnCitaten", "Netwerk", "Waarnemingen" }, run.Select(e => e.EntityId!).ToHashSet());
        Assert.Equal(run.Count, run.Select(e => e.EntityId).Distinct().Count());
        Assert.All(events, e => Assert.DoesNotContain(Secret, e.Summary + e.Changes, StringComparison.Ordinal));
        Assert.All(run, e => Assert.Null(e.Changes));
        Assert.Contains(run, e => e.EntityId == "Netwerk" && e.Summary.Contains("actoren", StringComparison.Ordinal) && e.Summary.EndsWith("verwijderd", StringComparison.Ordinal));
        Assert.Contains(run, e => e.EntityId == "Waarnemingen" && e.Summary.EndsWith("waarnemingen geanonimiseerd", StringComparison.Ordinal));

        // A second run finds nothing more for this approach: anonymised records are not counted again.
        var again = await app.AsActorAsync(ActorOf(a, OrgRole.Beheerder), (sp, _) => sp.GetRequiredService<RetentionService>().PreviewForAsync(a.Organisation.Id));
        Assert.DoesNotContain(again.Due, d => d.ApproachId == closed.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_SafetyReportsPastTheirPeriod_DeletesClosedOnesWithFollowUpAndKeepsOpenOnes(DatabaseProvider provider)
    {
        var (app, a, _, clock) = await apps.GetAsync(provider);
        var approach = await ApproachWithRecordsAsync(app, a, clock, closed: true);
        var (closedId, openId) = await app.InScopeAsync(async (_, db) =>
        {
            SafetyReport Report(SafetyReportStatus status) => new()
            {
                OrganisationId = a.Organisation.Id,
                ApproachId = approach.Id,
                Kind = SafetyReportKind.Incident,
                HappenedOn = clock.Today,
                ReportedAt = clock.GetUtcNow(),
                ReportedByUserId = a.Users[OrgRole.Netwerklid].Id,
                Feeling = SafetyFeeling.Veilig,
                PoliceAware = PoliceAware.Ja,
                ContactPreference = ContactPreference.Email,
                Status = status,
            };
            var done = Report(SafetyReportStatus.Afgesloten);
            var running = Report(SafetyReportStatus.InBehandeling);
            db.AddRange(done, running);
            db.Add(new SafetyFollowUp { OrganisationId = a.Organisation.Id, ApproachId = approach.Id, ReportId = done.Id, On = clock.Today, Kind = FollowUpKind.EersteContact, ByUserId = a.Users[OrgRole.Wijkverbinder].Id });
            await db.SaveChangesAsync();
            return (done.Id, running.Id);
        }, a.Organisation.Id);
        clock.SetMonthsAhead(13);
        var api = await ApiClientAtAsync(app, clock, a.Users[OrgRole.Beheerder]);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/organisation/retention/run", null)).StatusCode);
        var left = await app.InScopeAsync(async (_, db) => (
            Reports: await db.Set<SafetyReport>().Where(r => r.ApproachId == approach.Id).Select(r => r.Id).ToListAsync(),
            FollowUps: await db.Set<SafetyFollowUp>().CountAsync(f => f.ApproachId == approach.Id)), a.Organisation.Id);
        Assert.Equal([openId], left.Reports);
        Assert.Equal(0, left.FollowUps);
        Assert.NotEqual(closedId, openId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Job_RunAll_AppliesEachOrganisationsOwnRuleToItsOwnDataOnly(DatabaseProvider provider)
    {
        var (app, a, b, clock) = await apps.GetAsync(provider);
        // Both organisations hold a contact dated three months ago in an open approach; only B counts contacts from their own date.
        var threeMonthsAgo = clock.Today.AddMonths(-3);
        var inA = await ApproachWithRecordsAsync(app, a, clock, closed: false, recordDate: threeMonthsAgo);
        var inB = await ApproachWithRecordsAsync(app, b, clock, closed: false, recordDate: threeMonthsAgo);
        var saved = await app.AsActorAsync(ActorOf(b, OrgRole.Beheerder), (sp, _) => sp.GetRequiredService<RetentionService>().SaveRulesAsync(
            new RetentionRulesInput { Rules = [new RetentionRuleInput { RecordType = RetentionRecordType.Contactmomenten, Months = 2, CountFrom = RetentionCountFrom.DatumRecord }] }, ActorOf(b, OrgRole.Beheerder)));
        Assert.True(saved.IsOk, saved.Message);

        await RetentionJob.RunAllAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger.Instance, CancellationToken.None);

        Assert.Equal(0, (await HeldAsync(app, b, inB.Id)).Contacts);
        Assert.Equal(2, (await HeldAsync(app, b, inB.Id)).Actors);
        Assert.Equal(new Held(1, 1, 1, 1, 2, 1, 1), await HeldAsync(app, a, inA.Id));
        var jobEvent = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.OrganisationId == b.Organisation.Id && e.Action == AuditActions.Retention && e.EntityId == "Contactmomenten").OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal(RetentionService.JobName, jobEvent.ActorName);
        Assert.Null(jobEvent.ActorUserId);

        // Put B back on the default so the other tests in this class see defaults.
        await app.InScopeAsync((_, db) => db.Set<RetentionRule>().Where(r => r.OrganisationId == b.Organisation.Id).ExecuteDeleteAsync(), b.Organisation.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rules_ByRole_OnlyTheBeheerderSetsPreviewsAndRuns(DatabaseProvider provider)
    {
        var (app, a, _, _) = await apps.GetAsync(provider);
        var rules = new { rules = new[] { new { recordType = "Waarnemingen", months = 36, countFrom = "AfsluitingAanpak" } } };
        var failures = new List<string>();
        foreach (var role in new[] { OrgRole.Coordinator, OrgRole.Wijkverbinder, OrgRole.Partner, OrgRole.Netwerklid })
        {
            failures.AddRange(await app.CheckStatusesAsync(a,
            [
                (role, "GET", "/api/v1/organisation/retention", null, HttpStatusCode.Forbidden),
                (role, "PUT", "/api/v1/organisation/retention", rules, HttpStatusCode.Forbidden),
                (role, "GET", "/api/v1/organisation/retention/preview", null, HttpStatusCode.Forbidden),
                (role, "POST", "/api/v1/organisation/retention/run", null, HttpStatusCode.Forbidden),
            ]));
        }

        failures.AddRange(await app.CheckStatusesAsync(a,
        [
            (OrgRole.Beheerder, "GET", "/api/v1/organisation/retention", null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "GET", "/api/v1/organisation/retention/preview", null, HttpStatusCode.OK),
        ]));
        Assert.Empty(failures);
        var coordinator = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var page = await coordinator.GetAsync("/beheer/bewaartermijnen");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("toegang-geweigerd", page.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rules_PutInvalidThenValid_RefusedInDutchThenSavedWithVersionCheck(DatabaseProvider provider)
    {
        var (app, a, _, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var bad = await api.PutAsJsonAsync("/api/v1/organisation/retention", new { rules = new[] { new { recordType = "Contactmomenten", months = 0, countFrom = "DatumRecord" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bewaartermijn van 1 tot 240 maanden", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = Json(await (await api.PutAsJsonAsync("/api/v1/organisation/retention", new { rules = new[] { new { recordType = "Auditgebeurtenissen", months = 84, countFrom = "DatumRecord" } } })).Content.ReadAsStringAsync());
        var audit = ok.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == "Auditgebeurtenissen");
        Assert.False(audit.GetProperty("isDefault").GetBoolean());
        Assert.Equal(84, audit.GetProperty("months").GetInt32());
        Assert.Equal("Verwijderen", audit.GetProperty("action").GetString());
        var stale = await api.PutAsJsonAsync("/api/v1/organisation/retention", new { rules = new[] { new { recordType = "Auditgebeurtenissen", months = 72, countFrom = "DatumRecord", version = Guid.NewGuid() } } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // The form keeps what was typed and says what is wrong, in Dutch.
        var beheerder = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var form = await TestApp.PostFormAsync(beheerder, "/beheer/bewaartermijnen", new()
        {
            ["Input.Rules[0].RecordType"] = "Waarnemingen",
            ["Input.Rules[0].Months"] = "999",
            ["Input.Rules[0].CountFrom"] = "AfsluitingAanpak",
        });
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Kies bij waarnemingen een bewaartermijn van 1 tot 240 maanden", html, StringComparison.Ordinal);
        Assert.Contains("value=\"999\"", html, StringComparison.Ordinal);
        var unconfirmed = await TestApp.PostFormAsync(beheerder, "/beheer/bewaartermijnen", [], "/beheer/bewaartermijnen?handler=Run");
        Assert.Contains("niet terug te draaien", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await app.InScopeAsync((_, db) => db.Set<RetentionRule>().Where(r => r.OrganisationId == a.Organisation.Id).ExecuteDeleteAsync(), a.Organisation.Id);
    }
}
