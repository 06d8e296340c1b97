using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Steps;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A recorded decision.</summary>
public sealed record DecisionDto(Guid Id, DecisionOutcome Outcome, string Rationale, string DecidedBy, DateOnly DecidedOn, Guid? AssessmentId, DateTimeOffset CreatedAt)
{
    public static DecisionDto From(Decision d) => new(d.Id, d.Outcome, d.Rationale, d.DecidedBy, d.DecidedOn, d.AssessmentId, d.CreatedAt);
}

/// <summary>Who may read a record (ADR 0005): level Kernteam, Partners or Netwerk; with Partners, partnerTypes limits it to those types (empty: all partners).</summary>
public sealed record VisibilityDto(VisibilityLevel Level, IReadOnlyList<PartnerType> PartnerTypes)
{
    public static VisibilityDto From(IHasVisibility r) => new(r.Visibility, VisibilityRules.Split(r.VisibleToPartnerTypes));

    public static VisibilityDto Default(VisibilityLevel level) => new(level, []);
}

/// <summary>One version of the plan of approach.</summary>
public sealed record PlanVersionDto(
    int Number, string AreaOrCommunity, string CentralIssue, string Tasks, string PolicyAmbition, string Preconditions, Guid? AssessmentId,
    string Budget, string EvaluationMoments, string DecisionMoments, string RoleWijkverbinder, string RoleGemeenteverbinder,
    string InternalClient, string DecisionStructure, string CreatedByName, DateTimeOffset CreatedAt, VisibilityDto Visibility)
{
    public static PlanVersionDto From(PlanVersion v) => new(v.Number, v.AreaOrCommunity, v.CentralIssue, v.Tasks, v.PolicyAmbition, v.Preconditions,
        v.AssessmentId, v.Budget, v.EvaluationMoments, v.DecisionMoments, v.RoleWijkverbinder, v.RoleGemeenteverbinder, v.InternalClient,
        v.DecisionStructure, v.CreatedByName, v.CreatedAt, VisibilityDto.From(v));
}

/// <summary>A goal.</summary>
public sealed record GoalDto(Guid Id, string Title, string Description, PpctLevel Level, GoalTerm Term, GoalStatus Status, Guid? OwnerUserId, DateOnly? TargetDate, int? ParticipationRung, string RungRationale, string ProgressNote, Guid Version)
{
    public static GoalDto From(Goal g) => new(g.Id, g.Title, g.Description, g.Level, g.Term, g.Status, g.OwnerUserId, g.TargetDate, g.ParticipationRung, g.RungRationale, g.ProgressNote, g.Version);
}

/// <summary>A step with the approach's progress.</summary>
public sealed record StepProgressDto(
    string StepId, string MethodId, int Number, string? Phase, string Title, StepStatus Status, IReadOnlyList<string> Results,
    IReadOnlyList<StepResultDto> ResultProgress, IReadOnlyList<string> Questions, IReadOnlyList<string?> Answers, string Notes,
    bool DecisionMomentNotice, Guid? Version, VisibilityDto Visibility)
{
    public static StepProgressDto From(StepView v) => new(
        v.Step.Id, v.Step.MethodId, v.Step.Number, v.Step.PhaseTitle, v.Step.Title, v.Status, v.Step.Results,
        Enumerable.Range(0, v.Step.Results.Count).Select(i => v.Progress?.Results.FirstOrDefault(r => r.Index == i) is { } r
            ? new StepResultDto(r.Achieved, r.AchievedOn, r.Note, r.Evidence) : new StepResultDto(false, null, "", "")).ToList(),
        v.Step.Questions, Enumerable.Range(0, v.Step.Questions.Count).Select(i => v.Progress?.Answers.FirstOrDefault(a => a.Index == i)?.Answer).ToList(),
        v.Progress?.Notes ?? "", v.AfterDecisionWithoutGo, v.Progress?.Version,
        v.Progress is { } p ? VisibilityDto.From(p) : VisibilityDto.Default(VisibilityRules.StepDefault));
}

/// <summary>Progress on one result of a step.</summary>
public sealed record StepResultDto(bool Achieved, DateOnly? AchievedOn, string Note, string Evidence);

/// <summary>A precondition check with its items and scores.</summary>
public sealed record AssessmentDto(Guid Id, DateOnly AssessedOn, string Participants, string Notes, IReadOnlyList<AssessmentItemDto> Items, IReadOnlyList<ScoreDto> Scores,
    VisibilityDto Visibility);

/// <summary>One scored item.</summary>
public sealed record AssessmentItemDto(string PreconditionId, int AskIndex, PreconditionScore Score, string Explanation);

/// <summary>The score (0–100, null when not assessed) of a precondition or step-4 question.</summary>
public sealed record ScoreDto(string Id, string Title, int? Percentage, int Assessed, int Total);

