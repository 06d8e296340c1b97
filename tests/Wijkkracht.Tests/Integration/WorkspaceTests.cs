using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Decision moment, plan versions and goals over the API and pages, on both providers.</summary>
public sealed class WorkspaceTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SavePlan_TwoEditorsOnSameBase_SecondGets409AndVersionsCompare(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/plan/versions";
        var latest = (await JsonAsync(await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/plan"))).GetProperty("number").GetInt32();

        var first = await client.PostAsJsonAsync(url, new { centralIssue = "Ronselen rond het plein", budget = "€ 40.000", baseNumber = latest });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var second = await client.PostAsJsonAsync(url, new { centralIssue = "Andere tekst", baseNumber = latest });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);

        var versions = await JsonAsync(await client.GetAsync(url));
        Assert.Equal(latest + 1, versions[0].GetProperty("number").GetInt32());
        Assert.Equal("Ronselen rond het plein", versions[0].GetProperty("centralIssue").GetString());

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var compare = await browser.GetStringAsync($"/aanpakken/{a.Approach.Id}/plan/vergelijken?van={latest}&naar={latest + 1}");
        Assert.Contains("€ 40.000", compare, StringComparison.Ordinal);
        Assert.Contains("gewijzigd", compare, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Goals_BadInput_GivesFieldErrors(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await client.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/goals",
            new { title = "", level = "Meso", term = "Kort", participationRung = 9, targetDate = "2020-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _));
        Assert.Contains("1 tot en met 6", errors.GetProperty("ParticipationRung")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("vóór de start", errors.GetProperty("TargetDate")[0].GetString(), StringComparison.Ordinal);

        var ok = await client.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/goals",
            new { title = "Jongeren hebben een eigen plek", level = "Exo", term = "Lang", participationRung = 4, rungRationale = "Jongeren beslissen mee." });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordDecision_FutureDateOrOtherApproachAssessment_IsRefused(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var response = await client.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/decisions",
            new { outcome = "Door", rationale = "Alles op orde", decidedBy = "Stuurgroep", decidedOn = "2099-01-01", assessmentId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("DecidedOn", out _));
        Assert.True(errors.TryGetProperty("AssessmentId", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WorkspaceCalls_PerApproachRole_AllowOrDenyAsTheTableSays(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var id = a.Approach.Id;
        var decision = new { outcome = "EerstRandvoorwaarden", rationale = "Draagvlak ontbreekt", decidedBy = "Stuurgroep", decidedOn = "2026-02-01" };
        var expectations = new (OrgRole Role, string Method, string Url, object? Body, HttpStatusCode Expected)[]
        {
            (OrgRole.Partner, "GET", $"/api/v1/approaches/{id}/plan", null, HttpStatusCode.OK), // partners read the plan
            (OrgRole.Partner, "POST", $"/api/v1/approaches/{id}/decisions", decision, HttpStatusCode.Forbidden), // but do not decide
            (OrgRole.Partner, "POST", $"/api/v1/approaches/{id}/plan/versions", new { centralIssue = "x", baseNumber = 1 }, HttpStatusCode.Forbidden),
            (OrgRole.Partner, "GET", $"/api/v1/approaches/{id}/goals", null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", $"/api/v1/approaches/{id}/goals", new { title = "x", level = "Micro", term = "Kort" }, HttpStatusCode.Forbidden),
            (OrgRole.Wijkverbinder, "POST", $"/api/v1/approaches/{id}/decisions", decision, HttpStatusCode.Forbidden), // wijkverbinder edits, does not decide
            (OrgRole.Wijkverbinder, "POST", $"/api/v1/approaches/{id}/goals", new { title = "Buurtvaders lopen wekelijks mee", level = "Meso", term = "Kort" }, HttpStatusCode.Created),
            (OrgRole.Coordinator, "POST", $"/api/v1/approaches/{id}/decisions", decision, HttpStatusCode.Created), // org-wide manager
            (OrgRole.Netwerklid, "GET", $"/api/v1/approaches/{id}/goals", null, HttpStatusCode.Forbidden), // a Netwerklid may not use API tokens
        };
        var failures = await app.CheckStatusesAsync(a, expectations);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NetworkMember_SeesGoalsButNotPlan(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var created = await coordinator.PostAsJsonAsync("/api/v1/approaches", new { title = "Met netwerkleden", issue = "Samen met bewoners.", areaId = a.Buurt.Id, method = "Beide", startDate = "2026-03-01" });
        var approachId = (await JsonAsync(created)).GetProperty("id").GetGuid();
        var netwerklid = a.Users[OrgRole.Netwerklid];
        var added = await coordinator.PostAsJsonAsync($"/api/v1/approaches/{approachId}/members", new { userId = netwerklid.Id, role = "Netwerklid" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        // A Netwerklid may not use API tokens; the same rule is checked on the pages.
        var browser = await app.SignedInClientAsync(netwerklid);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/aanpakken/{approachId}/doelen")).StatusCode);
        var plan = await browser.GetAsync($"/aanpakken/{approachId}/plan");
        Assert.Contains("toegang-geweigerd", plan.Headers.Location?.ToString() ?? ((int)plan.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var overview = await browser.GetStringAsync($"/aanpakken/{approachId}");
        Assert.DoesNotContain("Plan van aanpak", overview, StringComparison.Ordinal);
        Assert.Contains("Doelen", overview, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EditPlanPage_StaleBase_KeepsTextAndExplains(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/aanpakken/{a.Approach.Id}/plan/bewerken";
        var response = await TestApp.PostFormAsync(browser, url, new() { ["Input.CentralIssue"] = "Mijn zorgvuldige tekst", ["Input.BaseNumber"] = "0" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Iemand anders heeft intussen versie", html, StringComparison.Ordinal);
        Assert.Contains("Mijn zorgvuldige tekst", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportProgressReport_Docx_IsValidOpenXmlWithPlanTextAndAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var partner = a.Users[OrgRole.Partner];
        var client = await app.ApiClientAsync(partner);
        var response = await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/exports/progress-report?recipient=EigenOrganisatie&basis=PubliekeTaak");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Wijkkracht.Core.Reports.DocxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(a.Approach.Title, text, StringComparison.Ordinal);
        Assert.Contains("Beslismoment", text, StringComparison.Ordinal);
        Assert.Contains(a.Goal.Title, text, StringComparison.Ordinal);
        var validation = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.True(validation.Count == 0, string.Join("; ", validation));

        var exported = await app.InScopeAsync((_, db) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.AuditEvents),
            e => e.ActorUserId == partner.Id && e.Action == Wijkkracht.Core.Audit.AuditActions.Export && e.ApproachId == a.Approach.Id));
        Assert.True(exported >= 1);

        var bad = await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/exports/onbekend?recipient=EigenOrganisatie&basis=PubliekeTaak");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveStep_ValidatesEvidenceAndDetectsConcurrentEdits(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/steps/wwp-stap-2";
        var step = await JsonAsync(await client.GetAsync(url));
        Assert.Equal("Verhalen ophalen", step.GetProperty("title").GetString());
        Assert.True(step.GetProperty("results").GetArrayLength() > 0);

        var bad = await client.PutAsJsonAsync(url, new { status = "Bezig", results = new[] { new { achieved = true, evidence = "ftp://server/map" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Results[0].Evidence", out _));
        Assert.True(errors.TryGetProperty("Results[0].AchievedOn", out _));

        var ok = await client.PutAsJsonAsync(url, new
        {
            status = "Bezig",
            results = new[] { new { achieved = true, achievedOn = "2026-02-01", evidence = $"/aanpakken/{a.Approach.Id}/plan\nhttps://intranet.gemeente.example/verslag.pdf" } },
            answers = new[] { "Met de buurtvaders en twee jongerenwerkers." },
        });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var saved = await JsonAsync(ok);
        Assert.True(saved.GetProperty("resultProgress")[0].GetProperty("achieved").GetBoolean());
        Assert.Equal("Met de buurtvaders en twee jongerenwerkers.", saved.GetProperty("answers")[0].GetString());

        var stale = await client.PutAsJsonAsync(url, new { status = "Afgerond" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var fresh = await client.PutAsJsonAsync(url, new { status = "Afgerond", version = saved.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PreconditionCheck_ScoresItemsAndRefusesUnknownOnesAndWrongDates(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/precondition-assessments";
        var bad = await client.PostAsJsonAsync(url, new
        {
            assessedOn = "2026-03-01",
            items = new object[] { new { preconditionId = "rv-99", askIndex = 0, score = "OpOrde" }, new { preconditionId = "rv-01", askIndex = 40, score = "Deels" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var created = await client.PostAsJsonAsync(url, new
        {
            assessedOn = "2026-03-01",
            items = new object[]
            {
                new { preconditionId = "rv-02", askIndex = 0, score = "OpOrde" },
                new { preconditionId = "rv-02", askIndex = 1, score = "NietOpOrde", explanation = "Geen vast overleg." },
                new { preconditionId = "rv-02", askIndex = 2, score = "WeetNiet" },
                new { preconditionId = "ess-stap4-draagvlak", askIndex = 0, score = "Deels" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await JsonAsync(created);
        var scores = body.GetProperty("scores").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s);
        Assert.Equal(50, scores["rv-02"].GetProperty("percentage").GetInt32()); // (100 + 0) / 2; "weet niet" left out
        Assert.Equal(50, scores["ess-stap4-draagvlak"].GetProperty("percentage").GetInt32());
        Assert.Equal(JsonValueKind.Null, scores["rv-03"].GetProperty("percentage").ValueKind);
        Assert.Equal(12 + 3, scores.Count);

        var action = await client.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/precondition-actions",
            new { preconditionId = "rv-02", description = "Vast overleg instellen", dueDate = "2026-02-01", assessmentId = body.GetProperty("id").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, action.StatusCode);
        Assert.Contains("vóór de datum van de check", (await JsonAsync(action)).GetProperty("errors").GetProperty("DueDate")[0].GetString(), StringComparison.Ordinal);
    }

    // No database: compares the content with the code.
    [Fact]
    public void Step4Questions_MatchTheGuidesDecisionMomentWording()
    {
        var guide = new Wijkkracht.Core.Knowledge.KnowledgeGuideCatalog(Knowledge.KnowledgeFixture.Knowledge);
        Assert.Equal(guide.DecisionMomentQuestions, Wijkkracht.Core.Preconditions.Step4Questions.All.Select(q => q.Text).ToList());
        Assert.Equal(4, guide.DecisionMomentAfterStep);
        Assert.Equal(12, guide.Preconditions.Count);
        Assert.Equal(6 + 12, guide.StepsFor(Wijkkracht.Core.Approaches.ApproachMethod.Beide).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LinkInterventionToGoals_OnlyGoalsOfTheSameApproach(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/interventions";
        var existing = await JsonAsync(await client.GetAsync(url));
        var added = existing.EnumerateArray().FirstOrDefault(i => i.GetProperty("interventionId").GetString() == "kis-buurtbemiddeling");
        if (added.ValueKind == JsonValueKind.Undefined)
        {
            var response = await client.PostAsJsonAsync(url, new { interventionId = "kis-buurtbemiddeling", note = "Voor de burenruzies in de flats" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            added = await JsonAsync(response);
        }

        var itemUrl = $"{url}/{added.GetProperty("id").GetGuid()}";
        var foreign = await client.PutAsJsonAsync(itemUrl, new { goalIds = new[] { b.Goal.Id }, version = added.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.True((await JsonAsync(foreign)).GetProperty("errors").TryGetProperty("GoalIds", out _));

        var linked = await client.PutAsJsonAsync(itemUrl, new { goalIds = new[] { a.Goal.Id }, version = added.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(a.Goal.Id, (await JsonAsync(linked)).GetProperty("goalIds")[0].GetGuid());

        var report = await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/exports/progress-report?recipient=EigenOrganisatie&basis=PubliekeTaak");
        await using var stream = new MemoryStream(await report.Content.ReadAsByteArrayAsync());
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Gekozen interventies", text, StringComparison.Ordinal);
        Assert.Contains("Buurtbemiddeling", text, StringComparison.Ordinal);
    }
}
