using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>One answer: <c>question</c> 0–3 and <c>sub</c> 0–2 of the guide's evaluation questions, with the question texts.</summary>
public sealed record EvaluationAnswerDto(int Question, int Sub, string QuestionText, string SubQuestionText, string Answer);

/// <summary>An evaluation round.</summary>
public sealed record EvaluationRoundDto(
    Guid Id, DateOnly HeldOn, string Participants, IReadOnlyList<EvaluationAnswerDto> Answers, string OwnRole, string Adjustments,
    DateOnly? CommunicatedOn, string CommunicatedHow, EvaluationStatus Status, DateOnly? ClosedOn, VisibilityDto Visibility, Guid Version);

/// <summary>A measurement of an indicator.</summary>
public sealed record MeasurementDto(DateOnly Date, decimal? Value, string Note);

/// <summary>An indicator with its baseline and measurements (oldest first).</summary>
public sealed record IndicatorDto(
    Guid Id, string Name, Guid? GoalId, IndicatorKind Kind, string Unit, string Source, DateOnly? BaselineDate, decimal? BaselineValue, string BaselineNote,
    decimal? TargetValue, IReadOnlyList<MeasurementDto> Measurements, VisibilityDto Visibility, Guid Version)
{
    public static IndicatorDto From(Indicator i) => new(i.Id, i.Name, i.GoalId, i.Kind, i.Unit, i.Source, i.BaselineDate, i.BaselineValue, i.BaselineNote, i.TargetValue,
        i.Measurements.Select(m => new MeasurementDto(m.Date, m.Value, m.Note)).ToList(), VisibilityDto.From(i), i.Version);
}

/// <summary>A lesson learned; <c>approachTitle</c> in the organisation-wide search.</summary>
public sealed record LessonDto(Guid Id, Guid ApproachId, string? ApproachTitle, string Title, string Text, string Tags, DateOnly LearnedOn, bool ShareInOrganisation, Guid Version)
{
    public static LessonDto From(Lesson l, string? approachTitle = null) => new(l.Id, l.ApproachId, approachTitle, l.Title, l.Text, l.Tags, l.LearnedOn, l.ShareInOrganisation, l.Version);
}

/// <summary>One point of the closing checklist with the guide's text.</summary>
public sealed record ClosingCheckDto(int Item, string Text, bool Done, string Note);

/// <summary>The closing of an approach; <c>closedOn</c> null while the collaboration runs. <c>version</c> empty before anything was saved.</summary>
public sealed record ClosingDto(IReadOnlyList<ClosingCheckDto> Checklist, string HandoverTo, string HandoverNote, string Continuation, DateOnly? ClosedOn, VisibilityDto Visibility, Guid Version);

/// <summary>A resistance met (ESS step 11): source, kind, and how it is handled or left to exist.</summary>
public sealed record ResistanceDto(Guid Id, DateOnly NoticedOn, ResistanceSource Source, string SourceDetail, string Kind, bool KindFromGuide, string Description,
    ResistanceResponse Response, string Handling, DateOnly? ReviewOn, VisibilityDto Visibility, Guid Version);

/// <summary>A success celebrated (ESS step 11).</summary>
public sealed record CelebrationDto(Guid Id, DateOnly CelebratedOn, string Success, string How, string WithWhom, CelebrationAttention Attention, bool AgreedWithNetwork,
    Guid? ActionId, VisibilityDto Visibility, Guid Version)
{
    public static CelebrationDto From(Celebration c) => new(c.Id, c.CelebratedOn, c.Success, c.How, c.WithWhom, c.Attention, c.AgreedWithNetwork, c.ActionId, VisibilityDto.From(c), c.Version);
}

