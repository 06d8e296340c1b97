using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>The API body of a recurring meeting: <see cref="RhythmInput"/> with the times as text ("HH:mm", local time).</summary>
public sealed class RhythmBody
{
    public MeetingKind? Kind { get; set; }

    public string? Title { get; set; }

    public string? Place { get; set; }

    public RhythmFrequency? Frequency { get; set; }

    public DateOnly? FirstDate { get; set; }

    /// <summary>The last date the rhythm may fall on (optional).</summary>
    public DateOnly? UntilDate { get; set; }

    /// <summary>Local time, "HH:mm".</summary>
    public string? StartTime { get; set; }

    /// <summary>Local time, "HH:mm".</summary>
    public string? EndTime { get; set; }

    public Wijkkracht.Core.Visibility.VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public RhythmInput ToInput(out string? badField)
    {
        badField = null;
        var input = new RhythmInput { Kind = Kind, Title = Title, Place = Place, Frequency = Frequency, FirstDate = FirstDate, UntilDate = UntilDate, Visibility = Visibility, Version = Version };
        if (!MeetingBody.TryTime(StartTime, out var start))
            badField = "startTime";
        else if (!MeetingBody.TryTime(EndTime, out var end))
            badField = "endTime";
        else
        {
            input.StartTime = start;
            input.EndTime = end;
        }

        return input;
    }
}

/// <summary>A recurring meeting.</summary>
public sealed record RhythmDto(Guid Id, MeetingKind Kind, string Title, string Place, RhythmFrequency Frequency, DateOnly FirstDate, DateOnly? UntilDate,
    string StartTime, string EndTime, VisibilityDto Visibility, Guid Version)
{
    public static RhythmDto From(MeetingRhythm r) => new(r.Id, r.Kind, r.Title, r.Place, r.Frequency, r.FirstDate, r.UntilDate,
        MeetingDto.Time(r.StartTime)!, MeetingDto.Time(r.EndTime)!, VisibilityDto.From(r), r.Version);
}

/// <summary>
/// One calendar entry: a date of a rhythm (<c>recorded</c>: a meeting of that kind is recorded that day), a recorded
/// meeting, or the due date of an open agreement (<c>overdue</c> when past). <c>id</c> is the rhythm's, meeting's or agreement's.
/// </summary>
public sealed record CalendarEntryDto(CalendarEntryKind Kind, DateOnly Date, string? StartTime, string? EndTime, string Title, string What, string Place, Guid Id, bool Recorded, bool Overdue)
{
    public static CalendarEntryDto From(CalendarEntry e) => new(e.Kind, e.Date, MeetingDto.Time(e.Start), MeetingDto.Time(e.End), e.Title, e.What, e.Place, e.Id, e.Recorded, e.Overdue);
}

/// <summary>The personal feed address: <c>url</c> only in the answer that made it (it is shown once).</summary>
public sealed record CalendarFeedDto(bool Active, DateTimeOffset? CreatedAt, DateTimeOffset? LastUsedAt, string? Url);

/// <summary>
/// The rhythm of meetings, the calendar and the iCalendar feeds (issue 13 §4): <c>/approaches/{id}/rhythms</c>,
/// <c>/approaches/{id}/calendar</c>, <c>/approaches/{id}/meetings.ics</c> (with an API token or a signed-in session),
/// <c>/account/calendar-feed</c> (the personal secret address) and <c>/feeds/{secret}/calendar.ics</c> (no sign-in: the
/// secret is the key; for calendar apps).
/// </summary>
public static class CalendarApi
{
    public static string FeedPath(string secret) => $"{OpenApiConfig.BasePath}/feeds/{secret}/calendar.ics";

