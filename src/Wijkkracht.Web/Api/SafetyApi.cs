using Wijkkracht.Core.Common;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Notifications;
using Wijkkracht.Core.Safety;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>What the reporter sees of their report: its status only.</summary>
public sealed record SafetyReportStatusDto(Guid Id, SafetyReportKind Kind, DateOnly HappenedOn, DateTimeOffset ReportedAt, SafetyReportStatus Status, bool FirstContactMade)
{
    public static SafetyReportStatusDto From(SafetyReportStatusView v) => new(v.Id, v.Kind, v.HappenedOn, v.ReportedAt, v.Status, v.FirstContactMade);
}

/// <summary>A report in the list of a safety contact or coordinator (no free text).</summary>
public sealed record SafetyReportSummaryDto(
    Guid Id, SafetyReportKind Kind, DateOnly HappenedOn, DateTimeOffset ReportedAt, string ReporterName, SafetyReportStatus Status,
    DateTimeOffset FirstContactDueAt, DateTimeOffset? FirstContactAt, bool FirstContactOverdue, DateTimeOffset? EscalatedAt, bool PoliceInvolved)
{
    public static SafetyReportSummaryDto From(SafetyReportListItem i)
    {
        var r = i.Report;
        return new(r.Id, r.Kind, r.HappenedOn, r.ReportedAt, i.ReporterName, r.Status, r.FirstContactDueAt, r.FirstContactAt, i.FirstContactOverdue, r.EscalatedAt, r.PoliceInvolved);
    }
}

/// <summary>A step in the follow-up.</summary>
public sealed record SafetyFollowUpDto(Guid Id, DateOnly On, FollowUpKind Kind, string Text, string ByName)
{
    public static SafetyFollowUpDto From(FollowUpView f) => new(f.Id, f.On, f.Kind, f.Text, f.ByName);
}

/// <summary>A whole report, for a safety contact or coordinator.</summary>
public sealed record SafetyReportDto(
    Guid Id, SafetyReportKind Kind, DateOnly HappenedOn, string WhatHappened, string Where, SafetyFeeling Feeling, PoliceAware PoliceAware,
    ContactPreference ContactPreference, string ContactDetails, bool OnBehalfOf, string OnBehalfOfWho, string ReporterName, DateTimeOffset ReportedAt,
    SafetyReportStatus Status, DateTimeOffset FirstContactDueAt, DateTimeOffset? FirstContactAt, bool FirstContactOverdue, DateTimeOffset? EscalatedAt,
    bool PoliceInvolved, Guid? ConcernsActorId, string? ConcernsActorName, ProtectionLevel? ConcernsActorProtection, DateTimeOffset? ClosedAt, string Evaluation,
    IReadOnlyList<SafetyFollowUpDto> FollowUps, Guid Version)
{
    public static SafetyReportDto From(SafetyReportView v)
    {
        var r = v.Report;
        return new(r.Id, r.Kind, r.HappenedOn, v.WhatHappened, v.Where, r.Feeling, r.PoliceAware, r.ContactPreference, v.ContactDetails, r.OnBehalfOf, v.OnBehalfOfWho,
            v.ReporterName, r.ReportedAt, r.Status, r.FirstContactDueAt, r.FirstContactAt, v.FirstContactOverdue, r.EscalatedAt, r.PoliceInvolved,
            r.ConcernsActorId, v.ConcernsActorName, v.ConcernsActorProtection, r.ClosedAt, v.Evaluation, v.FollowUps.Select(SafetyFollowUpDto.From).ToList(), r.Version);
    }
}

/// <summary>The safety contacts of an approach; <c>responsibleUserId</c> is null while none is named.</summary>
public sealed record SafetyContactsDto(Guid? ResponsibleUserId, string? ResponsibleName, Guid? PoliceContactUserId, string? PoliceContactName, int FirstContactHours, Guid? Version)
{
    public static SafetyContactsDto From(SafetySetupView v) =>
        new(v.Setup?.ResponsibleUserId, v.ResponsibleName, v.Setup?.PoliceContactUserId, v.PoliceContactName, v.FirstContactHours, v.Setup?.Version);
}

/// <summary>A safety agreement; <c>actionId</c> is the risky activity it is for, if any.</summary>
public sealed record SafetyAgreementDto(
    Guid Id, Guid? ActionId, string Title, string Agreed, IReadOnlyList<SafetyParty> Parties, string OtherParties, DateOnly AgreedOn, DateOnly ReviewOn,
    bool ReviewDue, VisibilityDto Visibility, Guid Version)
{
    public static SafetyAgreementDto From(SafetyAgreement a, DateOnly today) =>
        new(a.Id, a.ActionId, a.Title, a.Agreed, SafetyAgreementService.Split(a.Parties), a.OtherParties, a.AgreedOn, a.ReviewOn, a.ReviewOn <= today, VisibilityDto.From(a), a.Version);
}

