using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Conversations;

/// <summary>
/// Issue 13 §3, meetings and agreements: every allow and deny over the API and the pages (core team plans, partners read
/// what the visibility allows, network members read the meetings they attend and only their own agreements, the owner
/// updates status and progress), the experiment rules, the agreement filters, the dashboard methods and the forms
/// without JavaScript. Both providers.
/// </summary>
public sealed class MeetingTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    private static Actor ActorOf(AppUser user) => new(user.Id, user.OrganisationId, user.Role, user.DisplayName);

    private static async Task<HttpStatusCode> PageStatusAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("toegang-geweigerd", StringComparison.Ordinal) == true)
            return HttpStatusCode.Forbidden;
        return response.StatusCode;
    }

    private static Task<Meeting> AddMeetingAsync(TestApp app, TestOrg org, Guid approachId, string title, VisibilityLevel level, int daysFromToday = -10, params Guid[] attendees) => app.InScopeAsync(async (_, db) =>
    {
        var meeting = new Meeting
        {
            OrganisationId = org.Organisation.Id,
            ApproachId = approachId,
            Kind = MeetingKind.Netwerkbijeenkomst,
            Title = title,
            Date = Today.AddDays(daysFromToday),
            Place = "Buurthuis",
            Visibility = level,
            AttendeeUserIds = [.. attendees],
        };
        db.Add(meeting);
        await db.SaveChangesAsync();
        return meeting;
    }, org.Organisation.Id);

    private static Task<MeetingAgreement> AddAgreementAsync(TestApp app, TestOrg org, Meeting meeting, string what, Guid? owner, int? dueFromToday, AgreementStatus status = AgreementStatus.Open) => app.InScopeAsync(async (_, db) =>
    {
        var agreement = new MeetingAgreement
        {
            OrganisationId = org.Organisation.Id,
            ApproachId = meeting.ApproachId,
            MeetingId = meeting.Id,
            What = what,
            OwnerUserId = owner,
            OwnerName = owner is null ? "Jongerenwerk" : "Lid",
            DueDate = dueFromToday is { } d ? Today.AddDays(d) : null,
            Status = status,
        };
        db.Add(agreement);
        await db.SaveChangesAsync();
        return agreement;
    }, org.Organisation.Id);

    private static Task<NeighbourhoodAction> AddExperimentAsync(TestApp app, TestOrg org, Guid approachId) => app.InScopeAsync(async (_, db) =>
    {
        var action = new NeighbourhoodAction { OrganisationId = org.Organisation.Id, ApproachId = approachId, Kind = ActionKind.Experiment, Title = Unique("Experiment bushalte") };
        db.Add(action);
        await db.SaveChangesAsync();
        return action;
    }, org.Organisation.Id);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MeetingRoutes_ByRole_CoreTeamPlansPartnerReadsOtherTenantGets404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bijeenkomst-rol");
        var meeting = await AddMeetingAsync(app, a, approach.Id, Unique("Partners"), VisibilityLevel.Partners);
        var core = await AddMeetingAsync(app, a, approach.Id, Unique("Kernteam"), VisibilityLevel.Kernteam);
        var agreement = await AddAgreementAsync(app, a, meeting, Unique("Zaal regelen"), null, 10);
        var url = $"/api/v1/approaches/{approach.Id}/meetings";
        var agreements = $"/api/v1/approaches/{approach.Id}/agreements";
        object Body() => new { kind = "Netwerkbijeenkomst", date = Today.AddDays(14).ToString("yyyy-MM-dd"), place = "Buurthuis De Schakel" };
        object AgreementBody() => new { what = Unique("Flyers maken"), ownerName = "Bewonerscommissie" };
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Coordinator, "POST", url, Body(), HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "POST", url, Body(), HttpStatusCode.Created),
            (OrgRole.Wijkverbinder, "GET", $"{url}/{core.Id}", null, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, "POST", $"{url}/{meeting.Id}/agreements", AgreementBody(), HttpStatusCode.Created),
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", $"{url}/{meeting.Id}", null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", $"{url}/{core.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Partner, "GET", $"{agreements}/{agreement.Id}", null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", url, Body(), HttpStatusCode.Forbidden),
            (OrgRole.Partner, "PUT", $"{url}/{meeting.Id}", new { kind = "Netwerkbijeenkomst", date = "2026-09-01", place = "x", version = meeting.Version }, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"{url}/{meeting.Id}", null, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "POST", $"{url}/{meeting.Id}/agreements", AgreementBody(), HttpStatusCode.Forbidden),
            (OrgRole.Partner, "PUT", $"{agreements}/{agreement.Id}", new { status = "Gedaan", version = agreement.Version }, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "DELETE", $"{agreements}/{agreement.Id}", null, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "POST", url, Body(), HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b,
        [
            (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{url}/{meeting.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "PUT", $"{url}/{meeting.Id}", new { kind = "Netwerkbijeenkomst", date = "2026-09-01", place = "x", version = meeting.Version }, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "DELETE", $"{url}/{meeting.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "POST", $"{url}/{meeting.Id}/agreements", AgreementBody(), HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", agreements, null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "GET", $"{agreements}/{agreement.Id}", null, HttpStatusCode.NotFound),
            (OrgRole.Coordinator, "DELETE", $"{agreements}/{agreement.Id}", null, HttpStatusCode.NotFound),
        ]));
        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MeetingCrud_OverTheApi_IsValidatedPagedVersionedAndDeletesAgreements(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bijeenkomst-crud");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/meetings";

        var invalid = await api.PostAsJsonAsync(url, new { title = "Zonder alles" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var problem = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Kies wat voor bijeenkomst het is.", problem, StringComparison.Ordinal);
        Assert.Contains("Vul de datum van de bijeenkomst in.", problem, StringComparison.Ordinal);
        Assert.Contains("op de plek waar het over gaat", problem, StringComparison.Ordinal);

        var working = await api.PostAsJsonAsync(url, new { kind = "Netwerkbijeenkomst", date = "2026-09-01", place = "Plein", workingAgreements = new[] { new { question = 0, answer = "Samen" } } });
        Assert.Equal(HttpStatusCode.BadRequest, working.StatusCode);
        Assert.Contains("horen bij een startbijeenkomst", await working.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badTime = await api.PostAsJsonAsync(url, new { kind = "Netwerkbijeenkomst", date = "2026-09-01", place = "Plein", startTime = "half acht" });
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        Assert.Contains("startTime", await badTime.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var foreignMember = await api.PostAsJsonAsync(url, new { kind = "Netwerkbijeenkomst", date = "2026-09-01", place = "Plein", attendeeUserIds = new[] { a.Users[OrgRole.Coordinator].Id } });
        Assert.Equal(HttpStatusCode.NotFound, foreignMember.StatusCode);

        var created = await api.PostAsJsonAsync(url, new
        {
            kind = "Startbijeenkomst",
            title = "Start",
            date = "2026-09-01",
            startTime = "19:30",
            endTime = "21:00",
            place = "Buurthuis",
            attendeeUserIds = new[] { a.Users[OrgRole.Wijkverbinder].Id, a.Users[OrgRole.Netwerklid].Id },
            agenda = new[] { new { text = "Kennismaken", preBriefing = false }, new { text = "", preBriefing = false }, new { text = "Werkafspraken", preBriefing = true } },
            workingAgreements = new[] { new { question = 0, answer = "Het kernteam zit voor." }, new { question = 4, answer = "Elk half jaar terugkijken." }, new { question = 2, answer = "" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal("19:30", json.GetProperty("startTime").GetString());
        Assert.Equal(2, json.GetProperty("agenda").GetArrayLength());
        Assert.True(json.GetProperty("agenda")[1].GetProperty("preBriefing").GetBoolean());
        Assert.Equal(2, json.GetProperty("workingAgreements").GetArrayLength());
        Assert.Equal("Partners", json.GetProperty("visibility").GetProperty("level").GetString());

        var agreement = await api.PostAsJsonAsync($"{url}/{id}/agreements", new { what = "Zaal huren", ownerUserId = a.Users[OrgRole.Wijkverbinder].Id, dueDate = "2026-10-01" });
        Assert.Equal(HttpStatusCode.Created, agreement.StatusCode);
        var agreementJson = JsonDocument.Parse(await agreement.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(a.Users[OrgRole.Wijkverbinder].DisplayName, agreementJson.GetProperty("ownerName").GetString());
        var noOwner = await api.PostAsJsonAsync($"{url}/{id}/agreements", new { what = "Zonder eigenaar" });
        Assert.Equal(HttpStatusCode.BadRequest, noOwner.StatusCode);
        Assert.Contains("Kies wie de afspraak oppakt", await noOwner.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = JsonDocument.Parse(await api.GetStringAsync(url + "?pageSize=1")).RootElement;
        Assert.Equal(1, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(1, page.GetProperty("items")[0].GetProperty("openAgreements").GetInt32());

        var stale = await api.PutAsJsonAsync($"{url}/{id}", new { kind = "Startbijeenkomst", date = "2026-09-01", place = "Buurthuis", version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var updated = await api.PutAsJsonAsync($"{url}/{id}", new { kind = "Startbijeenkomst", date = "2026-09-02", place = "Op het plein", version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Op het plein", JsonDocument.Parse(await updated.Content.ReadAsStringAsync()).RootElement.GetProperty("place").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{url}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{url}/{id}")).StatusCode);
        var agreementId = agreementJson.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/approaches/{approach.Id}/agreements/{agreementId}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NaExperiment_WithoutOrForeignExperiment_Is400Or404AndWithOwnExperimentCountsAsHeld(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bijeenkomst-experiment");
        var own = await AddExperimentAsync(app, a, approach.Id);
        var foreign = await AddExperimentAsync(app, a, a.Approach.Id);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/meetings";
        var date = Today.AddDays(-3).ToString("yyyy-MM-dd");

        var missing = await api.PostAsJsonAsync(url, new { kind = "NaExperiment", date, place = "Bushalte" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Kies het experiment waar deze bijeenkomst over gaat.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync(url, new { kind = "NaExperiment", date, place = "Bushalte", experimentId = foreign.Id })).StatusCode);
        var wrongKind = await api.PostAsJsonAsync(url, new { kind = "Bewonersavond", date, place = "Bushalte", experimentId = own.Id });
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);

        var held = await app.InScopeAsync((sp, _) => sp.GetRequiredService<MeetingService>().AfterMeetingHeldAsync(approach.Id, own.Id, Today, default), a.Organisation.Id);
        Assert.False(held);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(url, new { kind = "NaExperiment", date, place = "Bushalte", experimentId = own.Id })).StatusCode);
        held = await app.InScopeAsync((sp, _) => sp.GetRequiredService<MeetingService>().AfterMeetingHeldAsync(approach.Id, own.Id, Today, default), a.Organisation.Id);
        Assert.True(held);
        Assert.False(await app.InScopeAsync((sp, _) => sp.GetRequiredService<MeetingService>().AfterMeetingHeldAsync(approach.Id, own.Id, Today.AddDays(-5), default), a.Organisation.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NetworkMember_ReadsMeetingsTheyAttendAndOnlyTheirOwnAgreements(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bijeenkomst-netwerk");
        var resident = a.Users[OrgRole.Netwerklid];
        var attended = await AddMeetingAsync(app, a, approach.Id, Unique("Bijgewoond"), VisibilityLevel.Kernteam, -10, resident.Id);
        var notAttended = await AddMeetingAsync(app, a, approach.Id, Unique("Niet bij"), VisibilityLevel.Partners);
        var open = await AddMeetingAsync(app, a, approach.Id, Unique("Open voor netwerk"), VisibilityLevel.Netwerk);
        var mine = await AddAgreementAsync(app, a, notAttended, Unique("Mijn afspraak"), resident.Id, -2);
        var other = await AddAgreementAsync(app, a, attended, Unique("Andermans afspraak"), a.Users[OrgRole.Wijkverbinder].Id, -2);

        var client = await app.SignedInClientAsync(resident);
        Assert.Equal(HttpStatusCode.OK, await PageStatusAsync(client, $"/aanpakken/{approach.Id}/bijeenkomsten/{attended.Id}"));
        Assert.Equal(HttpStatusCode.OK, await PageStatusAsync(client, $"/aanpakken/{approach.Id}/bijeenkomsten/{open.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(client, $"/aanpakken/{approach.Id}/bijeenkomsten/{notAttended.Id}"));
        var list = await client.GetStringAsync($"/aanpakken/{approach.Id}/bijeenkomsten");
        Assert.Contains(attended.Title, list, StringComparison.Ordinal);
        Assert.Contains(open.Title, list, StringComparison.Ordinal);
        Assert.DoesNotContain(notAttended.Title, list, StringComparison.Ordinal);

        var agreements = await client.GetStringAsync($"/aanpakken/{approach.Id}/afspraken?toon=alle");
        Assert.Contains(mine.What, agreements, StringComparison.Ordinal);
        Assert.Contains("Te laat", agreements, StringComparison.Ordinal);
        Assert.DoesNotContain(other.What, agreements, StringComparison.Ordinal);
        // Their own agreement shows the meeting's kind and date, not the title of a meeting they may not read.
        Assert.DoesNotContain(notAttended.Title, agreements, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(client, $"/aanpakken/{approach.Id}/afspraken/{other.Id}"));

        var actor = ActorOf(resident);
        var page = await app.AsActorAsync(actor, (sp, _) => sp.GetRequiredService<MeetingService>().AgreementsAsync(approach.Id, AgreementFilter.All, PageRequest.Create(1, 50), actor));
        Assert.Equal(mine.Id, Assert.Single(page.Value!.Items).Agreement.Id);
        var summary = await app.AsActorAsync(actor, (sp, _) => sp.GetRequiredService<MeetingService>().SummaryAsync(approach.Id, actor, default));
        Assert.Equal(1, summary.OpenAgreements);
        Assert.Equal(1, summary.OverdueAgreements);
        var myTasks = await app.AsActorAsync(actor, (sp, _) => sp.GetRequiredService<MeetingService>().MyOpenAgreementsAsync(actor, default));
        Assert.Contains(myTasks, r => r.Agreement.Id == mine.Id && r.Overdue);
        Assert.DoesNotContain(myTasks, r => r.Agreement.Id == other.Id);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Owner_NetworkMember_UpdatesStatusAndProgressButNotWhat(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bijeenkomst-eigenaar");
        var resident = a.Users[OrgRole.Netwerklid];
        var meeting = await AddMeetingAsync(app, a, approach.Id, Unique("Overleg"), VisibilityLevel.Kernteam);
        var agreement = await AddAgreementAsync(app, a, meeting, Unique("Buren uitnodigen"), resident.Id, 5);
        var client = await app.SignedInClientAsync(resident);
        var url = $"/aanpakken/{approach.Id}/afspraken/{agreement.Id}";

        var form = await client.GetStringAsync(url);
        Assert.DoesNotContain("name=\"Input.What\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Progress\"", form, StringComparison.Ordinal);
        var saved = await TestApp.PostFormAsync(client, url, new()
        {
            ["Input.What"] = "Iets anders",
            ["Input.OwnerName"] = "Iemand anders",
            ["Input.Status"] = "Gedaan",
            ["Input.Progress"] = "Twaalf buren komen.",
            ["Input.Version"] = agreement.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"/aanpakken/{approach.Id}/afspraken", saved.Headers.Location?.ToString(), StringComparison.Ordinal);
        var stored = await app.InScopeAsync((_, db) => db.Set<MeetingAgreement>().AsNoTracking().SingleAsync(x => x.Id == agreement.Id), a.Organisation.Id);
        Assert.Equal(agreement.What, stored.What);
        Assert.Equal(resident.Id, stored.OwnerUserId);
        Assert.Equal(AgreementStatus.Gedaan, stored.Status);
        Assert.Equal("Twaalf buren komen.", stored.Progress);
        Assert.NotNull(stored.DoneOn);

        // Someone else's agreement: a partner who does not own it may not change it (it is readable: 403).
        var partnerMeeting = await AddMeetingAsync(app, a, approach.Id, Unique("Partners"), VisibilityLevel.Partners);
        var notTheirs = await AddAgreementAsync(app, a, partnerMeeting, Unique("Niet van de partner"), a.Users[OrgRole.Wijkverbinder].Id, 5);
        var partner = ActorOf(a.Users[OrgRole.Partner]);
        var denied = await app.AsActorAsync(partner, (sp, _) => sp.GetRequiredService<MeetingService>().UpdateAgreementAsync(approach.Id, notTheirs.Id, new AgreementInput { Status = AgreementStatus.Gedaan, Version = notTheirs.Version }, partner));
        Assert.Equal(ResultStatus.Forbidden, denied.Status);
        var partnersOwn = await AddAgreementAsync(app, a, partnerMeeting, Unique("Van de partner"), partner.UserId, 5);
        var allowed = await app.AsActorAsync(partner, (sp, _) => sp.GetRequiredService<MeetingService>().UpdateAgreementAsync(approach.Id, partnersOwn.Id, new AgreementInput { What = "x", Status = AgreementStatus.Vervallen, Progress = "Niet meer nodig", Version = partnersOwn.Version }, partner));
        Assert.Equal(ResultStatus.Ok, allowed.Status);
        Assert.Equal(partnersOwn.What, allowed.Value!.What);
        Assert.Null(allowed.Value.DoneOn);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AgreementsFilter_Overdue_ReturnsOnlyOpenPastDueAndUnknownStatusIs400(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Afspraken-filter");
        var meeting = await AddMeetingAsync(app, a, approach.Id, Unique("Overleg"), VisibilityLevel.Partners);
        var overdue = await AddAgreementAsync(app, a, meeting, "B " + Unique("Te laat"), null, -3);
        var future = await AddAgreementAsync(app, a, meeting, "A " + Unique("Nog tijd"), null, 30);
        var noDate = await AddAgreementAsync(app, a, meeting, "C " + Unique("Zonder datum"), null, null);
        var doneLate = await AddAgreementAsync(app, a, meeting, Unique("Gedaan"), null, -20, AgreementStatus.Gedaan);
        var dropped = await AddAgreementAsync(app, a, meeting, Unique("Vervallen"), null, -20, AgreementStatus.Vervallen);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var url = $"/api/v1/approaches/{approach.Id}/agreements";

        async Task<List<Guid>> IdsAsync(string query) =>
            JsonDocument.Parse(await api.GetStringAsync(url + query)).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([overdue.Id], await IdsAsync("?status=overdue"));
        Assert.Equal([overdue.Id, future.Id, noDate.Id], await IdsAsync("?status=open"));
        Assert.Equal(new[] { doneLate.Id, dropped.Id }.Order(), (await IdsAsync("?status=done")).Order());
        var all = JsonDocument.Parse(await api.GetStringAsync(url + "?pageSize=2")).RootElement;
        Assert.Equal(5, all.GetProperty("totalItems").GetInt32());
        Assert.True(JsonDocument.Parse(await api.GetStringAsync(url + "?status=overdue")).RootElement.GetProperty("items")[0].GetProperty("overdue").GetBoolean());

        var unknown = await api.GetAsync(url + "?status=later");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MeetingPages_ByRole_MembersReadEditorsPlanOtherTenantGets404(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bijeenkomst-pagina");
        var meeting = await AddMeetingAsync(app, a, approach.Id, Unique("Voor iedereen"), VisibilityLevel.Netwerk);
        var agreement = await AddAgreementAsync(app, a, meeting, Unique("Afspraak"), a.Users[OrgRole.Wijkverbinder].Id, 3);
        var reads = new[]
        {
            $"/aanpakken/{approach.Id}/bijeenkomsten",
            $"/aanpakken/{approach.Id}/bijeenkomsten/{meeting.Id}",
            $"/aanpakken/{approach.Id}/afspraken",
            $"/aanpakken/{approach.Id}/afspraken?toon=te-laat",
            $"/aanpakken/{approach.Id}/voortgang",
        };
        var forms = new[]
        {
            $"/aanpakken/{approach.Id}/bijeenkomsten/nieuw",
            $"/aanpakken/{approach.Id}/bijeenkomsten/{meeting.Id}/bewerken",
            $"/aanpakken/{approach.Id}/afspraken/{agreement.Id}",
        };
        var failures = new List<string>();
        foreach (var (role, formStatus) in new[]
        {
            (OrgRole.Coordinator, HttpStatusCode.OK),
            (OrgRole.Wijkverbinder, HttpStatusCode.OK),
            (OrgRole.Partner, HttpStatusCode.Forbidden),
            (OrgRole.Netwerklid, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, HttpStatusCode.Forbidden),
        })
        {
            var client = await app.SignedInClientAsync(a.Users[role]);
            foreach (var url in role == OrgRole.Coordinator ? reads.Concat(forms) : reads)
            {
                var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{role} {url}: expected 200, got {(int)response.StatusCode}");
                    continue;
                }

                var html = await response.Content.ReadAsStringAsync();
                if (System.Text.RegularExpressions.Regex.Count(html, "<h1[ >]") != 1)
                    failures.Add($"{role} {url}: not exactly one h1");
                var ids = System.Text.RegularExpressions.Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
                if (ids.Count != ids.Distinct(StringComparer.Ordinal).Count())
                    failures.Add($"{role} {url}: duplicate ids {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
                var unlabelled = System.Text.RegularExpressions.Regex.Matches(html, "<(?:input|select|textarea)[^>]* id=\"([^\"]+)\"").Select(m => m.Groups[1].Value)
                    .Where(id => !html.Contains($"for=\"{id}\"", StringComparison.Ordinal)).ToList();
                if (unlabelled.Count > 0)
                    failures.Add($"{role} {url}: fields without a label: {string.Join(", ", unlabelled)}");
            }

            foreach (var url in forms)
            {
                var actual = await PageStatusAsync(client, url);
                // Someone else's agreement is not even readable for a network member: 404.
                var expected = role == OrgRole.Netwerklid && url.Contains("/afspraken/", StringComparison.Ordinal) ? HttpStatusCode.NotFound : formStatus;
                if (actual != expected)
                    failures.Add($"{role} {url}: expected {(int)expected}, got {(int)actual}");
            }
        }

        var other = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        foreach (var url in reads.Concat(forms))
        {
            var actual = await PageStatusAsync(other, url);
            if (actual != HttpStatusCode.NotFound)
                failures.Add($"other tenant {url}: expected 404, got {(int)actual}");
        }

        var nav = await (await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid])).GetStringAsync($"/aanpakken/{approach.Id}");
        if (!nav.Contains($"/aanpakken/{approach.Id}/bijeenkomsten\"", StringComparison.Ordinal) || !nav.Contains($"/aanpakken/{approach.Id}/afspraken\"", StringComparison.Ordinal))
            failures.Add("the approach navigation does not link the meetings and agreements");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PlanMeeting_OnThePagesWithoutJavaScript_KeepsTypedInputAndAddsOpenAgreementsToTheAgenda(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bijeenkomst-form");
        var earlier = await AddMeetingAsync(app, a, approach.Id, Unique("Vorige"), VisibilityLevel.Partners);
        var open = await AddAgreementAsync(app, a, earlier, Unique("Speeltuin schoonmaken"), null, 7);
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/aanpakken/{approach.Id}/bijeenkomsten/nieuw";
        var title = Unique("Netwerkavond");
        var item = Unique("Terugblik op de zomer");

        var form = await client.GetStringAsync(url);
        Assert.Contains("Neem de open afspraken op in de agenda", form, StringComparison.Ordinal);
        Assert.Contains("Hoe verdelen we de taken?", form, StringComparison.Ordinal);
        Assert.Contains("vooraf de onderwerpen van de agenda individueel doornemen", form, StringComparison.Ordinal);

        var invalid = await TestApp.PostFormAsync(client, url, new()
        {
            ["Input.Kind"] = "Netwerkbijeenkomst",
            ["Input.Title"] = title,
            ["Input.Date"] = Today.AddDays(20).ToString("yyyy-MM-dd"),
            ["Input.Agenda[0].Text"] = item,
            ["Input.Agenda[0].PreBriefing"] = "true",
            ["Input.Place"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var invalidPage = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Vul de plek in.", invalidPage, StringComparison.Ordinal);
        Assert.Contains(title, invalidPage, StringComparison.Ordinal);
        Assert.Contains(item, invalidPage, StringComparison.Ordinal);

        var saved = await TestApp.PostFormAsync(client, url, new()
        {
            ["Input.Kind"] = "Netwerkbijeenkomst",
            ["Input.Title"] = title,
            ["Input.Date"] = Today.AddDays(20).ToString("yyyy-MM-dd"),
            ["Input.StartTime"] = "19:30",
            ["Input.Place"] = "Buurthuis De Schakel",
            ["Input.AttendeeUserIds"] = a.Users[OrgRole.Netwerklid].Id.ToString(),
            ["Input.Agenda[0].Text"] = item,
            ["Input.Agenda[0].PreBriefing"] = "true",
            ["Input.Agenda[1].Text"] = "",
            ["IncludeOpenAgreements"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detailUrl = saved.Headers.Location!.ToString();
        var detail = await client.GetStringAsync(detailUrl);
        Assert.Contains(title, detail, StringComparison.Ordinal);
        Assert.Contains("Vooraf doornemen", detail, StringComparison.Ordinal);
        Assert.Contains("Afspraak nalopen: " + open.What, detail, StringComparison.Ordinal);
        Assert.Contains("Afspraak toevoegen", detail, StringComparison.Ordinal);

        // An agreement added on the meeting's page: the typed text stays on an error.
        var what = Unique("Flyers rondbrengen");
        var missingOwner = await TestApp.PostFormAsync(client, detailUrl, new() { ["Afspraak.What"] = what }, detailUrl + "?handler=Afspraak");
        Assert.Equal(HttpStatusCode.OK, missingOwner.StatusCode);
        var missingPage = await missingOwner.Content.ReadAsStringAsync();
        Assert.Contains("Kies wie de afspraak oppakt", missingPage, StringComparison.Ordinal);
        Assert.Contains(what, missingPage, StringComparison.Ordinal);
        var added = await TestApp.PostFormAsync(client, detailUrl, new() { ["Afspraak.What"] = what, ["Afspraak.OwnerName"] = "Jongerenwerk", ["Afspraak.DueDate"] = Today.AddDays(30).ToString("yyyy-MM-dd") }, detailUrl + "?handler=Afspraak");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(what, await client.GetStringAsync($"/aanpakken/{approach.Id}/afspraken"), StringComparison.Ordinal);
        var progress = await client.GetStringAsync($"/aanpakken/{approach.Id}/voortgang");
        Assert.Contains(what, progress, StringComparison.Ordinal);

        // A stale version on the edit form: the form comes back with the typed text and a notice, not an error page.
        var meetingId = Guid.Parse(detailUrl.TrimEnd('/').Split('/')[^1]);
        var editUrl = $"/aanpakken/{approach.Id}/bijeenkomsten/{meetingId}/bewerken";
        var changed = Unique("Gewijzigde titel");
        var stale = await TestApp.PostFormAsync(client, editUrl, new()
        {
            ["Input.Kind"] = "Netwerkbijeenkomst",
            ["Input.Title"] = changed,
            ["Input.Date"] = Today.AddDays(20).ToString("yyyy-MM-dd"),
            ["Input.Place"] = "Buurthuis De Schakel",
            ["Input.Version"] = Guid.NewGuid().ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(changed, await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(changed, await client.GetStringAsync(detailUrl), StringComparison.Ordinal);

        // The experiment query parameter preselects the kind and the experiment.
        var experiment = await AddExperimentAsync(app, a, approach.Id);
        var preselected = await client.GetStringAsync($"{url}?experimentId={experiment.Id}");
        Assert.Contains($"<option value=\"{experiment.Id}\" selected>", preselected, StringComparison.Ordinal);
        Assert.Contains("<option value=\"NaExperiment\" selected>", preselected, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoMeetings_Seed_GivesMeetingsOfEveryKindAndOverdueAndDoneAgreements(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Bijeenkomst-demo");
        var experiment = await AddExperimentAsync(app, a, approach.Id);
        var members = new[] { OrgRole.Wijkverbinder, OrgRole.Partner, OrgRole.Netwerklid }.Select(r => (a.Users[r].Id, a.Users[r].DisplayName)).ToList();
        await app.InScopeAsync(async (_, db) =>
        {
            await Wijkkracht.Core.Demo.DemoMeetings.SeedAsync(db, approach.Id, members, [], experiment.Id, Today, default);
            return 0;
        }, a.Organisation.Id);
        var coordinator = ActorOf(a.Users[OrgRole.Coordinator]);
        var (meetings, summary, held) = await app.AsActorAsync(coordinator, async (sp, _) =>
        {
            var service = sp.GetRequiredService<MeetingService>();
            return ((await service.AllAsync(approach.Id, coordinator)).Value!, await service.SummaryAsync(approach.Id, coordinator, default), await service.AfterMeetingHeldAsync(approach.Id, experiment.Id, Today, default));
        });
        Assert.True(meetings.Count >= 6);
        foreach (var kind in new[] { MeetingKind.Startbijeenkomst, MeetingKind.Netwerkbijeenkomst, MeetingKind.Bewonersavond, MeetingKind.Focusbijeenkomst, MeetingKind.NaExperiment })
            Assert.Contains(meetings, m => m.Meeting.Kind == kind);
        Assert.Equal(5, meetings.Single(m => m.Meeting.Kind == MeetingKind.Startbijeenkomst).Meeting.WorkingAgreements.Count);
        Assert.True(summary.OverdueAgreements >= 2);
        Assert.True(summary.OpenAgreements > summary.OverdueAgreements);
        Assert.NotEmpty(summary.NextMeetings);
        Assert.True(held);
        var done = await app.InScopeAsync((_, db) => db.Set<MeetingAgreement>().CountAsync(x => x.ApproachId == approach.Id && x.Status == AgreementStatus.Gedaan), a.Organisation.Id);
        Assert.True(done >= 2);
    }
}
