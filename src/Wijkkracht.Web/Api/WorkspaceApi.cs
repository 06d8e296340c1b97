using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Plans;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A recorded decision.</summary>
public sealed record DecisionDto(Guid Id, DecisionOutcome Outcome, string Rationale, string DecidedBy, DateOnly DecidedOn, Guid? AssessmentId, DateTimeOffset CreatedAt)
{
    public static DecisionDto From(Decision d) => new(d.Id, d.Outcome, d.Rationale, d.DecidedBy, d.DecidedOn, d.AssessmentId, d.CreatedAt);
}

/// <summary>One version of the plan of approach.</summary>
public sealed record PlanVersionDto(
    int Number, string AreaOrCommunity, string CentralIssue, string Tasks, string PolicyAmbition, string Preconditions, Guid? AssessmentId,
    string Budget, string EvaluationMoments, string DecisionMoments, string RoleWijkverbinder, string RoleGemeenteverbinder,
    string InternalClient, string DecisionStructure, string CreatedByName, DateTimeOffset CreatedAt)
{
    public static PlanVersionDto From(PlanVersion v) => new(v.Number, v.AreaOrCommunity, v.CentralIssue, v.Tasks, v.PolicyAmbition, v.Preconditions,
        v.AssessmentId, v.Budget, v.EvaluationMoments, v.DecisionMoments, v.RoleWijkverbinder, v.RoleGemeenteverbinder, v.InternalClient,
        v.DecisionStructure, v.CreatedByName, v.CreatedAt);
}

/// <summary>A goal.</summary>
public sealed record GoalDto(Guid Id, string Title, string Description, PpctLevel Level, GoalTerm Term, GoalStatus Status, Guid? OwnerUserId, DateOnly? TargetDate, int? ParticipationRung, string RungRationale, Guid Version)
{
    public static GoalDto From(Goal g) => new(g.Id, g.Title, g.Description, g.Level, g.Term, g.Status, g.OwnerUserId, g.TargetDate, g.ParticipationRung, g.RungRationale, g.Version);
}

/// <summary>/api/v1/approaches/{id}/decisions, /plan and /goals.</summary>
public static class WorkspaceApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}");

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
            .WithName("savePlanVersion").WithSummary("Nieuwe versie opslaan; baseNumber is de versie waarvan u uitging (0 voor de eerste)")
            .Produces<PlanVersionDto>(StatusCodes.Status201Created).WithProblems(400, 404, 409);

        approach.MapGet("/exports/{kind}", async (Guid id, string kind, Wijkkracht.Core.Reports.ReportService reports, HttpContext http, CancellationToken ct) =>
            {
                Wijkkracht.Core.Reports.ReportKind? reportKind = kind switch
                {
                    "plan-of-approach" => Wijkkracht.Core.Reports.ReportKind.Plan,
                    "progress-report" => Wijkkracht.Core.Reports.ReportKind.Progress,
                    _ => null,
                };
                if (reportKind is null)
                    return ApiResults.BadRequest("kind", "Kies 'plan-of-approach' of 'progress-report'.");
                return (await reports.BuildAsync(id, reportKind.Value, http.GetActor(), export: true, ct))
                    .ToApi(r => TypedResults.File(Wijkkracht.Core.Reports.DocxWriter.Write(r), Wijkkracht.Core.Reports.DocxWriter.ContentType, $"{kind}.docx"));
            })
            .WithTags("Export").WithName("exportReport").WithSummary("Plan van aanpak of voortgangsrapportage als Word-document (kind: plan-of-approach of progress-report); de export wordt gelogd")
            .Produces(StatusCodes.Status200OK, contentType: Wijkkracht.Core.Reports.DocxWriter.ContentType).WithProblems(400, 404);

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
        goals.MapDelete("/{goalId:guid}", async (Guid id, Guid goalId, GoalService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, goalId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteGoal").WithSummary("Doel verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
