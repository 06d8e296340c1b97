using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Goals;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>
/// An action: a zichtbare actie, experiment or activiteit. <c>overdue</c>: a running experiment past its end date whose
/// neighbourhood meeting was not held; <c>afterMeetingOn</c>: the date of that meeting. Experiment fields are empty for the
/// other kinds.
/// <c>shareable</c>: "Delen in het buurtbericht" (title, date and place may appear in a buurtbericht).
/// <c>risky</c>: a risky activity; it cannot get the status Loopt or Afgerond before <c>policeContact</c> is filled in.
/// </summary>
public sealed record NeighbourhoodActionDto(
    Guid Id, ActionKind Kind, string Title, string Description, PpctLevel? PpctLevel, int? ParticipationRung, string ActivityExample, string PlaceName,
    DateOnly? StartDate, DateOnly? EndDate, bool Shareable, bool Risky, string PoliceContact, string Organisers, string LocalSuppliers, decimal? Cost, ActionStage Status, Guid? OwnerUserId, string? OwnerName,
    IReadOnlyList<Guid> GoalIds, IReadOnlyList<Guid> ThemeIds, IReadOnlyList<Guid> OpportunityIds, IReadOnlyList<string> InterventionSlugs,
    string WhoJoined, string WhoDidNotJoin, string PatternChange, string ResidentFeedback,
    string Pattern, string ExpectedEffect, string EvaluationPlan, DateOnly? EvaluationDate, string StopCriterion, string UndoPlan,
    ExperimentDecision? Decision, DateOnly? DecisionDate, string DecisionNote, string BorgingOwner, string BorgingFunding,
    DateOnly? AfterMeetingOn, bool Overdue, VisibilityDto Visibility, Guid Version)
{
    public static NeighbourhoodActionDto From(ActionView v)
    {
        var a = v.Action;
        return new(a.Id, a.Kind, a.Title, a.Description, a.PpctLevel, a.ParticipationRung, a.ActivityExample, a.PlaceName, a.StartDate, a.EndDate, a.Shareable, a.Risky, a.PoliceContact,
            a.Organisers, a.LocalSuppliers, a.Cost, a.Status, a.OwnerUserId, v.OwnerName, a.GoalIds, a.ThemeIds, a.OpportunityIds, a.InterventionSlugs,
            a.WhoJoined, a.WhoDidNotJoin, a.PatternChange, a.ResidentFeedback, a.Pattern, a.ExpectedEffect, a.EvaluationPlan, a.EvaluationDate,
            a.StopCriterion, a.UndoPlan, a.Decision, a.DecisionDate, a.DecisionNote, a.BorgingOwner, a.BorgingFunding, v.AfterMeetingOn, v.Overdue,
            VisibilityDto.From(a), a.Version);
    }
}

/// <summary>/api/v1/approaches/{id}/actions (issue 13 §1–2).</summary>
public static class ActionsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();
        var actions = approach.MapGroup("/actions").WithTags("Acties");
        actions.MapGet("", async (Guid id, int? page, int? pageSize, ActionKind? kind, ActionStage? status, bool? overdue, string? q, ActionService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, new ActionFilter(kind, status, q, overdue == true), PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<NeighbourhoodActionDto>.From(p, NeighbourhoodActionDto.From))))
            .WithName("listActions").WithSummary("Acties die u mag zien; filter op kind (ZichtbareActie, Experiment, Activiteit), status, overdue=true (experimenten over hun einddatum zonder bijeenkomst) en q (titel, plek, organisatoren)")
            .Produces<PagedResponse<NeighbourhoodActionDto>>().WithProblems(400, 404);
        actions.MapGet("/{actionId:guid}", async (Guid id, Guid actionId, ActionService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, actionId, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(NeighbourhoodActionDto.From(a))))
            .WithName("getAction").WithSummary("Eén actie")
            .Produces<NeighbourhoodActionDto>().WithProblems(400, 404);
        actions.MapPost("", async (Guid id, ActionInput body, ActionService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(a => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/actions/{a.Action.Id}", NeighbourhoodActionDto.From(a))))
            .WithName("createAction").WithSummary("Actie toevoegen (kernteam en partners; een partner wordt eigenaar). Een experiment heeft vooraf een patroon, verwacht effect, evaluatieplan, een manier om terug te draaien en een einddatum")
            .Produces<NeighbourhoodActionDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        actions.MapPut("/{actionId:guid}", async (Guid id, Guid actionId, ActionInput body, ActionService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, actionId, body, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(NeighbourhoodActionDto.From(a))))
            .WithName("updateAction").WithSummary("Actie wijzigen (kernteam; een partner alleen de eigen acties); geef de laatst gelezen version mee")
            .Produces<NeighbourhoodActionDto>().WithProblems(400, 403, 404, 409);
        actions.MapPost("/{actionId:guid}/decision", async (Guid id, Guid actionId, DecisionInput body, ActionService service, HttpContext http, CancellationToken ct) =>
                (await service.DecideAsync(id, actionId, body, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(NeighbourhoodActionDto.From(a))))
            .WithName("decideExperiment").WithSummary("Besluit over een experiment: Stoppen, Aanpassen, Voortzetten of Borgen (met borgingOwner en borgingFunding). Alleen het kernteam, en pas na de bijeenkomst met de buurt")
            .Produces<NeighbourhoodActionDto>().WithProblems(400, 403, 404, 409);
        actions.MapDelete("/{actionId:guid}", async (Guid id, Guid actionId, ActionService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, actionId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteAction").WithSummary("Actie verwijderen (kernteam; een partner alleen de eigen acties)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);
    }
}
