using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>An agenda item; <c>preBriefing</c>: go through it beforehand with participants who need it.</summary>
public sealed record AgendaItemDto(string Text, bool PreBriefing);

/// <summary>The answer to question <c>question</c> (0–4) of the startbijeenkomst: a working agreement of the network.</summary>
public sealed record WorkingAgreementDto(int Question, string Answer);

/// <summary>A meeting with attendees (ids of members and network actors), agenda, notes and working agreements.</summary>
public sealed record MeetingDto(
    Guid Id, MeetingKind Kind, string Title, DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, string Place,
    IReadOnlyList<Guid> AttendeeUserIds, IReadOnlyList<Guid> AttendeeActorIds, string AttendingGroups, string Chair, string NoteTaker,
    IReadOnlyList<AgendaItemDto> Agenda, string Notes, string Signals, string Decisions, IReadOnlyList<WorkingAgreementDto> WorkingAgreements,
    Guid? ExperimentId, VisibilityDto Visibility, Guid Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static MeetingDto From(Meeting m) => new(
        m.Id, m.Kind, m.Title, m.Date, m.StartTime, m.EndTime, m.Place, m.AttendeeUserIds, m.AttendeeActorIds, m.AttendingGroups, m.Chair, m.NoteTaker,
        m.Agenda.Select(a => new AgendaItemDto(a.Text, a.PreBriefing)).ToList(), m.Notes, m.Signals, m.Decisions,
        m.WorkingAgreements.Select(w => new WorkingAgreementDto(w.Question, w.Answer)).ToList(), m.ExperimentId, VisibilityDto.From(m), m.Version, m.CreatedAt, m.UpdatedAt);
}

/// <summary>A meeting in a list, with the number of open agreements you may see.</summary>
public sealed record MeetingListItemDto(Guid Id, MeetingKind Kind, string Title, DateOnly Date, TimeOnly? StartTime, string Place, int OpenAgreements, VisibilityDto Visibility, Guid Version)
{
    public static MeetingListItemDto From(MeetingRow r) =>
        new(r.Meeting.Id, r.Meeting.Kind, r.Meeting.Title, r.Meeting.Date, r.Meeting.StartTime, r.Meeting.Place, r.OpenAgreements, VisibilityDto.From(r.Meeting), r.Meeting.Version);
}

/// <summary>An agreement: what, who (<c>ownerUserId</c> for a member, <c>ownerName</c> always), by when, status and progress.</summary>
public sealed record AgreementDto(
    Guid Id, Guid MeetingId, string What, Guid? OwnerUserId, string OwnerName, DateOnly? DueDate, AgreementStatus Status, string Progress, DateOnly? DoneOn, Guid Version)
{
    public static AgreementDto From(MeetingAgreement a) => new(a.Id, a.MeetingId, a.What, a.OwnerUserId, a.OwnerName, a.DueDate, a.Status, a.Progress, a.DoneOn, a.Version);
}

/// <summary>An agreement in the list across meetings, with its meeting (the title is empty when you may not read that meeting) and whether it is overdue.</summary>
public sealed record AgreementRowDto(
    Guid Id, Guid MeetingId, string What, Guid? OwnerUserId, string OwnerName, DateOnly? DueDate, AgreementStatus Status, string Progress, DateOnly? DoneOn,
    bool Overdue, DateOnly MeetingDate, MeetingKind MeetingKind, string MeetingTitle, Guid Version)
{
    public static AgreementRowDto From(AgreementRow r) => new(
        r.Agreement.Id, r.Agreement.MeetingId, r.Agreement.What, r.Agreement.OwnerUserId, r.Agreement.OwnerName, r.Agreement.DueDate, r.Agreement.Status,
        r.Agreement.Progress, r.Agreement.DoneOn, r.Overdue, r.MeetingDate, r.MeetingKind, r.MeetingTitle, r.Agreement.Version);
}

/// <summary>/api/v1/approaches/{id}/meetings and /agreements (issue 13 §3).</summary>
public static class MeetingsApi
{
    /// <summary>Parses the <c>status</c> filter of the agreements list; null for an unknown value.</summary>
    public static AgreementFilter? ParseFilter(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" or "alle" => AgreementFilter.All,
        "open" => AgreementFilter.Open,
        "overdue" or "te-laat" => AgreementFilter.Overdue,
        "done" or "afgerond" => AgreementFilter.Done,
        _ => null,
    };

    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();

