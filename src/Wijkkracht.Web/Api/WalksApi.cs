using Wijkkracht.Core.Common;
using Wijkkracht.Core.Observations;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A walk (schouw). <c>summary</c> is null for readers outside the core team who did not take part.</summary>
public sealed record WalkDto(
    Guid Id, DateOnly WalkedOn, string StartTime, string? EndTime, Guid RecordedByUserId, IReadOnlyList<Guid> Participants,
    string OtherParticipants, string Route, IReadOnlyList<string> Places, string? Summary, int ObservationCount, bool CanChange, Guid Version)
{
    public static WalkDto From(WalkView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var w = v.Walk;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return new(w.Id, w.WalkedOn, w.StartTime.ToString("HH:mm", inv), w.EndTime?.ToString("HH:mm", inv), w.RecordedByUserId,
            ObservationCodec.DecodeIds(w.ParticipantUserIds), w.OtherParticipants, w.Route, ObservationCodec.Split(w.Places),
            v.SummaryVisible ? w.Summary : null, v.ObservationCount, v.CanChange, w.Version);
    }
}

/// <summary>The API body of a walk: <see cref="WalkInput"/> with the times as text ("HH:mm", local time).</summary>
public sealed class WalkBody
{
    public DateOnly? WalkedOn { get; set; }

    /// <summary>Local time, "HH:mm".</summary>
    public string? StartTime { get; set; }

    /// <summary>Local time, "HH:mm" (optional).</summary>
    public string? EndTime { get; set; }

    public List<Guid> Participants { get; set; } = [];

    public string? OtherParticipants { get; set; }

    public string? Route { get; set; }

    public List<string> Places { get; set; } = [];

    public string? Summary { get; set; }

    public bool ConfirmPossibleNames { get; set; }

    public Guid? Version { get; set; }

    /// <summary>The service input; the name of the first time field that is not "HH:mm", if any.</summary>
    public WalkInput ToInput(out string? badField)
    {
        badField = null;
        var input = new WalkInput
        {
            WalkedOn = WalkedOn,
            Participants = Participants ?? [],
            OtherParticipants = OtherParticipants,
            Route = Route,
            Places = Places ?? [],
            Summary = Summary,
            ConfirmPossibleNames = ConfirmPossibleNames,
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

    private static bool TryTime(string? text, out TimeOnly? time)
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

/// <summary>/api/v1/approaches/{id}/walks: the walks (schouwen) of an approach, paged, and single walks.</summary>
public static class WalksApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/approaches/{id:guid}/walks").AddEndpointFilter<ApproachAccessEndpointFilter>().WithTags("Schouwen");

        group.MapGet("", async (Guid id, int? page, int? pageSize, WalkService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<WalkDto>.From(p, WalkDto.From))))
            .WithName("listWalks").WithSummary("Schouwen (wandelingen) van de aanpak, nieuwste eerst")
            .Produces<PagedResponse<WalkDto>>().WithProblems(400, 404);

        group.MapGet("/{walkId:guid}", async (Guid id, Guid walkId, WalkService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, walkId, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(WalkDto.From(v))))
            .WithName("getWalk").WithSummary("Eén schouw")
            .Produces<WalkDto>().WithProblems(400, 404);

        group.MapPost("", async (Guid id, WalkBody body, WalkService service, HttpContext http, CancellationToken ct) =>
            {
                var input = body.ToInput(out var badField);
                if (badField is not null)
                    return ApiResults.BadRequest(badField, ObservationBody.BadTime);
                var actor = http.GetActor();
                var created = await service.CreateAsync(id, input, actor, ct);
                if (!created.IsOk)
                    return created.ToApi(_ => TypedResults.NoContent());
                return (await service.GetAsync(id, created.Value!.Id, actor, ct))
                    .ToApi(v => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/walks/{v.Walk.Id}", WalkDto.From(v)));
            })
            .WithName("createWalk").WithSummary("Schouw vastleggen (elk lid van de aanpak); tekst die op een naam of adres lijkt geeft eerst een fout op confirmPossibleNames")
            .Produces<WalkDto>(StatusCodes.Status201Created).WithProblems(400, 404);

        group.MapPut("/{walkId:guid}", async (Guid id, Guid walkId, WalkBody body, WalkService service, HttpContext http, CancellationToken ct) =>
            {
                var input = body.ToInput(out var badField);
                if (badField is not null)
                    return ApiResults.BadRequest(badField, ObservationBody.BadTime);
                var actor = http.GetActor();
                var updated = await service.UpdateAsync(id, walkId, input, actor, ct);
                if (!updated.IsOk)
                    return updated.ToApi(_ => TypedResults.NoContent());
                return (await service.GetAsync(id, walkId, actor, ct)).ToApi(v => TypedResults.Ok(WalkDto.From(v)));
            })
            .WithName("updateWalk").WithSummary("Schouw wijzigen (wie meeliep en het kernteam); geef de laatst gelezen version mee")
            .Produces<WalkDto>().WithProblems(400, 404, 409);

        group.MapDelete("/{walkId:guid}", async (Guid id, Guid walkId, WalkService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, walkId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteWalk").WithSummary("Schouw verwijderen (wie meeliep en het kernteam); de waarnemingen blijven, zonder koppeling")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