/// <summary>An "aan de slag" action.</summary>
public sealed record ActionDto(Guid Id, string PreconditionId, string Description, Guid? OwnerUserId, DateOnly? DueDate, ActionStatus Status, Guid? AssessmentId, Guid Version)
{
    public static ActionDto From(PreconditionAction a) => new(a.Id, a.PreconditionId, a.Description, a.OwnerUserId, a.DueDate, a.Status, a.AssessmentId, a.Version);
}

/// <summary>/api/v1/approaches/{id}/steps, /precondition-assessments, /precondition-actions, /decisions, /plan, /goals and /exports.</summary>
public static class WorkspaceApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();

        var steps = approach.MapGroup("/steps").WithTags("Stappen");
        steps.MapGet("", async (Guid id, StepService service, HttpContext http, CancellationToken ct) =>
                (await service.OverviewAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(StepProgressDto.From).ToList())))
            .WithName("listSteps").WithSummary("Stappen van de methode(n) met de voortgang")
            .Produces<List<StepProgressDto>>().WithProblems(400, 404);
        steps.MapGet("/{stepId}", async (Guid id, string stepId, StepService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, stepId, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(StepProgressDto.From(v))))
            .WithName("getStep").WithSummary("Eén stap met voortgang")
            .Produces<StepProgressDto>().WithProblems(400, 404);
        steps.MapPut("/{stepId}", async (Guid id, string stepId, StepInput body, StepService service, HttpContext http, CancellationToken ct) =>
                (await service.SaveAsync(id, stepId, body, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(StepProgressDto.From(v))))
            .WithName("saveStep").WithSummary("Status, resultaten, antwoorden en notities van een stap opslaan; geef version mee (leeg bij de eerste keer); visibility (niet verplicht) bepaalt wie de stap mag zien")
            .Produces<StepProgressDto>().WithProblems(400, 404, 409);

        var assessments = approach.MapGroup("/precondition-assessments").WithTags("Randvoorwaarden");
        AssessmentDto ToDto(PreconditionAssessment a, PreconditionCheckService s) => new(a.Id, a.AssessedOn, a.Participants, a.Notes,
            a.Items.Select(i => new AssessmentItemDto(i.PreconditionId, i.AskIndex, i.Score, i.Explanation)).ToList(),
            s.Scores(a).Select(r => new ScoreDto(r.Id, r.Title, r.Percentage, r.Assessed, r.Total)).ToList(),
            VisibilityDto.From(a));
        assessments.MapGet("", async (Guid id, PreconditionCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(a => ToDto(a, service)).ToList())))
            .WithName("listPreconditionAssessments").WithSummary("Randvoorwaardenchecks, nieuwste eerst, met scores")
            .Produces<List<AssessmentDto>>().WithProblems(400, 404);
        assessments.MapGet("/{assessmentId:guid}", async (Guid id, Guid assessmentId, PreconditionCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, assessmentId, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(ToDto(a, service))))
            .WithName("getPreconditionAssessment").WithSummary("Eén check")
            .Produces<AssessmentDto>().WithProblems(400, 404);
        assessments.MapPost("", async (Guid id, AssessmentInput body, PreconditionCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(a => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/precondition-assessments/{a.Id}", ToDto(a, service))))
            .WithName("createPreconditionAssessment").WithSummary("Nieuwe, afgeronde check vastleggen; visibility (standaard Kernteam) kiest alleen wie leden beheert")
            .Produces<AssessmentDto>(StatusCodes.Status201Created).WithProblems(400, 404);

        var actions = approach.MapGroup("/precondition-actions").WithTags("Randvoorwaarden");
        actions.MapGet("", async (Guid id, PreconditionCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.ListActionsAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(ActionDto.From).ToList())))
            .WithName("listPreconditionActions").WithSummary("Acties om randvoorwaarden op orde te brengen")
            .Produces<List<ActionDto>>().WithProblems(400, 404);
        actions.MapPost("", async (Guid id, ActionInput body, PreconditionCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateActionAsync(id, body, http.GetActor(), ct)).ToApi(a => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/precondition-actions/{a.Id}", ActionDto.From(a))))
            .WithName("createPreconditionAction").WithSummary("Actie toevoegen")
            .Produces<ActionDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        actions.MapPut("/{actionId:guid}", async (Guid id, Guid actionId, ActionInput body, PreconditionCheckService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateActionAsync(id, actionId, body, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(ActionDto.From(a))))
            .WithName("updatePreconditionAction").WithSummary("Actie wijzigen; geef version mee. Een eigenaar zonder bewerkrecht wijzigt alleen de status")
            .Produces<ActionDto>().WithProblems(400, 404, 409);

        var decisions = approach.MapGroup("/decisions").WithTags("Beslismoment");
        decisions.MapGet("", async (Guid id, DecisionService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(DecisionDto.From).ToList())))
            .WithName("listDecisions").WithSummary("Besluiten van het beslismoment, nieuwste eerst")
            .Produces<List<DecisionDto>>().WithProblems(400, 404);
        decisions.MapPost("", async (Guid id, DecisionInput body, DecisionService service, HttpContext http, CancellationToken ct) =>
                (await service.RecordAsync(id, body, http.GetActor(), ct)).ToApi(d => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/decisions", DecisionDto.From(d))))
            .WithName("recordDecision").WithSummary("Besluit vastleggen (gemeenteverbinder, procesregisseur, bestuurlijk boegbeeld)")
            .Produces<DecisionDto>(StatusCodes.Status201Created).WithProblems(400, 404);

        var plan = approach.MapGroup("/plan").WithTags("Plan van aanpak");
        plan.MapGet("", async (Guid id, PlanService service, HttpContext http, CancellationToken ct) =>
            {
                var result = await service.GetLatestAsync(id, http.GetActor(), ct);
                if (result.IsOk && result.Value is null)
                    return ApiResults.NotFound();
                return result.ToApi(v => TypedResults.Ok(PlanVersionDto.From(v!)));
            })
            .WithName("getPlan").WithSummary("Nieuwste versie van het plan van aanpak")
            .Produces<PlanVersionDto>().WithProblems(400, 404);
        plan.MapGet("/versions", async (Guid id, PlanService service, HttpContext http, CancellationToken ct) =>
                (await service.ListVersionsAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(PlanVersionDto.From).ToList())))
            .WithName("listPlanVersions").WithSummary("Alle versies van het plan, nieuwste eerst")
            .Produces<List<PlanVersionDto>>().WithProblems(400, 404);
        plan.MapGet("/versions/{number:int}", async (Guid id, int number, PlanService service, HttpContext http, CancellationToken ct) =>
                (await service.GetVersionAsync(id, number, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(PlanVersionDto.From(v))))
            .WithName("getPlanVersion").WithSummary("Eén versie van het plan")
            .Produces<PlanVersionDto>().WithProblems(400, 404);
        plan.MapPost("/versions", async (Guid id, PlanInput body, PlanService service, HttpContext http, CancellationToken ct) =>
                (await service.SaveAsync(id, body, http.GetActor(), ct)).ToApi(v => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/plan/versions/{v.Number}", PlanVersionDto.From(v))))
            .WithName("savePlanVersion").WithSummary("Nieuwe versie opslaan; baseNumber is de versie waarvan u uitging (0 voor de eerste); visibility (niet verplicht) geldt voor alle versies")
            .Produces<PlanVersionDto>(StatusCodes.Status201Created).WithProblems(400, 404, 409);

        var goals = approach.MapGroup("/goals").WithTags("Doelen");
        goals.MapGet("", async (Guid id, GoalService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(GoalDto.From).ToList())))
            .WithName("listGoals").WithSummary("Doelen van de aanpak")
            .Produces<List<GoalDto>>().WithProblems(400, 404);
        goals.MapGet("/{goalId:guid}", async (Guid id, Guid goalId, GoalService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, goalId, http.GetActor(), ct)).ToApi(g => TypedResults.Ok(GoalDto.From(g))))
            .WithName("getGoal").WithSummary("Eén doel")
            .Produces<GoalDto>().WithProblems(400, 404);
        goals.MapPost("", async (Guid id, GoalInput body, GoalService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(g => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/goals/{g.Id}", GoalDto.From(g))))
            .WithName("createGoal").WithSummary("Doel toevoegen")
            .Produces<GoalDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        goals.MapPut("/{goalId:guid}", async (Guid id, Guid goalId, GoalInput body, GoalService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, goalId, body, http.GetActor(), ct)).ToApi(g => TypedResults.Ok(GoalDto.From(g))))
            .WithName("updateGoal").WithSummary("Doel wijzigen; geef de laatst gelezen version mee")
            .Produces<GoalDto>().WithProblems(400, 404, 409);
        goals.MapPut("/{goalId:guid}/progress", async (Guid id, Guid goalId, GoalProgressInput body, GoalService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateProgressAsync(id, goalId, body, http.GetActor(), ct)).ToApi(g => TypedResults.Ok(GoalDto.From(g))))
            .WithName("updateGoalProgress").WithSummary("Status en voortgang van een doel bijwerken (ook door de eigenaar van het doel); geef de laatst gelezen version mee")
            .Produces<GoalDto>().WithProblems(400, 404, 409);
        goals.MapDelete("/{goalId:guid}", async (Guid id, Guid goalId, GoalService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, goalId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteGoal").WithSummary("Doel verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