/// <summary>/api/v1/approaches/{id}/evaluations, /indicators, /lessons and the organisation-wide /api/v1/lessons (issue 13 §5).</summary>
public static class EvaluationApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/lessons", async (string? q, int? page, int? pageSize, LessonService service, HttpContext http, CancellationToken ct) =>
                (await service.SearchAsync(q, PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<LessonDto>.From(p, v => LessonDto.From(v.Lesson, v.ApproachTitle)))))
            .WithTags("Evaluatie").WithName("searchLessons").WithSummary("Geleerde lessen van de hele organisatie (gedeelde lessen en die van uw aanpakken); q zoekt in titel, tekst en trefwoorden")
            .Produces<PagedResponse<LessonDto>>().WithProblems(400, 403);

        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();
        var rounds = approach.MapGroup("/evaluations").WithTags("Evaluatie");
        rounds.MapGet("", async (Guid id, int? page, int? pageSize, EvaluationService service, FieldworkQuestions questions, HttpContext http, CancellationToken ct) =>
                (await service.RoundsAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<EvaluationRoundDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), questions.Dto))))
            .WithName("listEvaluations").WithSummary("Evaluatierondes die u mag zien, nieuwste eerst")
            .Produces<PagedResponse<EvaluationRoundDto>>().WithProblems(400, 404);
        rounds.MapGet("/{roundId:guid}", async (Guid id, Guid roundId, EvaluationService service, FieldworkQuestions questions, HttpContext http, CancellationToken ct) =>
                (await service.RoundAsync(id, roundId, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(questions.Dto(r))))
            .WithName("getEvaluation").WithSummary("Eén evaluatieronde met de vragen van de handreiking")
            .Produces<EvaluationRoundDto>().WithProblems(400, 404);
        rounds.MapPost("", async (Guid id, EvaluationInput body, EvaluationService service, FieldworkQuestions questions, HttpContext http, CancellationToken ct) =>
                (await service.CreateRoundAsync(id, body, http.GetActor(), ct)).ToApi(r => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/evaluations/{r.Id}", questions.Dto(r))))
            .WithName("createEvaluation").WithSummary("Evaluatieronde vastleggen (kernteam); answers met sleutels 'hoofdvraag.deelvraag' (0.0 tot 3.2)")
            .Produces<EvaluationRoundDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        rounds.MapPut("/{roundId:guid}", async (Guid id, Guid roundId, EvaluationInput body, EvaluationService service, FieldworkQuestions questions, HttpContext http, CancellationToken ct) =>
                (await service.UpdateRoundAsync(id, roundId, body, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(questions.Dto(r))))
            .WithName("updateEvaluation").WithSummary("Evaluatieronde wijzigen; status Afgerond rondt af (alleen het kernteam)")
            .Produces<EvaluationRoundDto>().WithProblems(400, 403, 404, 409);
        rounds.MapDelete("/{roundId:guid}", async (Guid id, Guid roundId, EvaluationService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteRoundAsync(id, roundId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteEvaluation").WithSummary("Evaluatieronde verwijderen (kernteam)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);

        var indicators = approach.MapGroup("/indicators").WithTags("Evaluatie");
        indicators.MapGet("", async (Guid id, int? page, int? pageSize, EvaluationService service, HttpContext http, CancellationToken ct) =>
                (await service.IndicatorsAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<IndicatorDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), IndicatorDto.From))))
            .WithName("listIndicators").WithSummary("Indicatoren met nulmeting en metingen")
            .Produces<PagedResponse<IndicatorDto>>().WithProblems(400, 404);
        indicators.MapGet("/{indicatorId:guid}", async (Guid id, Guid indicatorId, EvaluationService service, HttpContext http, CancellationToken ct) =>
                (await service.IndicatorAsync(id, indicatorId, http.GetActor(), ct)).ToApi(i => TypedResults.Ok(IndicatorDto.From(i))))
            .WithName("getIndicator").WithSummary("Eén indicator")
            .Produces<IndicatorDto>().WithProblems(400, 404);
        indicators.MapPost("", async (Guid id, IndicatorInput body, EvaluationService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateIndicatorAsync(id, body, http.GetActor(), ct)).ToApi(i => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/indicators/{i.Id}", IndicatorDto.From(i))))
            .WithName("createIndicator").WithSummary("Indicator toevoegen (kernteam): een getal met nulmeting, of kwalitatief met een beschrijving van de beginsituatie")
            .Produces<IndicatorDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        indicators.MapPut("/{indicatorId:guid}", async (Guid id, Guid indicatorId, IndicatorInput body, EvaluationService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateIndicatorAsync(id, indicatorId, body, http.GetActor(), ct)).ToApi(i => TypedResults.Ok(IndicatorDto.From(i))))
            .WithName("updateIndicator").WithSummary("Indicator wijzigen; geef de laatst gelezen version mee")
            .Produces<IndicatorDto>().WithProblems(400, 403, 404, 409);
        indicators.MapPost("/{indicatorId:guid}/measurements", async (Guid id, Guid indicatorId, MeasurementInput body, EvaluationService service, HttpContext http, CancellationToken ct) =>
                (await service.AddMeasurementAsync(id, indicatorId, body, http.GetActor(), ct)).ToApi(i => TypedResults.Ok(IndicatorDto.From(i))))
            .WithName("addMeasurement").WithSummary("Meting toevoegen (datum, waarde en/of toelichting); geef de version van de indicator mee")
            .Produces<IndicatorDto>().WithProblems(400, 403, 404, 409);
        indicators.MapDelete("/{indicatorId:guid}", async (Guid id, Guid indicatorId, EvaluationService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteIndicatorAsync(id, indicatorId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteIndicator").WithSummary("Indicator verwijderen (kernteam)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);

        var closing = approach.MapGroup("/closing").WithTags("Evaluatie");
        closing.MapGet("", async (Guid id, ClosingService service, FieldworkQuestions questions, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, http.GetActor(), ct)).ToApi(c => TypedResults.Ok(questions.Dto(c))))
            .WithName("getClosing").WithSummary("De afronding van de samenwerking: de checklist van de handreiking, overdracht en voortzetting van het netwerk")
            .Produces<ClosingDto>().WithProblems(400, 404);
        closing.MapPut("", async (Guid id, ClosingInput body, ClosingService service, FieldworkQuestions questions, HttpContext http, CancellationToken ct) =>
                (await service.SaveAsync(id, body, http.GetActor(), ct)).ToApi(c => TypedResults.Ok(questions.Dto(c))))
            .WithName("saveClosing").WithSummary("Afronding vastleggen (kernteam); close=true rondt de samenwerking af en zet de aanpak op Afgerond (elk punt afgevinkt of toegelicht, en een overdracht of voortzetting)")
            .Produces<ClosingDto>().WithProblems(400, 403, 404, 409);

        var lessons = approach.MapGroup("/lessons").WithTags("Evaluatie");
        lessons.MapGet("", async (Guid id, int? page, int? pageSize, LessonService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<LessonDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), l => LessonDto.From(l)))))
            .WithName("listLessons").WithSummary("Geleerde lessen van de aanpak")
            .Produces<PagedResponse<LessonDto>>().WithProblems(400, 404);
        lessons.MapGet("/{lessonId:guid}", async (Guid id, Guid lessonId, LessonService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, lessonId, http.GetActor(), ct)).ToApi(l => TypedResults.Ok(LessonDto.From(l))))
            .WithName("getLesson").WithSummary("Eén les")
            .Produces<LessonDto>().WithProblems(400, 404);
        lessons.MapPost("", async (Guid id, LessonInput body, LessonService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(l => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/lessons/{l.Id}", LessonDto.From(l))))
            .WithName("createLesson").WithSummary("Les vastleggen (kernteam en partners); shareInOrganisation maakt hem vindbaar voor de hele organisatie")
            .Produces<LessonDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        lessons.MapPut("/{lessonId:guid}", async (Guid id, Guid lessonId, LessonInput body, LessonService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, lessonId, body, http.GetActor(), ct)).ToApi(l => TypedResults.Ok(LessonDto.From(l))))
            .WithName("updateLesson").WithSummary("Les wijzigen (kernteam; een partner de eigen lessen)")
            .Produces<LessonDto>().WithProblems(400, 403, 404, 409);
        lessons.MapDelete("/{lessonId:guid}", async (Guid id, Guid lessonId, LessonService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, lessonId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteLesson").WithSummary("Les verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);

        var resistances = approach.MapGroup("/resistances").WithTags("Evaluatie");
        ResistanceDto ToDto(Resistance r, FieldworkGuide guide) => new(r.Id, r.NoticedOn, r.Source, r.SourceDetail, r.Kind, ResistanceAndSuccessService.IsGuideChallenge(guide, r.Source, r.Kind),
            r.Description, r.Response, r.Handling, r.ReviewOn, VisibilityDto.From(r), r.Version);
        resistances.MapGet("", async (Guid id, int? page, int? pageSize, ResistanceAndSuccessService service, FieldworkGuide guide, HttpContext http, CancellationToken ct) =>
                (await service.ResistancesAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<ResistanceDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), r => ToDto(r, guide)))))
            .WithName("listResistances").WithSummary("Weerstanden van de aanpak die u mag zien (standaard alleen het kernteam)")
            .Produces<PagedResponse<ResistanceDto>>().WithProblems(400, 404);
        resistances.MapGet("/{resistanceId:guid}", async (Guid id, Guid resistanceId, ResistanceAndSuccessService service, FieldworkGuide guide, HttpContext http, CancellationToken ct) =>
                (await service.ResistanceAsync(id, resistanceId, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(ToDto(r, guide))))
            .WithName("getResistance").WithSummary("Eén weerstand")
            .Produces<ResistanceDto>().WithProblems(400, 404);
        resistances.MapPost("", async (Guid id, ResistanceInput body, ResistanceAndSuccessService service, FieldworkGuide guide, HttpContext http, CancellationToken ct) =>
                (await service.CreateResistanceAsync(id, body, http.GetActor(), ct)).ToApi(r => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/resistances/{r.Id}", ToDto(r, guide))))
            .WithName("createResistance").WithSummary("Weerstand vastleggen (kernteam): kind is een uitdaging uit de handreiking, of ownKind in eigen woorden; handling is verplicht bij aanpakken of laten bestaan")
            .Produces<ResistanceDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        resistances.MapPut("/{resistanceId:guid}", async (Guid id, Guid resistanceId, ResistanceInput body, ResistanceAndSuccessService service, FieldworkGuide guide, HttpContext http, CancellationToken ct) =>
                (await service.UpdateResistanceAsync(id, resistanceId, body, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(ToDto(r, guide))))
            .WithName("updateResistance").WithSummary("Weerstand wijzigen (kernteam)")
            .Produces<ResistanceDto>().WithProblems(400, 403, 404, 409);
        resistances.MapDelete("/{resistanceId:guid}", async (Guid id, Guid resistanceId, ResistanceAndSuccessService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteResistanceAsync(id, resistanceId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteResistance").WithSummary("Weerstand verwijderen (kernteam)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);

        var celebrations = approach.MapGroup("/celebrations").WithTags("Evaluatie");
        celebrations.MapGet("", async (Guid id, int? page, int? pageSize, ResistanceAndSuccessService service, HttpContext http, CancellationToken ct) =>
                (await service.CelebrationsAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<CelebrationDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), CelebrationDto.From))))
            .WithName("listCelebrations").WithSummary("Gevierde successen van de aanpak die u mag zien")
            .Produces<PagedResponse<CelebrationDto>>().WithProblems(400, 404);
        celebrations.MapGet("/{celebrationId:guid}", async (Guid id, Guid celebrationId, ResistanceAndSuccessService service, HttpContext http, CancellationToken ct) =>
                (await service.CelebrationAsync(id, celebrationId, http.GetActor(), ct)).ToApi(c => TypedResults.Ok(CelebrationDto.From(c))))
            .WithName("getCelebration").WithSummary("Eén gevierd succes")
            .Produces<CelebrationDto>().WithProblems(400, 404);
        celebrations.MapPost("", async (Guid id, CelebrationInput body, ResistanceAndSuccessService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateCelebrationAsync(id, body, http.GetActor(), ct)).ToApi(c => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/celebrations/{c.Id}", CelebrationDto.From(c))))
            .WithName("createCelebration").WithSummary("Succes vastleggen (kernteam en partners); bestuurlijke of media-aandacht vraagt afstemming met het netwerk")
            .Produces<CelebrationDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        celebrations.MapPut("/{celebrationId:guid}", async (Guid id, Guid celebrationId, CelebrationInput body, ResistanceAndSuccessService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateCelebrationAsync(id, celebrationId, body, http.GetActor(), ct)).ToApi(c => TypedResults.Ok(CelebrationDto.From(c))))
            .WithName("updateCelebration").WithSummary("Succes wijzigen (kernteam; een partner de eigen successen)")
            .Produces<CelebrationDto>().WithProblems(400, 403, 404, 409);
        celebrations.MapDelete("/{celebrationId:guid}", async (Guid id, Guid celebrationId, ResistanceAndSuccessService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteCelebrationAsync(id, celebrationId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteCelebration").WithSummary("Succes verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);
    }

}

/// <summary>Turns a round into its DTO with the guide's question texts.</summary>
public sealed class FieldworkQuestions(Core.Actions.FieldworkGuide guide)
{
    public EvaluationRoundDto Dto(EvaluationRound r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var answers = r.Answers.Select(a =>
        {
            var list = guide.List(EvaluationService.QuestionLists[a.Question]);
            return new EvaluationAnswerDto(a.Question, a.Sub, list.Title, list.Questions[a.Sub], a.Answer);
        }).ToList();
        return new(r.Id, r.HeldOn, r.Participants, answers, r.OwnRole, r.Adjustments, r.CommunicatedOn, r.CommunicatedHow, r.Status, r.ClosedOn, VisibilityDto.From(r), r.Version);
    }

    public ClosingDto Dto(ApproachClosing c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var items = guide.List(Core.Actions.FieldworkGuide.Closing).Questions;
        var checks = items.Select((text, i) => c.Checklist.FirstOrDefault(x => x.Item == i) is { } x ? new ClosingCheckDto(i, text, x.Done, x.Note) : new ClosingCheckDto(i, text, false, "")).ToList();
        return new(checks, c.HandoverTo, c.HandoverNote, c.Continuation, c.ClosedOn, VisibilityDto.From(c), c.Version);
    }
}
