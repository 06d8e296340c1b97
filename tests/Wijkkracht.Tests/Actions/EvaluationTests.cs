using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Conversations;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Actions;

/// <summary>
/// Issue 13 §5: evaluation rounds with the guide's questions (only the core team records and closes them), indicators
/// with baseline and measurements (numbers and qualitative notes), lessons learned (partners record and change their own)
/// and the organisation-wide lesson search (shared lessons only, never another organisation's, not for residents).
/// Both providers.
/// </summary>
public sealed class EvaluationTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EvaluationRound_ByRole_CoreTeamRecordsAndClosesWithTheGuidesQuestions(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Evaluatie-rol");
        var url = $"/api/v1/approaches/{approach.Id}/evaluations";
        var body = new { heldOn = Today, participants = "Bewonerscommissie en jongerenwerk", answers = new Dictionary<string, string> { ["0.0"] = "Ja, meestal", ["3.2"] = "Begin klein" } };
        var failures = await app.CheckStatusesAsync(a,
        [
            (OrgRole.Wijkverbinder, "POST", url, body, HttpStatusCode.Created),
            (OrgRole.Partner, "GET", url, null, HttpStatusCode.OK),
            (OrgRole.Partner, "POST", url, body, HttpStatusCode.Forbidden),
            (OrgRole.Beheerder, "POST", url, body, HttpStatusCode.Forbidden),
        ]);
        failures.AddRange(await app.CheckStatusesAsync(b, [(OrgRole.Coordinator, "GET", url, null, HttpStatusCode.NotFound), (OrgRole.Coordinator, "POST", url, body, HttpStatusCode.NotFound)]));
        Assert.Empty(failures);

        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var unknown = await api.PostAsJsonAsync(url, new { heldOn = Today, participants = "x", answers = new Dictionary<string, string> { ["5.0"] = "?" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Onbekende vraag", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var empty = await api.PostAsJsonAsync(url, new { heldOn = Today, participants = "x", status = "Afgerond" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Beantwoord ten minste één vraag", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var future = await api.PostAsJsonAsync(url, new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd"), participants = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);

        var created = Json(await (await api.PostAsJsonAsync(url, body)).Content.ReadAsStringAsync());
        Assert.Equal("In hoeverre voelen inwoners zich veilig en gehoord?", created.GetProperty("answers")[0].GetProperty("questionText").GetString());
        Assert.Equal("Worden hun zorgen en suggesties serieus genomen?", created.GetProperty("answers")[0].GetProperty("subQuestionText").GetString());
        var closed = await api.PutAsJsonAsync($"{url}/{created.GetProperty("id").GetGuid()}", new { heldOn = Today, participants = "Bewonerscommissie", answers = new Dictionary<string, string> { ["1.0"] = "Dichterbij" }, status = "Afgerond", version = created.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var after = Json(await closed.Content.ReadAsStringAsync());
        Assert.Equal("Afgerond", after.GetProperty("status").GetString());
        Assert.Equal(Today, after.GetProperty("closedOn").GetString());
        Assert.Equal(1, after.GetProperty("answers").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Indicators_NumbersAndQualitative_NeedABaselineAndMeasurementsStayInDateOrder(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Evaluatie-indicator");
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/indicators";

        var noBaseline = await api.PostAsJsonAsync(url, new { name = "Meldingen", kind = "Getal" });
        Assert.Equal(HttpStatusCode.BadRequest, noBaseline.StatusCode);
        Assert.Contains("BaselineValue", await noBaseline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var qualitative = await api.PostAsJsonAsync(url, new { name = "Sfeer", kind = "Kwalitatief" });
        Assert.Contains("niet alles is in getallen te vangen", await qualitative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var foreignGoal = await api.PostAsJsonAsync(url, new { name = "Meldingen", baselineValue = 3, goalId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.NotFound, foreignGoal.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(a.Users[OrgRole.Partner])).PostAsJsonAsync(url, new { name = "Meldingen", baselineValue = 3 })).StatusCode);

        var created = Json(await (await api.PostAsJsonAsync(url, new { name = "Meldingen", unit = "per maand", baselineValue = 3, baselineDate = "2026-01-15", targetValue = 8 })).Content.ReadAsStringAsync());
        var id = created.GetProperty("id").GetGuid();
        var measurements = $"{url}/{id}/measurements";
        var noValue = await api.PostAsJsonAsync(measurements, new { date = "2026-06-01", version = created.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, noValue.StatusCode);
        var late = Json(await (await api.PostAsJsonAsync(measurements, new { date = "2026-09-01", value = 7, version = created.GetProperty("version").GetGuid() })).Content.ReadAsStringAsync());
        var early = await api.PostAsJsonAsync(measurements, new { date = "2026-05-01", value = 4.5, note = "Na de koffietafel", version = late.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var list = Json(await early.Content.ReadAsStringAsync()).GetProperty("measurements");
        Assert.Equal("2026-05-01,2026-09-01", string.Join(",", list.EnumerateArray().Select(m => m.GetProperty("date").GetString())));
        Assert.Equal(4.5m, list[0].GetProperty("value").GetDecimal());
        var stale = await api.PostAsJsonAsync(measurements, new { date = "2026-10-01", value = 1, version = created.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // The page draws the chart with the same figures in the table beside it.
        var page = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"/aanpakken/{approach.Id}/evaluatie");
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Verloop van Meldingen: van 3 naar 7 per maand", page, StringComparison.Ordinal);
        Assert.Contains("Nulmeting en metingen van Meldingen", page, StringComparison.Ordinal);

        var other = await app.ApiClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(measurements, new { date = "2026-10-01", value = 1, version = Guid.NewGuid() })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lessons_SharedWithTheOrganisation_AreFoundFromOtherApproachesButNeverByOtherTenantsOrResidents(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Evaluatie-les");
        var url = $"/api/v1/approaches/{approach.Id}/lessons";
        var word = "proefwoord" + Guid.NewGuid().ToString("N")[..6];
        var partner = await app.ApiClientAsync(a.Users[OrgRole.Partner]);
        var coordinator = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);

        var mine = Json(await (await partner.PostAsJsonAsync(url, new { title = "Koffietafels trekken ouderen " + word, text = "Jongeren komen niet", tags = "jongeren, jongeren , koffie" })).Content.ReadAsStringAsync());
        Assert.Equal("jongeren, koffie", mine.GetProperty("tags").GetString());
        var theirs = Json(await (await coordinator.PostAsJsonAsync(url, new { title = "Alleen hier " + word, text = "Niet gedeeld", shareInOrganisation = false })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await partner.PutAsJsonAsync($"{url}/{mine.GetProperty("id").GetGuid()}", new { title = "Koffietafels trekken ouderen " + word, text = "Jongeren komen niet; wel op vrijdag", version = mine.GetProperty("version").GetGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PutAsJsonAsync($"{url}/{theirs.GetProperty("id").GetGuid()}", new { title = "x", text = "y", version = theirs.GetProperty("version").GetGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsJsonAsync(url, new { title = "", text = "" })).StatusCode);

        // The organisation's Beheerder is member of no approach here: finds the shared lesson, not the other one.
        var beheerder = await app.ApiClientAsync(a.Users[OrgRole.Beheerder]);
        var found = Json(await beheerder.GetStringAsync($"/api/v1/lessons?q={word}+ouderen"));
        Assert.Equal(1, found.GetProperty("totalItems").GetInt32());
        Assert.Equal(approach.Title, found.GetProperty("items")[0].GetProperty("approachTitle").GetString());
        var wijkverbinder = Json(await (await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder])).GetStringAsync($"/api/v1/lessons?q={word}"));
        Assert.Equal(2, wijkverbinder.GetProperty("totalItems").GetInt32());
        Assert.Equal(0, Json(await (await app.ApiClientAsync(b.Users[OrgRole.Coordinator])).GetStringAsync($"/api/v1/lessons?q={word}")).GetProperty("totalItems").GetInt32());

        var residentPage = await (await app.SignedInClientAsync(a.Users[OrgRole.Netwerklid])).GetAsync("/lessen");
        Assert.NotEqual(HttpStatusCode.OK, residentPage.StatusCode);
        var page = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"/lessen?q={word}");
        Assert.Contains("Koffietafels trekken ouderen", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EvaluationForm_WithAMissingField_KeepsEveryTypedAnswerAndSavesAfterwards(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Evaluatie-form");
        var client = await app.SignedInClientAsync(a.Users[OrgRole.Coordinator]);
        var answer = Unique("Bewoners voelen zich gehoord");
        var form = new Dictionary<string, string> { ["Input.HeldOn"] = Today, ["Input.Answers[0.0]"] = answer, ["Input.Answers[2.1]"] = "Draagvlak groeit" };
        var invalid = await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/evaluatie/rondes", form);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Met wie evalueerde u?", html, StringComparison.Ordinal);
        Assert.Contains(answer, html, StringComparison.Ordinal);
        Assert.Contains("Draagvlak groeit", html, StringComparison.Ordinal);

        form["Input.Participants"] = "Bewonerscommissie";
        var saved = await TestApp.PostFormAsync(client, $"/aanpakken/{approach.Id}/evaluatie/rondes", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var round = await app.InScopeAsync((_, db) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Set<EvaluationRound>(), r => r.ApproachId == approach.Id), a.Organisation.Id);
        Assert.Equal(2, round.Answers.Count);
        Assert.Contains(round.Answers, x => x.Question == 2 && x.Sub == 1 && x.Answer == "Draagvlak groeit");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Closing_WithTheChecklistDoneOrExplained_SetsTheApproachToAfgerondAndReopens(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await ReachTests.FreshApproachAsync(app, a, "Afsluiten");
        var url = $"/api/v1/approaches/{approach.Id}/closing";
        var api = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var empty = Json(await api.GetStringAsync(url));
        Assert.Equal(5, empty.GetProperty("checklist").GetArrayLength());
        Assert.StartsWith("Ga in gesprek over de resultaten van de samenwerking", empty.GetProperty("checklist")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("closedOn").ValueKind);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientAsync(a.Users[OrgRole.Partner])).PutAsJsonAsync(url, new { close = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiClientAsync(b.Users[OrgRole.Coordinator])).PutAsJsonAsync(url, new { close = true })).StatusCode);

        var incomplete = await api.PutAsJsonAsync(url, new { done = new[] { true, true, false, true, true }, close = true });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var problem = await incomplete.Content.ReadAsStringAsync();
        Assert.Contains("Notes[2]", problem, StringComparison.Ordinal);
        Assert.Contains("HandoverTo", problem, StringComparison.Ordinal);

        var closed = await api.PutAsJsonAsync(url, new { done = new[] { true, true, false, true, true }, notes = new[] { "", "", "Resultaten delen we in het buurtbericht van januari", "", "" }, handoverTo = "Bewonerscommissie Parklaan", close = true });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var json = Json(await closed.Content.ReadAsStringAsync());
        Assert.Equal(Today, json.GetProperty("closedOn").GetString());
        var status = await app.InScopeAsync((_, db) => db.Approaches.Where(x => x.Id == approach.Id).Select(x => x.Status).SingleAsync(), a.Organisation.Id);
        Assert.Equal(Wijkkracht.Core.Approaches.ApproachStatus.Afgerond, status);

        var reopened = await api.PutAsJsonAsync(url, new { done = new[] { true, true, false, true, true }, handoverTo = "Bewonerscommissie Parklaan", close = false, version = json.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        status = await app.InScopeAsync((_, db) => db.Approaches.Where(x => x.Id == approach.Id).Select(x => x.Status).SingleAsync(), a.Organisation.Id);
        Assert.Equal(Wijkkracht.Core.Approaches.ApproachStatus.Actief, status);

        var page = await (await app.SignedInClientAsync(a.Users[OrgRole.Partner])).GetStringAsync($"/aanpakken/{approach.Id}/afsluiten");
        Assert.Contains("Bewonerscommissie Parklaan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Afronding opslaan", page, StringComparison.Ordinal);
    }
}