    public static void Map(RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();
        var rhythms = approach.MapGroup("/rhythms").WithTags("Bijeenkomsten");
        rhythms.MapGet("", async (Guid id, int? page, int? pageSize, MeetingRhythmService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(PagedResponse<RhythmDto>.From(Page.Of(list, PageRequest.Create(page, pageSize)), RhythmDto.From))))
            .WithName("listRhythms").WithSummary("Terugkerende bijeenkomsten van de aanpak (het ritme)")
            .Produces<PagedResponse<RhythmDto>>().WithProblems(400, 404);
        rhythms.MapGet("/{rhythmId:guid}", async (Guid id, Guid rhythmId, MeetingRhythmService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, rhythmId, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(RhythmDto.From(r))))
            .WithName("getRhythm").WithSummary("Eén terugkerende bijeenkomst")
            .Produces<RhythmDto>().WithProblems(400, 404);
        rhythms.MapPost("", async (Guid id, RhythmBody body, MeetingRhythmService service, HttpContext http, CancellationToken ct) =>
            {
                var input = body.ToInput(out var badField);
                if (badField is not null)
                    return ApiResults.BadRequest(badField, ObservationBody.BadTime);
                return (await service.CreateAsync(id, input, http.GetActor(), ct)).ToApi(r => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/rhythms/{r.Id}", RhythmDto.From(r)));
            })
            .WithName("createRhythm").WithSummary("Terugkerende bijeenkomst vastleggen (kernteam): kind, title, frequency, firstDate, startTime en endTime verplicht")
            .Produces<RhythmDto>(StatusCodes.Status201Created).WithProblems(400, 403, 404);
        rhythms.MapPost("/guide", async (Guid id, MeetingRhythmService service, HttpContext http, CancellationToken ct) =>
                (await service.AddGuideRhythmAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(RhythmDto.From).ToList())))
            .WithName("addGuideRhythm").WithSummary("Het ritme uit de handreiking toevoegen voor de soorten die nog geen ritme hebben: focusbijeenkomst twee keer per jaar, leerbijeenkomst elk kwartaal, wekelijkse koffietafel")
            .Produces<List<RhythmDto>>().WithProblems(400, 403, 404);
        rhythms.MapPut("/{rhythmId:guid}", async (Guid id, Guid rhythmId, RhythmBody body, MeetingRhythmService service, HttpContext http, CancellationToken ct) =>
            {
                var input = body.ToInput(out var badField);
                if (badField is not null)
                    return ApiResults.BadRequest(badField, ObservationBody.BadTime);
                return (await service.UpdateAsync(id, rhythmId, input, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(RhythmDto.From(r)));
            })
            .WithName("updateRhythm").WithSummary("Terugkerende bijeenkomst wijzigen (kernteam); geef de laatst gelezen version mee")
            .Produces<RhythmDto>().WithProblems(400, 403, 404, 409);
        rhythms.MapDelete("/{rhythmId:guid}", async (Guid id, Guid rhythmId, MeetingRhythmService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, rhythmId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteRhythm").WithSummary("Terugkerende bijeenkomst verwijderen (kernteam)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 403, 404);

        approach.MapGet("/calendar", async (Guid id, DateOnly? from, DateOnly? to, MeetingRhythmService service, TimeProvider time, HttpContext http, CancellationToken ct) =>
            {
                var start = from ?? PlausibleDates.Today(time);
                var end = to ?? start.AddDays(90);
                return (await service.CalendarAsync(id, start, end, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(CalendarEntryDto.From).ToList()));
            })
            .WithTags("Bijeenkomsten").WithName("getCalendar").WithSummary("Kalender van de aanpak: data van het ritme, vastgelegde bijeenkomsten en deadlines van open afspraken (from tot en met to; standaard vandaag plus 90 dagen, hoogstens 500 dagen)")
            .Produces<List<CalendarEntryDto>>().WithProblems(400, 404);
        approach.MapGet("/meetings.ics", async (Guid id, CalendarFeedService feeds, HttpContext http, CancellationToken ct) =>
                (await feeds.ApproachFeedAsync(id, http.GetActor(), ct)).ToApi(ics => Ics(http, ics)))
            .WithTags("Bijeenkomsten").WithName("getMeetingsCalendar").WithSummary("Agenda van de aanpak als iCalendar (RFC 5545): bijeenkomsten, het ritme en deadlines van open afspraken die u mag zien; het ophalen wordt gelogd")
            .Produces(StatusCodes.Status200OK, contentType: CalendarFeedService.ContentType).WithProblems(400, 404);

        var account = api.MapGroup("/account/calendar-feed").WithTags("Account");
        account.MapGet("", async (CalendarFeedService feeds, HttpContext http, CancellationToken ct) =>
                await feeds.CurrentAsync(http.GetActor(), ct) is { } token
                    ? TypedResults.Ok(new CalendarFeedDto(true, token.CreatedAt, token.LastUsedAt, null))
                    : TypedResults.Ok(new CalendarFeedDto(false, null, null, null)))
            .WithName("getCalendarFeed").WithSummary("Of u een persoonlijke agenda-link heeft (de link zelf wordt alleen bij het maken getoond)")
            .Produces<CalendarFeedDto>().WithProblems(400);
        account.MapPost("", async (CalendarFeedService feeds, HttpContext http, CancellationToken ct) =>
            {
                var created = await feeds.ResetAsync(http.GetActor(), ct);
                return TypedResults.Ok(new CalendarFeedDto(true, created.Token.CreatedAt, null, AbsoluteFeedUrl(http, created.Secret)));
            })
            .WithName("resetCalendarFeed").WithSummary("Persoonlijke agenda-link maken of vernieuwen; een eerdere link werkt daarna niet meer. De link staat alleen in dit antwoord.")
            .Produces<CalendarFeedDto>().WithProblems(400);
        account.MapDelete("", async (CalendarFeedService feeds, HttpContext http, CancellationToken ct) =>
                await feeds.RemoveAsync(http.GetActor(), ct) ? TypedResults.NoContent() : ApiResults.NotFound())
            .WithName("deleteCalendarFeed").WithSummary("Persoonlijke agenda-link verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        // No sign-in: the secret in the address is the key (calendar apps cannot sign in). Unknown secret: 404.
        var feeds = app.MapGroup(OpenApiConfig.BasePath + "/feeds/{secret}").AllowAnonymous().WithTags("Bijeenkomsten");
        feeds.MapGet("/calendar.ics", async (string secret, CalendarFeedService service, TenantContext tenant, HttpContext http, CancellationToken ct) =>
                await FeedActorAsync(secret, service, tenant, ct) is { } actor ? (IResult)Ics(http, await service.PersonalFeedAsync(actor, ct)) : ApiResults.NotFound())
            .WithName("getPersonalCalendar").WithSummary("Persoonlijke agenda (iCalendar) van alle lopende aanpakken waarvan u lid bent; zonder inloggen, met de geheime link")
            .Produces(StatusCodes.Status200OK, contentType: CalendarFeedService.ContentType).WithProblems(400, 404);
        feeds.MapGet("/approaches/{id:guid}/calendar.ics", async (string secret, Guid id, CalendarFeedService service, TenantContext tenant, HttpContext http, CancellationToken ct) =>
                await FeedActorAsync(secret, service, tenant, ct) is { } actor
                    ? (await service.ApproachFeedAsync(id, actor, ct)).ToApi(ics => Ics(http, ics))
                    : ApiResults.NotFound())
            .WithName("getPersonalApproachCalendar").WithSummary("Agenda (iCalendar) van één aanpak met de geheime link; zonder inloggen")
            .Produces(StatusCodes.Status200OK, contentType: CalendarFeedService.ContentType).WithProblems(400, 404);
    }

    /// <summary>The address of the personal feed, absolute, for a calendar app.</summary>
    public static string AbsoluteFeedUrl(HttpContext http, string secret)
    {
        ArgumentNullException.ThrowIfNull(http);
        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{FeedPath(secret)}";
    }

    private static async Task<Actor?> FeedActorAsync(string secret, CalendarFeedService service, TenantContext tenant, CancellationToken ct)
    {
        if (await service.AuthenticateAsync(secret, ct) is not { } user)
            return null;
        var actor = new Actor(user.Id, user.OrganisationId, user.Role, user.DisplayName);
        tenant.SetActor(actor);
        await service.MarkUsedAsync(actor, ct);
        return actor;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Ics(HttpContext http, string ics)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Text(ics, CalendarFeedService.ContentType + "; charset=utf-8");
    }

}
