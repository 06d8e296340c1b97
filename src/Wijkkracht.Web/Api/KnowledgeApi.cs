using System.Text.Json.Serialization;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>Where an item comes from: seed file, section and the guide's title.</summary>
public sealed record SourceDto(string File, string Section, string Guide)
{
    public static SourceDto From(SourceRef? s) => new(s?.File ?? "", s?.Section ?? "", KnowledgeBase.GuideTitle(s?.File ?? ""));
}

/// <summary>A method in the list.</summary>
public sealed record MethodSummaryDto(string Id, string Name, string Publisher, int? Year, bool Cumulative, string Summary, int StepCount, int PhaseCount, SourceDto Source);

/// <summary>A step of a method (Markdown fields as Markdown).</summary>
public sealed record StepDto(
    string Id, int Number, string? Phase, string Title, string Summary, string Goal, IReadOnlyList<string> Results, string WhatToDo,
    IReadOnlyList<string> Questions, IReadOnlyList<GuidanceDoc> Guidance, IReadOnlyList<string> Tips, IReadOnlyList<string> PracticeExamples,
    bool DecisionMomentAfter, SourceDto Source)
{
    public static StepDto From(StepDoc s) => new(s.Id, s.Number, s.Phase, s.Title, s.Summary, s.Goal, s.Results, s.WhatToDo, s.Questions, s.Guidance,
        s.Tips, s.PracticeExamples, s.DecisionMomentAfter, SourceDto.From(s.Source));
}

/// <summary>A method with its principles, phases, steps and decision moment.</summary>
public sealed record MethodDto(
    string Id, string Name, string Publisher, int? Year, bool Cumulative, string Summary, string Description,
    IReadOnlyList<MethodPrincipleDoc> Principles, IReadOnlyList<PhaseDoc> Phases, IReadOnlyList<StepDto> Steps, DecisionMomentDoc? DecisionMoment, SourceDto Source);

/// <summary>A ranked intervention with score and reasons.</summary>
public sealed record InterventionResultDto(
    string Id, string Title, string Summary, string Origin, bool IsOwn, string? SolutionDirection, IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Locations, IReadOnlyList<string> Themes, IReadOnlyList<string> PpctLevels, double Score, IReadOnlyList<FinderReason> Reasons)
{
    public static InterventionResultDto From(FinderResult r)
    {
        var c = r.Intervention;
        return new(c.Id, c.Title, c.Summary, c.Origin, c.IsOwn, c.SolutionDirection, c.TargetGroups, c.Locations, c.Themes, c.PpctLevels, r.Score, r.Reasons);
    }
}

/// <summary>One intervention: a standard one (with all its fields) or an own one.</summary>
public sealed record InterventionDto(
    string Id, string Title, string Origin, bool IsOwn, string Summary, string Description, string? SolutionDirection,
    IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Locations, IReadOnlyList<string> Themes, IReadOnlyList<string> PpctLevels,
    IReadOnlyList<string> MethodSteps, InterventionDoc? Standard, SourceDto? Source);

/// <summary>
/// An intervention in an approach's plan with the working-principles analysis. For readers who may not see the team's
/// analysis (network members) note, answers and principles are left out.
/// </summary>
public sealed record ApproachInterventionDto(
    Guid Id, string InterventionId, string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Answers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Principles,
    IReadOnlyList<Guid> GoalIds, Guid Version)
{
    public static ApproachInterventionDto From(ApproachInterventionView v) => v.AnalysisHidden
        ? new(v.Item.Id, v.Item.InterventionId, v.Card?.Title, null, null, null, v.Item.GoalIdList, v.Item.Version)
        : new(v.Item.Id, v.Item.InterventionId, v.Card?.Title, v.Item.Note, v.Answers, v.Principles, v.Item.GoalIdList, v.Item.Version);
}

/// <summary>Add an intervention to a plan, or change its note and analysis.</summary>
public sealed record ApproachInterventionWriteDto(string? InterventionId, string? Note, Dictionary<string, string>? Answers, List<string>? Principles, List<Guid>? GoalIds, Guid? Version)
{
    public ApproachInterventionInput ToInput() => new() { InterventionId = InterventionId, Note = Note, Answers = Answers, Principles = Principles, GoalIds = GoalIds, Version = Version };
}

