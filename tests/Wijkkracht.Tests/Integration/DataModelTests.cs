using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>Lists and links stored as data (ADR 0003) and audit of owned collections, on both providers.</summary>
public sealed class DataModelTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeleteGoal_LinkedToIntervention_RemovesTheLinkRow(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var goal = await JsonAsync(await client.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/goals",
            new { title = "Minder overlast op het plein", level = "Meso", term = "Kort", participationRung = 3 }));
        var goalId = goal.GetProperty("id").GetGuid();
        var added = await client.PostAsJsonAsync($"/api/v1/approaches/{a.Approach.Id}/interventions",
            new { interventionId = "kis-buurtbemiddeling", goalIds = new[] { goalId, a.Goal.Id }, principles = new[] { "wp-2", "wp-1" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var item = await JsonAsync(added);
        var itemId = item.GetProperty("id").GetGuid();
        Assert.Equal(2, item.GetProperty("goalIds").GetArrayLength());
        Assert.Equal(["wp-1", "wp-2"], item.GetProperty("principles").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(1, await app.InScopeAsync((_, db) => db.Set<ApproachInterventionGoal>().IgnoreQueryFilters().CountAsync(l => l.GoalId == goalId)));

        var deleted = await client.DeleteAsync($"/api/v1/approaches/{a.Approach.Id}/goals/{goalId}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Equal(0, await app.InScopeAsync((_, db) => db.Set<ApproachInterventionGoal>().IgnoreQueryFilters().CountAsync(l => l.GoalId == goalId)));
        var list = await JsonAsync(await client.GetAsync($"/api/v1/approaches/{a.Approach.Id}/interventions"));
        var after = list.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == itemId);
        Assert.Equal([a.Goal.Id], after.GetProperty("goalIds").EnumerateArray().Select(g => g.GetGuid()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveStepAnswerTwice_AuditEventShowsOldAndNewAnswer(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/steps/wwp-stap-2";
        var first = await client.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Eerste antwoord over de buurtvaders." } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstJson = await JsonAsync(first);
        var version = firstJson.GetProperty("version").GetGuid();

        // Only the answer changes: the step row itself is untouched, yet the save is versioned and audited.
        var second = await client.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Tweede antwoord: ook de moskee doet mee." }, version });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(version, (await JsonAsync(second)).GetProperty("version").GetGuid());
        var stale = await client.PutAsJsonAsync(url, new { status = "Bezig", answers = new[] { "Derde" }, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var progressId = await app.InScopeAsync((_, db) => db.Set<StepProgress>().IgnoreQueryFilters()
            .Where(p => p.ApproachId == a.Approach.Id && p.StepId == "wwp-stap-2").Select(p => p.Id).SingleAsync());
        var events = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.EntityType == nameof(StepProgress) && e.EntityId == progressId.ToString()).OrderBy(e => e.Id).ToListAsync());
        var update = events.Last();
        Assert.Equal(AuditActions.Update, update.Action);
        var changes = JsonDocument.Parse(update.Changes!).RootElement;
        Assert.Equal("Eerste antwoord over de buurtvaders.", changes.GetProperty("before").GetProperty("Answers")[0].GetProperty("Answer").GetString());
        Assert.Equal("Tweede antwoord: ook de moskee doet mee.", changes.GetProperty("after").GetProperty("Answers")[0].GetProperty("Answer").GetString());
        Assert.False(changes.GetProperty("after").TryGetProperty("Results", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChangeGoalLinksAndAnswers_AuditedInTheInterventionsEvent(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var client = await app.ApiClientAsync(a.Users[OrgRole.Coordinator]);
        var url = $"/api/v1/approaches/{a.Approach.Id}/interventions";
        var added = await JsonAsync(await client.PostAsJsonAsync(url, new { interventionId = "kis-portiekgesprekken", note = "Start in het voorjaar" }));
        var itemId = added.GetProperty("id").GetGuid();
        var question = app.Services.GetRequiredService<KnowledgeBase>().Principles.StartQuestions[0].Id;
        var changed = await client.PutAsJsonAsync($"{url}/{itemId}", new
        {
            goalIds = new[] { a.Goal.Id },
            answers = new Dictionary<string, string> { [question] = "De buurt vraagt erom." },
            version = added.GetProperty("version").GetGuid(),
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("De buurt vraagt erom.", (await JsonAsync(changed)).GetProperty("answers").GetProperty(question).GetString());

        var update = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.EntityType == nameof(ApproachIntervention) && e.EntityId == itemId.ToString() && e.Action == AuditActions.Update).SingleAsync());
        var after = JsonDocument.Parse(update.Changes!).RootElement.GetProperty("after");
        Assert.Equal(a.Goal.Id, after.GetProperty("Goals")[0].GetProperty("GoalId").GetGuid());
        Assert.Equal("De buurt vraagt erom.", after.GetProperty("StartAnswers")[0].GetProperty("Answer").GetString());
    }
}
