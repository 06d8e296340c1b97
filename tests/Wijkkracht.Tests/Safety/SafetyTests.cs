using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Notifications;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Safety;

/// <summary>
/// Issue 14 §1–5 and §10: reports of threats and incidents are read only by the safety contacts and coordinators (the
/// reporter sees the status; a partner or another network member gets 404 and never sees the text — pages, API, audit
/// log, reports), a missed first-contact deadline escalates once, the person concerned is protected, risky actions need
/// the police contact, agreements remind on their review date, check-ins list who was not spoken to, and the sensitive
/// text is encrypted in the database. Both providers.
/// </summary>
public sealed class SafetyTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    /// <summary>A clock moved forward from now.</summary>
    private sealed class MovedTime(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;

        public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
    }

    private static async Task SetContactsAsync(TestApp app, TestOrg org, Guid approachId, Guid? police = null)
    {
        var coordinator = await app.ApiClientAsync(org.Users[OrgRole.Coordinator]);
        var response = await coordinator.PutAsJsonAsync($"/api/v1/approaches/{approachId}/safety-contacts",
            new { responsibleUserId = org.Users[OrgRole.Wijkverbinder].Id, policeContactUserId = police, firstContactHours = 24 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<AppUser> SecondNetworkMemberAsync(TestApp app, TestOrg org, Guid approachId) => app.InScopeAsync(async (sp, db) =>
    {
        var email = $"tweede-{Guid.NewGuid():N}@test.example";
        var user = new AppUser { OrganisationId = org.Organisation.Id, UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Tweede Netwerklid", Role = OrgRole.Netwerklid };
        var created = await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, TestApp.Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        db.ApproachMembers.Add(new ApproachMember { OrganisationId = org.Organisation.Id, ApproachId = approachId, UserId = user.Id, Role = ApproachRole.Netwerklid });
        await db.SaveChangesAsync();
        return user;
    }, org.Organisation.Id);

    private static async Task ReportAsPageAsync(HttpClient resident, Guid approachId, string secret)
    {
        var response = await TestApp.PostFormAsync(resident, $"/aanpakken/{approachId}/veiligheid/melding", new()
        {
            ["Input.Kind"] = "Bedreiging",
            ["Input.HappenedOn"] = Today,
            ["Input.WhatHappened"] = secret,
            ["Input.Where"] = "Bij de flat " + secret,
            ["Input.Feeling"] = "Onveilig",
            ["Input.PoliceAware"] = "Nee",
            ["Input.ContactPreference"] = "Telefoon",
            ["Input.ContactDetails"] = "06-12345678",
            ["Input.OnBehalfOf"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Report_ByANetworkMember_IsReadOnlyByContactsAndCoordinatorsAndTheReporterSeesItsStatus(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Melding");
        await SetContactsAsync(app, a, approach.Id);
        var secret = "Geheime-melding-" + Guid.NewGuid().ToString("N")[..8];
        var resident = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        await ReportAsPageAsync(resident, approach.Id, secret);

        var contact = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var list = Json(await contact.GetStringAsync($"/api/v1/approaches/{approach.Id}/safety-reports"));
        Assert.Equal(1, list.GetProperty("totalItems").GetInt32());
        var reportId = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.DoesNotContain(secret, list.GetRawText(), StringComparison.Ordinal);
        var full = await contact.GetStringAsync($"/api/v1/approaches/{approach.Id}/safety-reports/{reportId}");
        Assert.Contains(secret, full, StringComparison.Ordinal);
        Assert.Contains(secret, await (await app.ApiClientAsync(a.Users[OrgRole.Coordinator])).GetStringAsync($"/api/v1/approaches/{approach.Id}/safety-reports/{reportId}"), StringComparison.Ordinal);

        // The contact got a notice without the content.
        var notices = await contact.GetStringAsync("/api/v1/account/notices");
        Assert.Contains("Nieuwe veiligheidsmelding", notices, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, notices, StringComparison.Ordinal);

        // The reporter sees the status, never the report page.
        var own = await resident.GetStringAsync($"/aanpakken/{approach.Id}/veiligheid");
        Assert.Contains("Ontvangen, nog niet in behandeling", own, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/aanpakken/{approach.Id}/veiligheid/meldingen/{reportId}")).StatusCode);

        // A partner and another network member: 404 on the report, and the text nowhere.
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/api/v1/approaches/{approach.Id}/safety-reports")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/approaches/{approach.Id}/safety-reports/{reportId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/approaches/{approach.Id}/safety-reports/{reportId}/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/safety-reports/{reportId}/follow-ups", new { on = Today, kind = "Stap", text = "x" })).StatusCode);
        var partnerPages = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.NotFound, (await partnerPages.GetAsync($"/aanpakken/{approach.Id}/veiligheid/meldingen/{reportId}")).StatusCode);
        Assert.DoesNotContain(secret, await partnerPages.GetStringAsync($"/aanpakken/{approach.Id}/veiligheid"), StringComparison.Ordinal);
        var other = await app.SignedInClientAsync(await SecondNetworkMemberAsync(app, a, approach.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/aanpakken/{approach.Id}/veiligheid/meldingen/{reportId}")).StatusCode);
        var otherPage = await other.GetStringAsync($"/aanpakken/{approach.Id}/veiligheid");
        Assert.DoesNotContain(secret, otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Ontvangen, nog niet in behandeling", otherPage, StringComparison.Ordinal);

        // Never in the audit log or the approach report, not even for the coordinator or the Beheerder.
        var beheerder = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        Assert.DoesNotContain(secret, await beheerder.GetStringAsync($"/api/v1/audit-events?approachId={approach.Id}&pageSize=100"), StringComparison.Ordinal);
        var coordinatorPages = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.DoesNotContain(secret, await coordinatorPages.GetStringAsync($"/aanpakken/{approach.Id}/rapport"), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await coordinatorPages.GetStringAsync($"/aanpakken/{approach.Id}/evaluatie/rapport"), StringComparison.Ordinal);

        // Another organisation: 404.
        var otherOrg = await app.ApiClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOrg.GetAsync($"/api/v1/approaches/{approach.Id}/safety-reports/{reportId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Report_FreeText_IsEncryptedInTheDatabaseAndFollowUpCloses(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Versleuteld");
        await SetContactsAsync(app, a, approach.Id);
        var secret = "Versleuteld-" + Guid.NewGuid().ToString("N")[..8];
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var created = await partner.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/safety-reports",
            new { kind = "Incident", happenedOn = Today, whatHappened = secret, where = secret, feeling = "BeetjeOnveilig", policeAware = "Ja", contactPreference = "Email", contactDetails = secret });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var status = Json(await created.Content.ReadAsStringAsync());
        Assert.False(status.TryGetProperty("whatHappened", out _));
        var reportId = status.GetProperty("id").GetGuid();

        var contact = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/safety-reports/{reportId}";
        Assert.Equal(HttpStatusCode.Created, (await contact.PostAsJsonAsync(url + "/follow-ups", new { on = Today, kind = "EersteContact", text = "Gebeld " + secret })).StatusCode);
        var noEvaluation = await contact.PostAsJsonAsync(url + "/close", new { version = Json(await contact.GetStringAsync(url)).GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, noEvaluation.StatusCode);
        Assert.Contains("Evalueer de opvolging", await noEvaluation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var version = Json(await contact.GetStringAsync(url)).GetProperty("version").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await contact.PostAsJsonAsync(url + "/close", new { evaluation = "Goed opgevolgd " + secret, version })).StatusCode);
        Assert.Equal("Afgesloten", Json(await partner.GetStringAsync(url + "/status")).GetProperty("status").GetString());

        var checkInBody = new { subject = "u:" + a.Users[OrgRole.Netwerklid].Id, on = Today, howAreYou = "Gaat goed " + secret, threatened = true, notes = secret };
        Assert.Equal(HttpStatusCode.Created, (await contact.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/check-ins", checkInBody)).StatusCode);

        var raw = await app.InScopeAsync(async (_, db) =>
        {
            var texts = new List<string>();
            texts.AddRange(await db.Set<SafetyReport>().Where(r => r.ApproachId == approach.Id)
                .Select(r => r.WhatHappenedProtected + "|" + r.WhereProtected + "|" + r.ContactDetailsProtected + "|" + r.EvaluationProtected).ToListAsync());
            texts.AddRange(await db.Set<SafetyFollowUp>().Where(f => f.ApproachId == approach.Id).Select(f => f.TextProtected).ToListAsync());
            texts.AddRange(await db.Set<CheckIn>().Where(c => c.ApproachId == approach.Id).Select(c => c.HowAreYouProtected + "|" + c.NotesProtected).ToListAsync());
            texts.AddRange(await db.AuditEvents.Where(e => e.ApproachId == approach.Id).Select(e => e.Changes + e.Summary).ToListAsync());
            return texts;
        }, a.Organisation.Id);
        Assert.True(raw.Count >= 4);
        Assert.All(raw, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        Assert.All(raw.Take(3), text => Assert.StartsWith("CfDJ8", text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FirstContact_WhenTheDeadlinePasses_EscalatesOnceToTheCoordinators(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Termijn");
        await SetContactsAsync(app, a, approach.Id);
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var missing = await partner.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/safety-reports", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Beschrijf kort wat er gebeurde", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var created = await partner.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/safety-reports",
            new { kind = "Bedreiging", happenedOn = Today, whatHappened = "Bedreigd bij de ingang", feeling = "Onveilig", policeAware = "Nee", contactPreference = "BerichtInWijkkracht" });
        var reportId = Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();

        Task<SafetyDeadlineRun> RunAtAsync(TimeSpan later) => app.InScopeAsync((sp, _) =>
            ActivatorUtilities.CreateInstance<SafetyDeadlineService>(sp, (TimeProvider)new MovedTime(later)).RunAsync(a.Organisation.Id), a.Organisation.Id);

        Assert.Equal(0, (await RunAtAsync(TimeSpan.FromHours(23))).Escalated);
        var run = await RunAtAsync(TimeSpan.FromHours(25));
        Assert.True(run.Escalated >= 1);
        Assert.Contains(run.Notices, n => n.UserId == a.Users[OrgRole.Coordinator].Id && n.Link.Contains(reportId.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(run.Notices, n => n.Text.Contains("ingang", StringComparison.Ordinal));
        Assert.Equal(0, (await RunAtAsync(TimeSpan.FromHours(26))).Escalated);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Contains("Termijn voor eerste contact verstreken", await coordinator.GetStringAsync("/api/v1/account/notices"), StringComparison.Ordinal);
        var report = Json(await coordinator.GetStringAsync($"/api/v1/approaches/{approach.Id}/safety-reports/{reportId}"));
        Assert.Equal(JsonValueKind.String, report.GetProperty("escalatedAt").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Report_AboutAPersonInTheRegister_RaisesProtectionUntilTheContactLowersIt(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bescherming");
        await SetContactsAsync(app, a, approach.Id);
        var actorId = await app.InScopeAsync(async (_, db) =>
        {
            var person = new NetworkActor { ApproachId = approach.Id, Kind = ActorKind.Persoon, DisplayName = "Fatima B.", Protection = ProtectionLevel.Normaal, MemberSince = new DateOnly(2026, 1, 5) };
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        }, a.Organisation.Id);
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var created = await partner.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/safety-reports",
            new { kind = "Bedreiging", happenedOn = Today, whatHappened = "Fatima is bedreigd", feeling = "Onveilig", policeAware = "Ja", contactPreference = "Email", onBehalfOf = true, onBehalfOfWho = "Fatima" });
        var url = $"/api/v1/approaches/{approach.Id}/safety-reports/{Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetGuid()}/person";
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PutAsJsonAsync(url, new { actorId })).StatusCode);

        var contact = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        Assert.Equal(HttpStatusCode.OK, (await contact.PutAsJsonAsync(url, new { actorId })).StatusCode);
        Task<ProtectionLevel> LevelAsync() => app.InScopeAsync(async (_, db) => (await db.Set<NetworkActor>().SingleAsync(x => x.Id == actorId)).Protection, a.Organisation.Id);
        Assert.Equal(ProtectionLevel.Bedreigd, await LevelAsync());
        var stillBedreigd = await contact.PutAsJsonAsync(url, new { protection = "Bedreigd" });
        Assert.Equal(HttpStatusCode.BadRequest, stillBedreigd.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await contact.PutAsJsonAsync(url, new { protection = "Normaal" })).StatusCode);
        Assert.Equal(ProtectionLevel.Normaal, await LevelAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RiskyAction_WithoutThePoliceContact_CannotStart(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Risico");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/actions";
        var refused = await api.PostAsJsonAsync(url, new { kind = "ZichtbareActie", title = "Schouw bij de garageboxen", status = "Loopt", risky = true });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("start pas als de politie is betrokken", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(url, new { kind = "ZichtbareActie", title = "Schouw gepland", status = "Gepland", risky = true })).StatusCode);
        var started = await api.PostAsJsonAsync(url, new { kind = "ZichtbareActie", title = "Schouw met wijkagent", status = "Loopt", risky = true, policeContact = "Wijkagent loopt mee" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.True(Json(await started.Content.ReadAsStringAsync()).GetProperty("risky").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AgreementsAndCheckIns_RemindOnTheReviewDateAndListWhoWasNotSpokenTo(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Afspraken");
        await SetContactsAsync(app, a, approach.Id);
        var core = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var agreements = $"/api/v1/approaches/{approach.Id}/safety-agreements";
        var noParties = await core.PostAsJsonAsync(agreements, new { title = "Veilig naar huis", agreed = "In tweetallen", agreedOn = today.AddDays(-30).ToString("yyyy-MM-dd"), reviewOn = today.AddDays(-1).ToString("yyyy-MM-dd") });
        Assert.Contains("Kies met wie de afspraak is gemaakt", await noParties.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var created = await core.PostAsJsonAsync(agreements, new { title = "Veilig naar huis", agreed = "In tweetallen", parties = new[] { "Politie", "Veiligheidshuis" }, agreedOn = today.AddDays(-30).ToString("yyyy-MM-dd"), reviewOn = today.AddDays(-1).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(Json(await created.Content.ReadAsStringAsync()).GetProperty("reviewDue").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(a.Users[OrgRole.Partner])).PostAsJsonAsync(agreements, new { title = "x" })).StatusCode);

        Task<SafetyDeadlineRun> RunAsync() => app.InScopeAsync((sp, _) => sp.GetRequiredService<SafetyDeadlineService>().RunAsync(a.Organisation.Id), a.Organisation.Id);
        var run = await RunAsync();
        Assert.True(run.AgreementReminders >= 1);
        Assert.Contains(run.Notices, n => n.UserId == a.Users[OrgRole.Wijkverbinder].Id && n.Text.Contains("herziening", StringComparison.Ordinal));
        Assert.DoesNotContain((await RunAsync()).Notices, n => n.Link.Contains(approach.Id.ToString(), StringComparison.Ordinal));

        var residents = $"/api/v1/approaches/{approach.Id}/check-ins/residents?weeks=6";
        var member = "u:" + a.Users[OrgRole.Netwerklid].Id;
        Assert.Contains(Json(await core.GetStringAsync(residents)).EnumerateArray(), r => r.GetProperty("subject").GetString() == member);
        var checkIn = await core.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/check-ins", new { subject = member, on = today.ToString("yyyy-MM-dd"), howAreYou = "Goed", unsafeSituation = true });
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        Assert.DoesNotContain(Json(await core.GetStringAsync(residents)).EnumerateArray(), r => r.GetProperty("subject").GetString() == member);
        var unknown = await core.PostAsJsonAsync($"/api/v1/approaches/{approach.Id}/check-ins", new { subject = "u:" + Guid.NewGuid(), on = today.ToString("yyyy-MM-dd"), howAreYou = "Goed" });
        Assert.Contains("Kies een netwerklid", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(a.Users[OrgRole.Partner])).GetAsync($"/api/v1/approaches/{approach.Id}/check-ins")).StatusCode);
        var asCoordinator = Json(await (await app.ApiClientAsync(a.Users[OrgRole.Coordinator])).GetStringAsync($"/api/v1/approaches/{approach.Id}/check-ins"));
        Assert.Equal("Goed", asCoordinator.GetProperty("items")[0].GetProperty("howAreYou").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MarkNoticeRead_AnotherUsersNotice_Gives404AndTheOwnerCanMarkIt(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = await app.InScopeAsync(async (sp, db) =>
        {
            var notice = new Notice { OrganisationId = a.Organisation.Id, UserId = a.Users[OrgRole.Coordinator].Id, CreatedAt = DateTimeOffset.UtcNow, Text = "Proef", Link = "/" };
            db.Add(notice);
            await db.SaveChangesAsync();
            return notice.Id;
        }, a.Organisation.Id);
        var other = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/account/notices/read?noticeId={id}", null)).StatusCode);
        var owner = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/api/v1/account/notices/read?noticeId={id}", null)).StatusCode);
        Assert.Contains(Json(await owner.GetStringAsync("/api/v1/account/notices")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == id && n.GetProperty("read").GetBoolean());
    }
}
