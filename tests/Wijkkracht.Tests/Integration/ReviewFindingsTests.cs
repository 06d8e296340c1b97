using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Data-loss, input and API-error findings of the security review (issue 7), on both providers.</summary>
public sealed class ReviewFindingsTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Task<StepProgress?> StepAsync(TestApp app, Guid approachId, string stepId) =>
        app.InScopeAsync((_, db) => db.Set<StepProgress>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(p => p.ApproachId == approachId && p.StepId == stepId));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveStep_TwoEditorsChangeOnlyAnswers_SecondGets409AndFirstAnswersStay(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var first = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var second = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/steps/ess-stap-3";
        var created = await first.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Begin" } });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var read = (await JsonAsync(created)).GetProperty("version").GetGuid();

        var one = await first.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Antwoord van de eerste" }, version = read });
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var afterOne = (await JsonAsync(one)).GetProperty("version").GetGuid();
        Assert.NotEqual(read, afterOne);

        var two = await second.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Antwoord van de tweede" }, version = read });
        Assert.Equal(HttpStatusCode.Conflict, two.StatusCode);
        Assert.Equal("application/problem+json", two.Content.Headers.ContentType?.MediaType);

        var stored = await StepAsync(app, a.Approach.Id, "ess-stap-3");
        Assert.Equal("Antwoord van de eerste", Assert.Single(stored!.Answers).Answer);
        Assert.Equal(afterOne, stored.Version);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveStepPage_StaleVersion_ShowsDutchConflictAndKeepsTypedText(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/steps/ess-stap-4";
        var created = await api.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Eerste versie" } });
        var read = (await JsonAsync(created)).GetProperty("version").GetGuid();
        var changed = await api.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Intussen gewijzigd" }, version = read });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var page = $"/aanpakken/{a.Approach.Id}/stappen/ess-stap-4";
        var response = await TestApp.PostFormAsync(browser, page, new()
        {
            ["Input.Version"] = read.ToString(),
            ["Input.Status"] = "Bezig",
            ["Input.Answers[0]"] = "Mijn zorgvuldig getypte antwoord",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", html, StringComparison.Ordinal);
        Assert.Contains("Mijn zorgvuldig getypte antwoord", html, StringComparison.Ordinal);
        var stored = await StepAsync(app, a.Approach.Id, "ess-stap-4");
        Assert.Equal("Intussen gewijzigd", Assert.Single(stored!.Answers).Answer);
    }

    private const string Dirty = "Begin\u0000nul\u0007bel\u001Besc\uFFFFniet\u0085c1 \u202Eomgekeerd\u2066isolaat\u2069\tklaar";
    private const string Clean = "Beginnulbelescnietc1 omgekeerdisolaat\tklaar";

    private static async Task<Guid> NewApproachAsync(TestApp app, TestOrg org, string title)
    {
        var coordinator = await app.ApiClientAsync(org.Users[OrgRole.Coordinator]);
        var created = await coordinator.PostAsJsonAsync("/api/v1/approaches", new { title, issue = "Test van de beveiligingsreview.", areaId = org.Buurt.Id, method = "Beide", startDate = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await JsonAsync(created)).GetProperty("id").GetGuid();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveText_ControlAndBidiCharactersViaApiAndPage_AreStrippedAndWordExportIsValid(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a, "Aanpak met vreemde tekens");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var saved = await api.PutAsJsonAsync($"/api/v1/approaches/{approachId}/steps/ess-stap-8", new { status = "Bezig", notes = Dirty, answers = new[] { Dirty } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var goal = await api.PostAsJsonAsync($"/api/v1/approaches/{approachId}/goals", new { title = "Doel " + Dirty, level = "Meso", term = "Kort" });
        Assert.Equal(HttpStatusCode.Created, goal.StatusCode);
        Assert.Equal("Doel " + Clean, (await JsonAsync(goal)).GetProperty("title").GetString());

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var page = $"/aanpakken/{approachId}/stappen/ess-stap-9";
        // Through the form: BEL, ESC and bidi characters (a NUL or U+FFFF in a form body is refused earlier, with a 400).
        var posted = await TestApp.PostFormAsync(browser, page, new() { ["Input.Status"] = "Bezig", ["Input.Notes"] = "Notitie\u0007bel\u001Besc \u202Eomgekeerd\u2066" });
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"{(int)posted.StatusCode}: {System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Match(await posted.Content.ReadAsStringAsync(), "<main.*</main>", System.Text.RegularExpressions.RegexOptions.Singleline).Value, "<[^>]+>|\\s+", " ")}");

        Assert.Equal(Clean, (await StepAsync(app, approachId, "ess-stap-8"))!.Notes);
        Assert.Equal(Clean, Assert.Single((await StepAsync(app, approachId, "ess-stap-8"))!.Answers).Answer);
        Assert.Equal("Notitiebelesc omgekeerd", (await StepAsync(app, approachId, "ess-stap-9"))!.Notes);

        // Text stored before input was normalised must not break the export either.
        await app.InScopeAsync(async (_, db) =>
        {
            db.Add(new Goal { OrganisationId = a.Organisation.Id, ApproachId = approachId, Title = "Oud\u0007 doel\u001B\uFFFF", /* PostgreSQL cannot store U+0000 at all */ Level = PpctLevel.Micro, Term = GoalTerm.Kort });
            return await db.SaveChangesAsync();
        }, a.Organisation.Id);
        foreach (var kind in new[] { "progress-report", "plan-of-approach" })
        {
            var export = await api.GetAsync($"/api/v1/approaches/{approachId}/exports/{kind}?recipient=EigenOrganisatie&basis=PubliekeTaak");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
            using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
            var validation = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
            Assert.True(validation.Count == 0, string.Join("; ", validation));
            if (kind == "progress-report")
                Assert.Contains("Oud doel", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }
    }

    /// <summary>A catalog that fails: any step request then ends in an unhandled exception.</summary>
    private sealed class FailingGuideCatalog : IGuideCatalog
    {
        public IReadOnlyList<GuidePrecondition> Preconditions => throw new InvalidOperationException("test");

        public IReadOnlyList<string> DecisionMomentQuestions => throw new InvalidOperationException("test");

        public int DecisionMomentAfterStep => throw new InvalidOperationException("test");

        public IReadOnlyList<GuideStep> StepsFor(Wijkkracht.Core.Approaches.ApproachMethod method) => throw new InvalidOperationException("test");

        public GuideStep? FindStep(string id) => throw new InvalidOperationException("test");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApiUnhandledException_AnyAcceptHeader_AnswersProblemJson500(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var tokenClient = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        await using var failing = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IGuideCatalog, FailingGuideCatalog>()));
        var client = failing.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = tokenClient.DefaultRequestHeaders.Authorization;
        foreach (var accept in new[] { "text/html", "application/json", "*/*" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/approaches/{a.Approach.Id}/steps");
            request.Headers.Accept.ParseAdd(accept);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await JsonAsync(response);
            Assert.Equal(500, body.GetProperty("status").GetInt32());
            Assert.DoesNotContain("test", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ApiBindingErrors_AnswerDutchProblemJsonWithFieldErrors(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var admin = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var id = a.Approach.Id;
        var cases = new (string Method, string Url, string? Json, string Field)[]
        {
            ("PUT", $"/api/v1/approaches/{id}/steps/wwp-stap-1", "{\"status\": ", "Status"),
            ("PUT", $"/api/v1/approaches/{id}/steps/wwp-stap-1", "[1, 2]", "body"),
            ("POST", $"/api/v1/approaches/{id}/decisions", "{\"outcome\":\"Door\",\"decidedOn\":\"morgen\"}", "DecidedOn"),
            ("POST", $"/api/v1/approaches/{id}/goals", "{\"title\":\"x\",\"level\":\"Heel groot\",\"term\":\"Kort\"}", "Level"),
            ("POST", $"/api/v1/approaches/{id}/goals", "{\"title\":12,\"level\":\"Meso\",\"term\":\"Kort\"}", "Title"),
            ("POST", $"/api/v1/approaches/{id}/members", "{\"userId\":\"geen-guid\",\"role\":\"Partner\"}", "UserId"),
            ("PUT", $"/api/v1/approaches/{id}/steps/wwp-stap-1", "{\"status\":\"Bezig\",\"results\":[{\"achieved\":\"ja\"}]}", "Results[0].Achieved"),
            ("GET", "/api/v1/approaches?page=abc", null, "page"),
            ("GET", "/api/v1/audit-events?approachId=xyz", null, "approachId"),
            ("GET", "/api/v1/approaches?status=Misschien", null, "status"),
        };
        var failures = new List<string>();
        foreach (var (method, url, json, field) in cases)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (json is not null)
                request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            var response = await (url.Contains("audit-events", StringComparison.Ordinal) ? admin : client).SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{method} {url}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {text}");
                continue;
            }

            var body = JsonDocument.Parse(text).RootElement;
            var detail = body.GetProperty("detail").GetString() ?? "";
            if (detail.Contains("Failed", StringComparison.Ordinal) || detail.Contains("parameter \"", StringComparison.Ordinal) || detail.Length == 0)
                failures.Add($"{method} {url}: detail not Dutch: {detail}");
            if (!body.TryGetProperty("errors", out var errors) || !errors.TryGetProperty(field, out var messages) || messages.GetArrayLength() == 0)
                failures.Add($"{method} {url}: no error for {field}: {text}");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GeoJsonWithNumericType_ViaApiAndUpload_Answers400NotServerError(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var response = await client.PostAsJsonAsync("/api/v1/areas", new { kind = "Buurt", code = "BU00010177", name = "Buurt met rare grens", parentId = a.Wijk.Id, boundary = new { type = 123 } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var odd = await client.PostAsJsonAsync("/api/v1/areas", new { kind = "Buurt", code = "BU00010178", name = "Buurt met rare grens", parentId = a.Wijk.Id, boundary = new { type = "Polygon", coordinates = "geen" } });
        Assert.Equal(HttpStatusCode.BadRequest, odd.StatusCode);

        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Beheerder]);
        var token = await TestApp.AntiforgeryTokenAsync(browser, "/beheer/gebieden/nieuw");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Buurt"), "Input.Kind" },
            { new StringContent("BU00010179"), "Input.Code" },
            { new StringContent("Buurt met rare grens"), "Input.Name" },
            { new StringContent(a.Wijk.Id.ToString()), "Input.ParentId" },
            { new ByteArrayContent("{\"type\":123}"u8.ToArray()), "Upload", "grens.geojson" },
        };
        var upload = await browser.PostAsync("/beheer/gebieden/nieuw", form);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains("type", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ConcurrentDuplicateAdds_MemberAndIntervention_OneCreatedOthersRefusedNever500(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approachId = await NewApproachAsync(app, a, "Aanpak voor gelijktijdig toevoegen");
        var clients = new List<HttpClient>();
        for (var i = 0; i < 8; i++)
            clients.Add(await app.ApiClientAsync(a.Users[OrgRole.Coordinator]));
        foreach (var (url, body) in new (string, object)[]
        {
            ($"/api/v1/approaches/{approachId}/members", new { userId = a.Users[OrgRole.Beheerder].Id, role = "Partner" }),
            ($"/api/v1/approaches/{approachId}/interventions", new { interventionId = "kis-jolo" }),
        })
        {
            var responses = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync(url, body)));
            var statuses = responses.Select(r => (int)r.StatusCode).ToList();
            Assert.Equal(1, statuses.Count(s => s == 201));
            Assert.All(statuses, s => Assert.Contains(s, new[] { 201, 400, 409 }));
            Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PostToGetOnlyPage_Answers405NotServerError(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        foreach (var page in new[] { $"/aanpakken/{a.Approach.Id}", "/aanpakken", $"/aanpakken/{a.Approach.Id}/stappen" })
        {
            var response = await TestApp.PostFormAsync(browser, page, []);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListWithHugePageNumber_AnswersEmptyPageNotFirstPage(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        foreach (var url in new[] { "/api/v1/approaches?page=2147483647", "/api/v1/areas?page=2147483647", "/api/v1/audit-events?page=2147483647&pageSize=100" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await JsonAsync(response);
            Assert.Equal(0, body.GetProperty("items").GetArrayLength());
            Assert.True(body.GetProperty("totalItems").GetInt32() > 0, url);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EvidenceLink_EscapingTheApproachOrWithoutHost_IsRefused(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var id = a.Approach.Id;
        foreach (var link in new[] { $"/aanpakken/{id}/../../beheer/audit", $"/aanpakken/{id}//evil.example", $"/aanpakken/{id}/%2e%2e/%2e%2e/beheer", $"/aanpakken/{id}0/plan", "https:///pad", "http:evil.example" })
        {
            var response = await client.PutAsJsonAsync($"/api/v1/approaches/{id}/steps/wwp-stap-5", new { status = "Bezig", results = new[] { new { achieved = true, achievedOn = "2026-02-01", evidence = link } } });
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, link);
            Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("Results[0].Evidence", out _), link);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImplausibleDates_DecisionGoalCheckActionStep_AreRefusedInDutch(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var id = a.Approach.Id;
        var cases = new (string Url, object Body, string Field)[]
        {
            ($"/api/v1/approaches/{id}/decisions", new { outcome = "Door", rationale = "Goed", decidedBy = "Stuurgroep", decidedOn = "0001-01-01" }, "DecidedOn"),
            ($"/api/v1/approaches/{id}/goals", new { title = "Eeuwig doel", level = "Meso", term = "Lang", targetDate = "9999-12-31" }, "TargetDate"),
            ($"/api/v1/approaches/{id}/precondition-assessments", new { assessedOn = "1900-01-01", items = Array.Empty<object>() }, "AssessedOn"),
            ($"/api/v1/approaches/{id}/precondition-actions", new { preconditionId = "rv-01", description = "Iets doen", dueDate = "9999-12-31" }, "DueDate"),
        };
        foreach (var (url, body, field) in cases)
        {
            var response = await client.PostAsJsonAsync(url, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, url);
            var message = (await JsonAsync(response)).GetProperty("errors").GetProperty(field)[0].GetString();
            Assert.Contains("datum", message, StringComparison.OrdinalIgnoreCase);
        }

        var plausible = await client.PostAsJsonAsync($"/api/v1/approaches/{id}/goals", new { title = "Doel over tien jaar", level = "Meso", term = "Lang", targetDate = "2036-01-01" });
        Assert.Equal(HttpStatusCode.Created, plausible.StatusCode);
    }

    private static Task<int> ViewsAsync(TestApp app, Guid userId, string entityType) =>
        app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .CountAsync(e => e.ActorUserId == userId && e.Action == AuditActions.View && e.EntityType == entityType));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReadsOfPersonalData_AuditLogCheckParticipantsOwnerList_AreAudited(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var beheerder = a.Users[OrgRole.Beheerder];
        var before = await ViewsAsync(app, beheerder.Id, nameof(AuditEvent));
        var admin = await app.ApiClientAsync(beheerder);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/audit-events")).StatusCode);
        var browserAdmin = await app.SignedInClientAsync(beheerder);
        Assert.Equal(HttpStatusCode.OK, (await browserAdmin.GetAsync("/beheer/audit")).StatusCode);
        Assert.Equal(before + 2, await ViewsAsync(app, beheerder.Id, nameof(AuditEvent)));

        var coordinator = a.Users[OrgRole.Coordinator];
        var client = await app.ApiClientAsync(coordinator);
        var check = await client.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/precondition-assessments",
            new { assessedOn = "2026-02-01", participants = "Jan de Vries, wijkagent Fatima", items = new[] { new { preconditionId = "rv-01", askIndex = 0, score = "OpOrde" } } });
        Assert.Equal(HttpStatusCode.Created, check.StatusCode);
        var checkId = (await JsonAsync(check)).GetProperty("id").GetGuid();
        var checks = await ViewsAsync(app, coordinator.Id, "PreconditionAssessment");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/precondition-assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/precondition-assessments/{checkId}")).StatusCode);
        Assert.Equal(checks + 2, await ViewsAsync(app, coordinator.Id, "PreconditionAssessment"));

        var users = await ViewsAsync(app, coordinator.Id, "AppUser");
        var browser = await app.SignedInClientAsync(coordinator);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/aanpakken/{a.Approach.Id}/doelen/nieuw")).StatusCode);
        Assert.True(await ViewsAsync(app, coordinator.Id, "AppUser") > users);

        // The member-add pick list names the organisation's people; the action-owner pick list names the approach's members.
        foreach (var (page, entity) in new[] { ("leden", "AppUser"), ("randvoorwaarden", "ApproachMember") })
        {
            var seen = await ViewsAsync(app, coordinator.Id, entity);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/aanpakken/{a.Approach.Id}/{page}")).StatusCode);
            Assert.True(await ViewsAsync(app, coordinator.Id, entity) > seen, $"reading the people list on /{page} was not audited");
        }
    }
}