/// <summary>/api/v1/knowledge and /api/v1/approaches/{id}/interventions.</summary>
public static class KnowledgeApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/knowledge").WithTags("Kennisbank").RequireAuthorization(Policies.For(Permission.ViewKnowledge));

        group.MapGet("/methods", (KnowledgeBase kb) =>
                TypedResults.Ok(kb.Methods.Select(m => new MethodSummaryDto(m.Id, m.Name, m.Publisher, m.Year, m.Cumulative, m.Summary, m.Steps.Count, m.Phases.Count, SourceDto.From(m.Source))).ToList()))
            .WithName("listMethods").WithSummary("Methoden").Produces<List<MethodSummaryDto>>().WithProblems();

        group.MapGet("/methods/{id}", (string id, KnowledgeBase kb) =>
                kb.MethodsById.TryGetValue(id, out var m)
                    ? TypedResults.Ok(new MethodDto(m.Id, m.Name, m.Publisher, m.Year, m.Cumulative, m.Summary, m.Description, m.Principles, m.Phases,
                        m.Steps.OrderBy(s => s.Number).Select(StepDto.From).ToList(), m.DecisionMoment, SourceDto.From(m.Source)))
                    : ApiResults.NotFound())
            .WithName("getMethod").WithSummary("Eén methode met fasen, stappen en beslismoment").Produces<MethodDto>().WithProblems(400, 404);

        group.MapGet("/preconditions", (KnowledgeBase kb) => TypedResults.Ok(kb.Preconditions.ToList()))
            .WithName("listPreconditions").WithSummary("De 12 randvoorwaarden").Produces<List<PreconditionDoc>>().WithProblems();

        group.MapGet("/principles", (KnowledgeBase kb) => TypedResults.Ok(kb.Principles))
            .WithName("getPrinciples").WithSummary("De 6 werkzame principes en de startvragen").Produces<PrinciplesDoc>().WithProblems();

        group.MapGet("/participation-ladder", (KnowledgeBase kb) => TypedResults.Ok(kb.Ladder))
            .WithName("getParticipationLadder").WithSummary("De participatieladder").Produces<ParticipationLadderDoc>().WithProblems();

        group.MapGet("/interventions", async (string? q, string? targetGroup, string? location, string? solutionDirection, string? ppctLevel, string? theme,
                int? page, int? pageSize, InterventionCatalogService catalog, HttpContext http, CancellationToken ct) =>
            {
                var query = new FinderQuery { Text = q, TargetGroup = targetGroup, Location = location, SolutionDirection = solutionDirection, PpctLevel = ppctLevel, Theme = theme };
                var paging = PageRequest.Create(page, pageSize);
                return (await catalog.FindAsync(query, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<InterventionResultDto>.From(
                    new Page<FinderResult>(list.Skip(paging.Skip).Take(paging.PageSize).ToList(), paging.PageNumber, paging.PageSize, list.Count), InterventionResultDto.From)));
            })
            .WithName("listInterventions").WithSummary("Interventies, gerangschikt op een beschrijving (q) en criteria, met score en redenen")
            .Produces<PagedResponse<InterventionResultDto>>().WithProblems(400);

        group.MapGet("/interventions/{id}", async (string id, KnowledgeBase kb, InterventionCatalogService catalog, CancellationToken ct) =>
            {
                var card = await catalog.FindCardAsync(id, ct);
                if (card is null)
                    return ApiResults.NotFound();
                var doc = kb.InterventionsById.GetValueOrDefault(id);
                return TypedResults.Ok(new InterventionDto(card.Id, card.Title, card.Origin, card.IsOwn, card.Summary, card.Body, card.SolutionDirection,
                    card.TargetGroups, card.Locations, card.Themes, card.PpctLevels, card.MethodSteps, doc, doc is null ? null : SourceDto.From(doc.Source)));
            })
            .WithName("getIntervention").WithSummary("Eén interventie (standaard-id of id van een eigen interventie)").Produces<InterventionDto>().WithProblems(400, 404);

        var plan = api.MapGroup("/approaches/{id:guid}/interventions").WithTags("Interventies van een aanpak").AddEndpointFilter<ApproachAccessEndpointFilter>();

        plan.MapGet("", async (Guid id, ApproachInterventionService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(ApproachInterventionDto.From).ToList())))
            .WithName("listApproachInterventions").WithSummary("Gekozen interventies van een aanpak").Produces<List<ApproachInterventionDto>>().WithProblems(400, 404);

        plan.MapPost("", async (Guid id, ApproachInterventionWriteDto body, ApproachInterventionService service, HttpContext http, CancellationToken ct) =>
                (await service.AddAsync(id, body.ToInput(), http.GetActor(), ct))
                    .ToApi(v => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/interventions/{v.Item.Id}", ApproachInterventionDto.From(v))))
            .WithName("addApproachIntervention").WithSummary("Interventie aan het plan toevoegen").Produces<ApproachInterventionDto>(StatusCodes.Status201Created).WithProblems(400, 404);

        plan.MapPut("/{itemId:guid}", async (Guid id, Guid itemId, ApproachInterventionWriteDto body, ApproachInterventionService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, itemId, body.ToInput(), http.GetActor(), ct)).ToApi(v => TypedResults.Ok(ApproachInterventionDto.From(v))))
            .WithName("updateApproachIntervention").WithSummary("Toelichting, startvragen en werkzame principes wijzigen").Produces<ApproachInterventionDto>().WithProblems(400, 404, 409);

        plan.MapDelete("/{itemId:guid}", async (Guid id, Guid itemId, ApproachInterventionService service, HttpContext http, CancellationToken ct) =>
                (await service.RemoveAsync(id, itemId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("removeApproachIntervention").WithSummary("Interventie uit het plan halen").Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
