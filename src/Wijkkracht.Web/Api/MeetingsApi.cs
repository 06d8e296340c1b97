using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>An agenda item; <c>preBriefing</c>: go through it beforehand with participants who need it.</summary>
public sealed record AgendaItemDto(string Text, bool PreBriefing);

/// <summary>The answer to question <c>question</c> (0–4) of the startbijeenkomst: a working agreement of the network.</summary>
public sealed record WorkingAgreementDto(int Question, string Answer);

/// <summary>The API body of a meeting: <see cref="MeetingInput"/> with the times as text ("HH:mm", local time).</summary>
public sealed class MeetingBody
{
    public MeetingKind? Kind { get; set; }

    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Local time, "HH:mm" (optional).</summary>
    public string? StartTime { get; set; }

    /// <summary>Local time, "HH:mm" (optional).</summary>
    public string? EndTime { get; set; }

    /// <summary>Where; meet where it is about ("op de plek waar het over gaat").</summary>
    public string? Place { get; set; }

    /// <summary>User ids of members of the approach who attend.</summary>
    public List<Guid> AttendeeUserIds { get; set; } = [];

    /// <summary>Ids of network actors of the approach who attend.</summary>
    public List<Guid> AttendeeActorIds { get; set; } = [];

    public string? AttendingGroups { get; set; }

    public string? Chair { get; set; }

    public string? NoteTaker { get; set; }

    public List<AgendaItem> Agenda { get; set; } = [];

    public string? Notes { get; set; }

    public string? Signals { get; set; }

    public string? Decisions { get; set; }

    /// <summary>Only for a Startbijeenkomst: answers to the guide's five questions (question 0–4).</summary>
    public List<WorkingAgreement> WorkingAgreements { get; set; } = [];

    /// <summary>Required for (and only for) kind NaExperiment.</summary>
    public Guid? ExperimentId { get; set; }

    public Wijkkracht.Core.Visibility.VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    /// <summary>The service input; the name of the first time field that is not "HH:mm", if any.</summary>
    public MeetingInput ToInput(out string? badField)
    {
        badField = null;
        var input = new MeetingInput
        {
            Kind = Kind,
            Title = Title,
            Date = Date,
            Place = Place,
            AttendeeUserIds = AttendeeUserIds ?? [],
            AttendeeActorIds = AttendeeActorIds ?? [],
            AttendingGroups = AttendingGroups,
            Chair = Chair,
            NoteTaker = NoteTaker,
            Agenda = Agenda ?? [],
            Notes = Notes,
            Signals = Signals,
            Decisions = Decisions,
            WorkingAgreements = WorkingAgreements ?? [],
            ExperimentId = ExperimentId,
            Visibility = Visibility,
            Version = Version,
        };
        if (!TryTime(StartTime, out var start))
            badField = "startTime";
        else if (!TryTime(EndTime, out var end))
            badField = "endTime";
        else
        {
            input.StartTime = start;
            input.EndTime = end;
        }

        return input;
    }

    internal static bool TryTime(string? text, out TimeOnly? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            return false;
        time = parsed;
        return true;
    }
}

/// <summary>A meeting with attendees (ids of members and network actors), agenda, notes and working agreements.</summary>
public sealed record MeetingDto(
    Guid Id, MeetingKind Kind, string Title, DateOnly Date, string? StartTime, string? EndTime, string Place,
    IReadOnlyList<Guid> AttendeeUserIds, IReadOnlyList<Guid> AttendeeActorIds, string AttendingGroups, string Chair, string NoteTaker,
    IReadOnlyList<AgendaItemDto> Agenda, string Notes, string Signals, string Decisions, IReadOnlyList<WorkingAgreementDto> WorkingAgreements,
    Guid? ExperimentId, VisibilityDto Visibility, Guid Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static MeetingDto From(Meeting m) => new(
        m.Id, m.Kind, m.Title, m.Date, Time(m.StartTime), Time(m.EndTime), m.Place, m.AttendeeUserIds, m.AttendeeActorIds, m.AttendingGroups, m.Chair, m.NoteTaker,
        m.Agenda.Select(a => new AgendaItemDto(a.Text, a.PreBriefing)).ToList(), m.Notes, m.Signals, m.Decisions,
        m.WorkingAgreements.Select(w => new WorkingAgreementDto(w.Question, w.Answer)).ToList(), m.ExperimentId, VisibilityDto.From(m), m.Version, m.CreatedAt, m.UpdatedAt);

    /// <summary>Local time as "HH:mm".</summary>
    public static string? Time(TimeOnly? time) => time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A meeting in a list, with the number of open agreements you may see.</summary>
public sealed record MeetingListItemDto(Guid Id, MeetingKind Kind, string Title, DateOnly Date, string? StartTime, string Place, int OpenAgreements, VisibilityDto Visibility, Guid Version)
{
    public static MeetingListItemDto From(MeetingRow r) =>
        new(r.Meeting.Id, r.Meeting.Kind, r.Meeting.Title, r.Meeting.Date, MeetingDto.Time(r.Meeting.StartTime), r.Meeting.Place, r.OpenAgreements, VisibilityDto.From(r.Meeting), r.Meeting.Version);
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
        meetings.MapPost("", async (Guid id, MeetingBody body, MeetingService service, HttpContext http, CancellationToken ct) =>
            {
                var input = body.ToInput(out var badField);
                if (badField is not null)
                    return ApiResults.BadRequest(badField, ObservationBody.BadTime);
                return (await service.CreateAsync(id, input, http.GetActor(), ct)).ToApi(m => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/meetings/{m.Id}", MeetingDto.From(m)));
            })
            .WithName("createMeeting").WithSummary("Bijeenkomst plannen of vastleggen: kind, date en place verplicht; experimentId alleen (en verplicht) bij NaExperiment; workingAgreements alleen bij Startbijeenkomst")
            .Produces<MeetingDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        meetings.MapPut("/{meetingId:guid}", async (Guid id, Guid meetingId, MeetingBody body, MeetingService service, HttpContext http, CancellationToken ct) =>
            {
                var input = body.ToInput(out var badField);
                if (badField is not null)
                    return ApiResults.BadRequest(badField, ObservationBody.BadTime);
                return (await service.UpdateAsync(id, meetingId, input, http.GetActor(), ct)).ToApi(m => TypedResults.Ok(MeetingDto.From(m)));
            })
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