        var meetings = approach.MapGroup("/meetings").WithTags("Bijeenkomsten");
        meetings.MapGet("", async (Guid id, int? page, int? pageSize, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PagedResponse<MeetingListItemDto>.From(p, MeetingListItemDto.From))))
            .WithName("listMeetings").WithSummary("Bijeenkomsten die u mag zien (ook die waar u bij was), nieuwste eerst")
            .Produces<PagedResponse<MeetingListItemDto>>().WithProblems(400, 404);
        meetings.MapGet("/{meetingId:guid}", async (Guid id, Guid meetingId, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, meetingId, http.GetActor(), ct)).ToApi(m => TypedResults.Ok(MeetingDto.From(m))))
            .WithName("getMeeting").WithSummary("Eén bijeenkomst met agenda, aanwezigen en werkafspraken (het lezen van aanwezigen wordt gelogd)")
            .Produces<MeetingDto>().WithProblems(400, 404);
        meetings.MapPost("", async (Guid id, MeetingInput body, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(m => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/meetings/{m.Id}", MeetingDto.From(m))))
            .WithName("createMeeting").WithSummary("Bijeenkomst plannen of vastleggen: kind, date en place verplicht; experimentId alleen (en verplicht) bij NaExperiment; workingAgreements alleen bij Startbijeenkomst")
            .Produces<MeetingDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        meetings.MapPut("/{meetingId:guid}", async (Guid id, Guid meetingId, MeetingInput body, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, meetingId, body, http.GetActor(), ct)).ToApi(m => TypedResults.Ok(MeetingDto.From(m))))
            .WithName("updateMeeting").WithSummary("Bijeenkomst wijzigen; geef de laatst gelezen version mee")
            .Produces<MeetingDto>().WithProblems(400, 404, 409);
        meetings.MapDelete("/{meetingId:guid}", async (Guid id, Guid meetingId, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, meetingId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteMeeting").WithSummary("Bijeenkomst met haar afspraken verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
        meetings.MapPost("/{meetingId:guid}/agreements", async (Guid id, Guid meetingId, AgreementInput body, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAgreementAsync(id, meetingId, body, http.GetActor(), ct)).ToApi(a => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/agreements/{a.Id}", AgreementDto.From(a))))
            .WithName("createAgreement").WithSummary("Afspraak vastleggen bij een bijeenkomst: what, en ownerUserId (een lid) of ownerName")
            .Produces<AgreementDto>(StatusCodes.Status201Created).WithProblems(400, 404);

        var agreements = approach.MapGroup("/agreements").WithTags("Bijeenkomsten");
        agreements.MapGet("", async (Guid id, string? status, int? page, int? pageSize, MeetingService service, HttpContext http, CancellationToken ct) =>
            {
                if (ParseFilter(status) is not { } filter)
                    return ApiResults.BadRequest("status", "Kies open, overdue, done of all.");
                return (await service.AgreementsAsync(id, filter, PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<AgreementRowDto>.From(p, AgreementRowDto.From)));
            })
            .WithName("listAgreements").WithSummary("Afspraken van alle bijeenkomsten, op streefdatum; status=open (ook te laat), overdue (open en over de datum), done (gedaan of vervallen) of all")
            .Produces<PagedResponse<AgreementRowDto>>().WithProblems(400, 404);
        agreements.MapGet("/{agreementId:guid}", async (Guid id, Guid agreementId, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAgreementAsync(id, agreementId, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(AgreementDto.From(a))))
            .WithName("getAgreement").WithSummary("Eén afspraak")
            .Produces<AgreementDto>().WithProblems(400, 404);
        agreements.MapPut("/{agreementId:guid}", async (Guid id, Guid agreementId, AgreementInput body, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAgreementAsync(id, agreementId, body, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(AgreementDto.From(a))))
            .WithName("updateAgreement").WithSummary("Afspraak wijzigen; wie de afspraak op zich nam (en geen bewerkrecht heeft) wijzigt alleen status en progress; geef de version mee")
            .Produces<AgreementDto>().WithProblems(400, 404, 409);
        agreements.MapDelete("/{agreementId:guid}", async (Guid id, Guid agreementId, MeetingService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAgreementAsync(id, agreementId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteAgreement").WithSummary("Afspraak verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