/// <summary>A check-in; the answers are empty (and <c>showsAnswers</c> false) for readers other than the author, the safety contacts and coordinators.</summary>
public sealed record CheckInDto(
    Guid Id, string Subject, string SubjectName, DateOnly On, string ByName, bool ShowsAnswers, string HowAreYou, bool? UnsafeSituation, bool? Incident, bool? Threatened,
    string Notes, Guid Version)
{
    public static CheckInDto From(CheckInView v)
    {
        var c = v.CheckIn;
        var subject = c.MemberUserId is { } u ? CheckInService.MemberKey(u) : CheckInService.ActorKey(c.ActorId!.Value);
        return new(c.Id, subject, v.SubjectName, c.On, v.ByName, v.ShowsAnswers, v.HowAreYou, v.ShowsAnswers ? c.UnsafeSituation : null,
            v.ShowsAnswers ? c.Incident : null, v.ShowsAnswers ? c.Threatened : null, v.Notes, c.Version);
    }
}

/// <summary>An active resident and their last check-in.</summary>
public sealed record CheckInSubjectDto(string Subject, string Name, bool IsNetworkMember, DateOnly? LastCheckIn, string? LastByName)
{
    public static CheckInSubjectDto From(CheckInSubject s) => new(s.Key, s.Name, s.IsMember, s.LastOn, s.LastByName);
}

/// <summary>An in-app message.</summary>
public sealed record NoticeDto(Guid Id, DateTimeOffset CreatedAt, string Text, string Link, bool Read)
{
    public static NoticeDto From(Notice n) => new(n.Id, n.CreatedAt, n.Text, n.Link, n.ReadAt is not null);
}

