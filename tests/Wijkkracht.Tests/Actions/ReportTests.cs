using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Newsletters;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Actions;

/// <summary>
/// Issue 13 §8: the evaluation report (.docx with a native chart, and the print page) for members who read the plan, with
/// what each reader may see; the buurtbericht composed from shareable actions only, with the consent rule for names,
/// read by the network only once definitief. Both providers.
/// </summary>
public sealed class ReportTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    private static Task<int> AuditCountAsync(TestApp app, Guid userId, string action, string entityType, Guid approachId) => app.InScopeAsync((_, db) =>
        db.AuditEvents.IgnoreQueryFilters().CountAsync(e => e.ActorUserId == userId && e.Action == action && e.EntityType == entityType && e.ApproachId == approachId));

    [Fact]
    public void DocxWriter_SectionWithChart_WritesAValidChartPartWithTheFigures()
    {
        var chart = new ReportChart("Verloop van meldingen", "Meldingen (per maand)", ["Nulmeting", "1-3-2026", "1-6-2026"], [12m, 9.5m, 6m], Target: 5m);
        var report = new ApproachReport("Evaluatierapport: proef", "Demostad", DateTimeOffset.UtcNow, "Test",
            [new ReportSection("Indicator: meldingen", [], ["Datum", "Waarde"], [["Nulmeting", "12"], ["1-3-2026", "9,5"]], Chart: chart)]);
        using var stream = new MemoryStream(DocxWriter.Write(report));
        using var doc = WordprocessingDocument.Open(stream, false);
        var part = Assert.Single(doc.MainDocumentPart!.ChartParts);
        var xml = part.ChartSpace!.OuterXml;
        Assert.Contains("<c:lineChart>", xml, StringComparison.Ordinal);
        Assert.Contains("<c:v>9.5</c:v>", xml, StringComparison.Ordinal);
        Assert.Contains("<c:v>6</c:v>", xml, StringComparison.Ordinal);
        Assert.Contains("<c:v>Streefwaarde</c:v>", xml, StringComparison.Ordinal);
        Assert.Contains("Nulmeting", xml, StringComparison.Ordinal);
        var validation = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description + " @ " + e.Path?.XPath).ToList();
        Assert.True(validation.Count == 0, string.Join("; ", validation));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportEvaluationReport_ByRole_ValidDocxWithDecisionIndicatorLessonAndOnlyWhatTheReaderMaySee(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Evaluatierapport");
        var secret = Unique("Kernteamexperiment");
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new NeighbourhoodAction
            {
                ApproachId = approach.Id,
                Kind = ActionKind.Experiment,
                Title = "Hek bij de doorsteek",
                Status = ActionStage.Afgerond,
                StartDate = Today.AddDays(-90),
                EndDate = Today.AddDays(-30),
                Pattern = "Aanloop naar het parkeerterrein",
                ExpectedEffect = "Minder aanloop",
                EvaluationPlan = "Enquête en bewonersavond",
                UndoPlan = "Hek open",
                Decision = ExperimentDecision.Borgen,
                DecisionDate = Today.AddDays(-20),
                DecisionNote = "Blijvend maken in de zomer",
                BorgingOwner = "Woningcorporatie",
                BorgingFunding = "Onderhoudsbudget 2027",
                Visibility = VisibilityLevel.Partners,
            });
            db.Add(new NeighbourhoodAction { ApproachId = approach.Id, Kind = ActionKind.Experiment, Title = secret, Status = ActionStage.Idee, Visibility = VisibilityLevel.Kernteam });
            db.Add(new Indicator
            {
                ApproachId = approach.Id,
                Name = "Meldingen van overlast",
                Unit = "per maand",
                BaselineDate = Today.AddDays(-120),
                BaselineValue = 12,
                TargetValue = 5,
                Measurements = [new() { Date = Today.AddDays(-60), Value = 9 }, new() { Date = Today.AddDays(-10), Value = 6, Note = "Na de zomer" }],
            });
            db.Add(new Indicator { ApproachId = approach.Id, Name = "Sfeer op het plein", Kind = IndicatorKind.Kwalitatief, BaselineNote = "Bewoners mijden het plein", Measurements = [new() { Date = Today.AddDays(-5), Note = "Ouderen zitten weer op de bankjes" }] });
            db.Add(new EvaluationRound { ApproachId = approach.Id, HeldOn = Today.AddDays(-3), Participants = "Bewonerscommissie", Answers = [new() { Question = 0, Sub = 0, Answer = "Meestal wel gehoord" }] });
            db.Add(new Lesson { ApproachId = approach.Id, Title = "Begin klein met koffie", Text = "Een koffietafel opent deuren.", LearnedOn = Today.AddDays(-2) });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);

        var url = $"/api/v1/approaches/{approach.Id}/exports/evaluation-report?recipient=EigenOrganisatie&basis=PubliekeTaak";
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Wijkverbinder, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Beheerder, "GET", url, null, HttpStatusCode.OK),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b, [(OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound)]));
        Assert.Empty(failures);
        // Network members (residents, who use no API tokens) are refused the report like the other reports: 403.
        var netwerklid = a.Users[OrgRole.Netwerklid];
        var residentActor = new Actor(netwerklid.Id, a.Organisation.Id, netwerklid.Role, netwerklid.DisplayName);
        var refused = await app.AsActorAsync(residentActor, (sp, _) =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<EvaluationReportService>(sp).BuildAsync(approach.Id, residentActor, export: true));
        Assert.Equal(Wijkkracht.Core.Common.ResultStatus.Forbidden, refused.Status);

        async Task<(string Text, string Charts)> ExportAsync(OrgRole role)
        {
            var response = await (await app.ApiClientAsync(a.Users[role])).GetAsync(url);
            Assert.Equal(DocxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
            await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            using var doc = WordprocessingDocument.Open(stream, false);
            var validation = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
            Assert.True(validation.Count == 0, string.Join("; ", validation));
            return (doc.MainDocumentPart!.Document!.Body!.InnerText, string.Join("", doc.MainDocumentPart.ChartParts.Select(c => c.ChartSpace!.OuterXml)));
        }

        var (team, charts) = await ExportAsync(OrgRole.Wijkverbinder);
        foreach (var expected in new[] { "Hek bij de doorsteek", "Borgen", "Blijvend maken in de zomer", "Woningcorporatie", "Onderhoudsbudget 2027", "Meldingen van overlast", "Ouderen zitten weer op de bankjes", "Meestal wel gehoord", "Begin klein met koffie", secret })
            Assert.Contains(expected, team, StringComparison.Ordinal);
        Assert.Contains("<c:v>9</c:v>", charts, StringComparison.Ordinal);
        Assert.Contains("<c:v>6</c:v>", charts, StringComparison.Ordinal);
        var (partner, _) = await ExportAsync(OrgRole.Partner);
        Assert.Contains("Hek bij de doorsteek", partner, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, partner, StringComparison.Ordinal);
        Assert.True(await AuditCountAsync(app, a.Users[OrgRole.Partner].Id, AuditActions.Export, "Approach", approach.Id) >= 1);

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var page = await browser.GetStringAsync($"/aanpakken/{approach.Id}/evaluatie/rapport");
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Blijvend maken in de zomer", page, StringComparison.Ordinal);
        var word = await TestApp.PostFormAsync(browser, $"/aanpakken/{approach.Id}/delen?wat=evaluatie", new()
        {
            ["Input.Kind"] = "Evaluatie",
            ["Input.Recipient"] = "EigenOrganisatie",
            ["Input.Basis"] = "PubliekeTaak",
        });
        Assert.Equal(DocxWriter.ContentType, word.Content.Headers.ContentType?.MediaType);
        var resident = await (await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid])).GetAsync($"/aanpakken/{approach.Id}/evaluatie/rapport");
        Assert.Contains("toegang-geweigerd", resident.Headers.Location?.ToString() ?? ((int)resident.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var other = await (await app.SignedInClientAsync(b.Users[OrgRole.Coordinator])).GetAsync($"/aanpakken/{approach.Id}/evaluatie/rapport");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NewNewsletter_FromShareableActions_LeavesOutOtherActionsAndOrganisers(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Buurtbericht");
        var shared = Unique("Koffietafel gedeeld");
        var notShared = Unique("Niet te delen");
        var planned = Unique("Buurtbarbecue gepland");
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new NeighbourhoodAction { ApproachId = approach.Id, Kind = ActionKind.ZichtbareActie, Title = shared, Shareable = true, Status = ActionStage.Afgerond, StartDate = Today.AddDays(-10), EndDate = Today.AddDays(-10), PlaceName = "Europaplein", Organisers = "Mevrouw Jansen van nummer 12", WhoJoined = "Mevrouw Jansen", Visibility = VisibilityLevel.Partners });
            db.Add(new NeighbourhoodAction { ApproachId = approach.Id, Kind = ActionKind.ZichtbareActie, Title = notShared, Status = ActionStage.Afgerond, StartDate = Today.AddDays(-5), EndDate = Today.AddDays(-5), Visibility = VisibilityLevel.Partners });
            db.Add(new NeighbourhoodAction { ApproachId = approach.Id, Kind = ActionKind.ZichtbareActie, Title = planned, Shareable = true, Status = ActionStage.Gepland, StartDate = Today.AddDays(9), PlaceName = "Binnentuin", Visibility = VisibilityLevel.Partners });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        var url = $"/api/v1/approaches/{approach.Id}/newsletters";
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Partner, "POST", url, new { weeks = 99 }, HttpStatusCode.BadRequest),
            (OrgRole.Beheerder, "POST", url, new { }, HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b, [(OrgRole.Coordinator, "POST", url, new { }, HttpStatusCode.NotFound), (OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound)]));
        Assert.Empty(failures);

        var created = await (await app.ApiClientAsync(a.Users[OrgRole.Partner])).PostAsJsonAsync(url, new { title = "Buurtbericht proef" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadAsStringAsync();
        var json = Json(body);
        Assert.Equal(shared, json.GetProperty("reportBack")[0].GetProperty("title").GetString());
        Assert.Equal(planned, json.GetProperty("events")[0].GetProperty("title").GetString());
        Assert.DoesNotContain(notShared, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", body, StringComparison.Ordinal);
        Assert.Equal("Concept", json.GetProperty("status").GetString());

        // The form of an action carries the flag.
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var form = await browser.GetStringAsync($"/aanpakken/{approach.Id}/acties/nieuw");
        Assert.Contains("Delen in het buurtbericht", form, StringComparison.Ordinal);
        Assert.Contains("/buurtbericht", await browser.GetStringAsync($"/aanpakken/{approach.Id}/acties"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveNewsletter_NameWithoutConsent_IsRefusedInDutchKeepsTheTextAndIsAuditedOnceAllowed(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Buurtbericht-toestemming");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/newsletters";
        var created = Json(await (await api.PostAsJsonAsync(url, new { })).Content.ReadAsStringAsync());
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetGuid();

        var refused = await api.PutAsJsonAsync($"{url}/{id}", new { title = "Buurtbericht", editionDate = Today.ToString("yyyy-MM-dd"), introName = "Fatima de Vries", introRole = "bewoner", introIsResident = true, version });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("toestemming voor publicatie", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noDetails = await api.PutAsJsonAsync($"{url}/{id}", new { title = "Buurtbericht", editionDate = Today.ToString("yyyy-MM-dd"), introName = "Fatima de Vries", introRole = "bewoner", introIsResident = true, introConsent = true, version });
        var details = await noDetails.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, noDetails.StatusCode);
        Assert.Contains("IntroConsentRecordedBy", details, StringComparison.Ordinal);
        Assert.Contains("IntroConsentRecordedOn", details, StringComparison.Ordinal);

        // The page keeps what was typed and explains why.
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var pageUrl = $"/aanpakken/{approach.Id}/buurtbericht/{id}";
        var response = await TestApp.PostFormAsync(browser, pageUrl, new()
        {
            ["Input.Title"] = "Buurtbericht",
            ["Input.EditionDate"] = Today.ToString("yyyy-MM-dd"),
            ["Input.Version"] = version.ToString(),
            ["Input.IntroName"] = "Fatima de Vries",
            ["Input.IntroRole"] = "bewoner",
            ["Input.IntroText"] = "Mijn zorgvuldige tekst over de buurt",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Een naam drukken we alleen af als de toestemming voor publicatie is vastgelegd", html, StringComparison.Ordinal);
        Assert.Contains("Mijn zorgvuldige tekst over de buurt", html, StringComparison.Ordinal);
        Assert.Contains("Fatima de Vries", html, StringComparison.Ordinal);

        var allowed = await api.PutAsJsonAsync($"{url}/{id}", new
        {
            title = "Buurtbericht",
            editionDate = Today.ToString("yyyy-MM-dd"),
            introName = "Fatima de Vries",
            introRole = "bewoner",
            introIsResident = true,
            introConsent = true,
            introConsentRecordedBy = "Wijkverbinder",
            introConsentRecordedOn = Today.ToString("yyyy-MM-dd"),
            version,
        });
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var read = await api.GetAsync($"{url}/{id}");
        Assert.Equal("Fatima de Vries", Json(await read.Content.ReadAsStringAsync()).GetProperty("introName").GetString());
        Assert.True(await AuditCountAsync(app, a.Users[OrgRole.Wijkverbinder].Id, AuditActions.View, nameof(Newsletter), approach.Id) >= 1);

        var download = await browser.GetAsync($"/aanpakken/{approach.Id}/buurtbericht/{id}/afdrukken?handler=Download");
        Assert.Equal("text/html", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var file = await download.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", file, StringComparison.Ordinal);
        Assert.Contains("<strong>Fatima de Vries</strong>", file, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", file, StringComparison.OrdinalIgnoreCase);
        Assert.True(await AuditCountAsync(app, a.Users[OrgRole.Wijkverbinder].Id, AuditActions.Export, nameof(Newsletter), approach.Id) >= 1);
    }

    [Fact]
    public void NewsletterHtml_NameWithoutRecordedConsent_IsNotPrinted()
    {
        var n = new Newsletter { Title = "Proef", EditionDate = new DateOnly(2026, 5, 1), IntroName = "Piet <b>Bewoner</b>", IntroRole = "bewoner", IntroIsResident = true, IntroConsent = true, IntroText = "Hallo" };
        var html = NewsletterHtml.Body(n);
        Assert.DoesNotContain("Piet", html, StringComparison.Ordinal);
        Assert.Contains("Bewoner stelt zich voor", html, StringComparison.Ordinal);
        n.IntroConsentRecordedBy = "Wijkverbinder";
        n.IntroConsentRecordedOn = new DateOnly(2026, 4, 1);
        Assert.Contains("Piet &lt;b&gt;Bewoner&lt;/b&gt;", NewsletterHtml.Body(n), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Newsletters_NetworkMember_ReadsOnlyDefinitiefOnes(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Buurtbericht-lezen");
        var url = $"/api/v1/approaches/{approach.Id}/newsletters";
        var team = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var concept = Json(await (await team.PostAsJsonAsync(url, new { title = "Nog een concept" })).Content.ReadAsStringAsync());
        var final = Json(await (await team.PostAsJsonAsync(url, new { title = "Klaar voor de buurt" })).Content.ReadAsStringAsync());
        var finalId = final.GetProperty("id").GetGuid();
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var byPartner = await partner.PutAsJsonAsync($"{url}/{finalId}", new { title = "Klaar voor de buurt", editionDate = Today.ToString("yyyy-MM-dd"), status = "Definitief", version = final.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Forbidden, byPartner.StatusCode);
        var published = await team.PutAsJsonAsync($"{url}/{finalId}", new { title = "Klaar voor de buurt", editionDate = Today.ToString("yyyy-MM-dd"), status = "Definitief", version = final.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        Assert.Equal(2, Json(await partner.GetStringAsync(url)).GetProperty("totalItems").GetInt32());

        // Residents use no API tokens: the service rule is checked directly and on the pages.
        var netwerklid = a.Users[OrgRole.Netwerklid];
        var residentActor = new Actor(netwerklid.Id, a.Organisation.Id, netwerklid.Role, netwerklid.DisplayName);
        var (list, conceptRead, finalRead) = await app.AsActorAsync(residentActor, async (sp, _) =>
        {
            var service = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<NewsletterService>(sp);
            return (await service.ListAsync(approach.Id, Wijkkracht.Core.Common.PageRequest.Create(null, null), residentActor),
                await service.GetAsync(approach.Id, concept.GetProperty("id").GetGuid(), residentActor),
                await service.GetAsync(approach.Id, finalId, residentActor));
        });
        Assert.Equal(1, list.Value!.TotalItems);
        Assert.Equal("Klaar voor de buurt", list.Value.Items[0].Title);
        Assert.Equal(Wijkkracht.Core.Common.ResultStatus.NotFound, conceptRead.Status);
        Assert.True(finalRead.IsOk);
        Assert.False(finalRead.Value!.CanEdit);

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid]);
        var index = await browser.GetStringAsync($"/aanpakken/{approach.Id}/buurtbericht");
        Assert.Contains("Klaar voor de buurt", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Nog een concept", index, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/aanpakken/{approach.Id}/buurtbericht/{finalId}/afdrukken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/aanpakken/{approach.Id}/buurtbericht/{concept.GetProperty("id").GetGuid()}/afdrukken")).StatusCode);
        var compose = await browser.GetAsync($"/aanpakken/{approach.Id}/buurtbericht/nieuw");
        Assert.Contains("toegang-geweigerd", compose.Headers.Location?.ToString() ?? ((int)compose.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DemoNewsletters_Seed_ComposesAConceptFromTheShareableDemoActions(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Demo-buurtbericht");
        var (newsletter, notShared) = await app.InScopeAsync(async (_, db) =>
        {
            var coordinator = a.Users[OrgRole.Coordinator].Id;
            await Wijkkracht.Core.Demo.DemoActions.AddAsync(db, a.Organisation.Id, approach.Id, Today, coordinator, a.Users[OrgRole.Wijkverbinder].Id, a.Users[OrgRole.Partner].Id, default);
            await Wijkkracht.Core.Demo.DemoNewsletters.AddAsync(db, a.Organisation.Id, approach.Id, Today, coordinator, default);
            var seeded = await db.Set<Newsletter>().AsNoTracking().SingleAsync(n => n.ApproachId == approach.Id);
            var others = await db.Set<NeighbourhoodAction>().AsNoTracking().Where(x => x.ApproachId == approach.Id && !x.Shareable).Select(x => x.Title).ToListAsync();
            return (seeded, others);
        }, a.Organisation.Id);
        Assert.NotEmpty(newsletter.ReportBack);
        Assert.NotEmpty(newsletter.Events);
        Assert.Equal("", newsletter.IntroName);
        var html = NewsletterHtml.Body(newsletter);
        Assert.All(notShared, title => Assert.DoesNotContain(title, html, StringComparison.Ordinal));
    }
}