/// <summary>
/// Safety (issue 14 §1–4): <c>/approaches/{id}/safety-reports</c> (+ follow-ups, closing, the person concerned),
/// <c>/safety-contacts</c>, <c>/safety-agreements</c>, <c>/check-ins</c>, and the user's own <c>/account/notices</c>.
/// The same rules as the pages: a report is readable only by the safety contacts and coordinators; its reporter reads
/// its status; anyone else gets 404.
/// </summary>
public static class SafetyApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();
        var reports = approach.MapGroup("/safety-reports").WithTags("Veiligheid");
        reports.MapGet("", async (Guid id, int? page, int? pageSize, SafetyReportService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<SafetyReportSummaryDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), SafetyReportSummaryDto.From))))
            .WithName("listSafetyReports").WithSummary("Alle veiligheidsmeldingen van de aanpak, zonder tekst (contactpersonen voor veiligheid en coördinatoren)")
            .Produces<PagedResponse<SafetyReportSummaryDto>>().WithProblems(400, 403, 404);
        reports.MapGet("/mine", async (Guid id, SafetyReportService service, HttpContext http, CancellationToken ct) =>
                (await service.MineAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(SafetyReportStatusDto.From).ToList())))
            .WithName("listMySafetyReports").WithSummary("De meldingen die u zelf deed, alleen hun status")
            .Produces<List<SafetyReportStatusDto>>().WithProblems(400, 404);
        reports.MapPost("", async (Guid id, SafetyReportInput body, SafetyReportService service, NoticeService notices, HttpContext http, CancellationToken ct) =>
            {
                var result = await service.ReportAsync(id, body, http.GetActor(), ct);
                if (result.IsOk)
                    await notices.MailAsync(service.LastNotices.ToList(), BaseUrl(http), ct);
                return result.ToApi(r => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/safety-reports/{r.Id}/status", SafetyReportStatusDto.From(SafetyReportService.StatusOf(r))));
            })
            .WithName("createSafetyReport").WithSummary("Een bedreiging of incident melden (iedereen in de aanpak); de contactpersonen krijgen een bericht zonder inhoud")
            .Produces<SafetyReportStatusDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        reports.MapGet("/{reportId:guid}/status", async (Guid id, Guid reportId, SafetyReportService service, HttpContext http, CancellationToken ct) =>
                (await service.StatusAsync(id, reportId, http.GetActor(), ct)).ToApi(s => TypedResults.Ok(SafetyReportStatusDto.From(s))))
            .WithName("getSafetyReportStatus").WithSummary("De status van een melding (de melder, de contactpersonen en coördinatoren)")
            .Produces<SafetyReportStatusDto>().WithProblems(400, 404);
        reports.MapGet("/{reportId:guid}", async (Guid id, Guid reportId, SafetyReportService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, reportId, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(SafetyReportDto.From(v))))
            .WithName("getSafetyReport").WithSummary("Een hele melding met de opvolging (contactpersonen voor veiligheid en coördinatoren; gelezen wordt gelogd)")
            .Produces<SafetyReportDto>().WithProblems(400, 404);
        reports.MapPost("/{reportId:guid}/follow-ups", async (Guid id, Guid reportId, FollowUpInput body, SafetyReportService service, HttpContext http, CancellationToken ct) =>
                (await service.AddFollowUpAsync(id, reportId, body, http.GetActor(), ct)).ToApi(f => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/safety-reports/{reportId}", SafetyFollowUpDto.From(f))))
            .WithName("addSafetyFollowUp").WithSummary("Een stap in de opvolging vastleggen: eerste contact, stap, politie of preventieve maatregel")
            .Produces<SafetyFollowUpDto>(StatusCodes.Status201Created).WithProblems(400, 404, 409);
        reports.MapPost("/{reportId:guid}/close", async (Guid id, Guid reportId, CloseReportInput body, SafetyReportService service, HttpContext http, CancellationToken ct) =>
                (await service.CloseAsync(id, reportId, body, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(SafetyReportStatusDto.From(SafetyReportService.StatusOf(r)))))
            .WithName("closeSafetyReport").WithSummary("Een melding afsluiten met de evaluatie van de opvolging")
            .Produces<SafetyReportStatusDto>().WithProblems(400, 404, 409);
        reports.MapPut("/{reportId:guid}/person", async (Guid id, Guid reportId, ReportPersonInput body, SafetyReportService service, HttpContext http, CancellationToken ct) =>
                (await service.SetPersonAsync(id, reportId, body, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(SafetyReportStatusDto.From(SafetyReportService.StatusOf(r)))))
            .WithName("setSafetyReportPerson").WithSummary("actorId: de persoon in het netwerkregister om wie het gaat (beschermingsniveau wordt bedreigd); protection: dat niveau weer verlagen")
            .Produces<SafetyReportStatusDto>().WithProblems(400, 404);

        var contacts = approach.MapGroup("/safety-contacts").WithTags("Veiligheid");
        contacts.MapGet("", async (Guid id, SafetyReportService service, HttpContext http, CancellationToken ct) =>
                (await service.SetupAsync(id, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(SafetyContactsDto.From(v))))
            .WithName("getSafetyContacts").WithSummary("Wie meldingen opvolgt: de verantwoordelijke ambtenaar, eventueel de wijkagent, en de termijn voor eerste contact")
            .Produces<SafetyContactsDto>().WithProblems(400, 404);
        contacts.MapPut("", async (Guid id, SafetySetupInput body, SafetyReportService service, HttpContext http, CancellationToken ct) =>
            {
                var result = await service.SaveSetupAsync(id, body, http.GetActor(), ct);
                if (!result.IsOk)
                    return result.ToApi(_ => TypedResults.NoContent());
                return (await service.SetupAsync(id, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(SafetyContactsDto.From(v)));
            })
            .WithName("setSafetyContacts").WithSummary("Contactpersonen voor veiligheid aanwijzen (wie de aanpak leidt of een coördinator); version is verplicht bij wijzigen")
            .Produces<SafetyContactsDto>().WithProblems(400, 403, 404, 409);

        var agreements = approach.MapGroup("/safety-agreements").WithTags("Veiligheid");
        agreements.MapGet("", async (Guid id, int? page, int? pageSize, SafetyAgreementService service, TimeProvider time, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<SafetyAgreementDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), a => SafetyAgreementDto.From(a, PlausibleDates.Today(time))))))
            .WithName("listSafetyAgreements").WithSummary("Veiligheidsafspraken die u mag zien, eerst te herzien")
            .Produces<PagedResponse<SafetyAgreementDto>>().WithProblems(400, 404);
        agreements.MapGet("/{agreementId:guid}", async (Guid id, Guid agreementId, SafetyAgreementService service, TimeProvider time, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, agreementId, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(SafetyAgreementDto.From(a, PlausibleDates.Today(time)))))
            .WithName("getSafetyAgreement").WithSummary("Eén veiligheidsafspraak")
            .Produces<SafetyAgreementDto>().WithProblems(400, 404);
        agreements.MapPost("", async (Guid id, SafetyAgreementInput body, SafetyAgreementService service, TimeProvider time, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(a => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/safety-agreements/{a.Id}", SafetyAgreementDto.From(a, PlausibleDates.Today(time)))))
            .WithName("createSafetyAgreement").WithSummary("Veiligheidsafspraak vastleggen (kernteam): partijen, wat is afgesproken en een herzieningsdatum")
            .Produces<SafetyAgreementDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        agreements.MapPut("/{agreementId:guid}", async (Guid id, Guid agreementId, SafetyAgreementInput body, SafetyAgreementService service, TimeProvider time, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, agreementId, body, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(SafetyAgreementDto.From(a, PlausibleDates.Today(time)))))
            .WithName("updateSafetyAgreement").WithSummary("Veiligheidsafspraak wijzigen of herzien (kernteam)")
            .Produces<SafetyAgreementDto>().WithProblems(400, 403, 404, 409);
        agreements.MapDelete("/{agreementId:guid}", async (Guid id, Guid agreementId, SafetyAgreementService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, agreementId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteSafetyAgreement").WithSummary("Veiligheidsafspraak verwijderen (kernteam)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);

        var checkIns = approach.MapGroup("/check-ins").WithTags("Veiligheid");
        checkIns.MapGet("", async (Guid id, int? page, int? pageSize, CheckInService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<CheckInDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), CheckInDto.From))))
            .WithName("listCheckIns").WithSummary("Check-ins met actieve bewoners (kernteam); de antwoorden alleen voor wie de check-in deed, de contactpersonen voor veiligheid en coördinatoren")
            .Produces<PagedResponse<CheckInDto>>().WithProblems(400, 403, 404);
        checkIns.MapGet("/residents", async (Guid id, int? weeks, CheckInService service, HttpContext http, CancellationToken ct) =>
                (weeks is { } w ? await service.OverdueAsync(id, w, http.GetActor(), ct) : await service.SubjectsAsync(id, http.GetActor(), ct))
                    .ToApi(list => TypedResults.Ok(list.Select(CheckInSubjectDto.From).ToList())))
            .WithName("listCheckInResidents").WithSummary("Actieve bewoners met hun laatste check-in; met weeks alleen wie zo lang niet gesproken is")
            .Produces<List<CheckInSubjectDto>>().WithProblems(400, 403, 404);
        checkIns.MapGet("/{checkInId:guid}", async (Guid id, Guid checkInId, CheckInService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, checkInId, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(CheckInDto.From(v))))
            .WithName("getCheckIn").WithSummary("Eén check-in")
            .Produces<CheckInDto>().WithProblems(400, 404);
        checkIns.MapPost("", async (Guid id, CheckInInput body, CheckInService service, HttpContext http, CancellationToken ct) =>
            {
                var result = await service.CreateAsync(id, body, http.GetActor(), ct);
                if (!result.IsOk)
                    return result.ToApi(_ => TypedResults.NoContent());
                return (await service.GetAsync(id, result.Value!.Id, http.GetActor(), ct)).ToApi(v => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/check-ins/{v.CheckIn.Id}", CheckInDto.From(v)));
            })
            .WithName("createCheckIn").WithSummary("Check-in vastleggen (kernteam); subject is u:{gebruiker} of a:{persoon in het netwerk}")
            .Produces<CheckInDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        checkIns.MapPut("/{checkInId:guid}", async (Guid id, Guid checkInId, CheckInInput body, CheckInService service, HttpContext http, CancellationToken ct) =>
            {
                var result = await service.UpdateAsync(id, checkInId, body, http.GetActor(), ct);
                if (!result.IsOk)
                    return result.ToApi(_ => TypedResults.NoContent());
                return (await service.GetAsync(id, checkInId, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(CheckInDto.From(v)));
            })
            .WithName("updateCheckIn").WithSummary("Check-in wijzigen (alleen wie hem deed)")
            .Produces<CheckInDto>().WithProblems(400, 403, 404, 409);

        var notices = api.MapGroup("/account/notices").WithTags("Account");
        notices.MapGet("", async (NoticeService service, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok((await service.MineAsync(http.GetActor(), ct)).Select(NoticeDto.From).ToList()))
            .WithName("listNotices").WithSummary("Uw berichten in Wijkkracht, nieuwste eerst (zonder inhoud van meldingen)")
            .Produces<List<NoticeDto>>();
        notices.MapPost("/read", async (Guid? noticeId, NoticeService service, HttpContext http, CancellationToken ct) =>
                await service.MarkReadAsync(http.GetActor(), noticeId, ct) ? Results.NoContent() : ApiResults.NotFound())
            .WithName("markNoticesRead").WithSummary("Berichten als gelezen markeren: één (noticeId) of alle")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }

    public static string BaseUrl(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
    }
}
