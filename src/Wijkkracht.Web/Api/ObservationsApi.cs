using Microsoft.Extensions.Primitives;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Observations;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>One group seen in an observation.</summary>
public sealed record ObservedGroupDto(string Category, GroupSize Size);

/// <summary>
/// An observation. <c>whatHappens</c> and <c>promptAnswers</c> are null for readers outside the core team who did not
/// observe it (issue 10: free text only for the core team and the observers).
/// </summary>
public sealed record ObservationDto(
    Guid Id, DateOnly ObservedOn, string ObservedAt, PartOfDay PartOfDay, DayType DayType, double? Latitude, double? Longitude,
    string PlaceName, IReadOnlyList<ObservedGroupDto> Groups, IReadOnlyList<string> Factors, ObservationKind? Kind,
    string? WhatHappens, IReadOnlyDictionary<string, string>? PromptAnswers, Guid RecordedByUserId, IReadOnlyList<Guid> OtherObservers,
    CompanionKind? Companion, bool CanChange, Guid Version, Guid? WalkId = null, double? PinX = null, double? PinY = null)
{
    public static ObservationDto From(ObservationView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var o = v.Observation;
        return new(o.Id, o.ObservedOn, o.ObservedAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), o.PartOfDay, o.DayType,
            o.Latitude, o.Longitude, o.PlaceName, ObservationCodec.DecodeGroups(o.Groups).Select(g => new ObservedGroupDto(g.Category, g.Size)).ToList(),
            ObservationCodec.Split(o.Factors), o.Kind, v.NotesVisible ? o.WhatHappens : null, v.NotesVisible ? ObservationCodec.DecodeAnswers(o.PromptAnswers) : null,
            o.RecordedByUserId, ObservationCodec.DecodeIds(o.OtherObservers), o.Companion, v.CanChange, o.Version, o.WalkId, o.PinX, o.PinY);
    }
}

/// <summary>What an import did: observation lines read, observations created, and how many points were converted from RD New.</summary>
public sealed record ObservationImportDto(int Lines, int Created, int ConvertedFromRd);

/// <summary>
/// The API body of an observation: <see cref="ObservationInput"/> with the time as text ("HH:mm", local time without a
/// time zone, as the NL API Design Rules ask).
/// </summary>
public sealed class ObservationBody
{
    public DateOnly? ObservedOn { get; set; }

    /// <summary>Local time of day, "HH:mm" (for example "21:30").</summary>
    public string? ObservedAt { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? PlaceName { get; set; }

    public List<ObservedGroupInput> Groups { get; set; } = [];

    public List<string> Factors { get; set; } = [];

    public ObservationKind? Kind { get; set; }

    public string? WhatHappens { get; set; }

    public Dictionary<string, string?> PromptAnswers { get; set; } = [];

    public List<Guid> OtherObservers { get; set; } = [];

    public CompanionKind? Companion { get; set; }

    public bool ConfirmPossibleNames { get; set; }

    /// <summary>The walk (schouw) of the same approach it was made on.</summary>
    public Guid? WalkId { get; set; }

    /// <summary>Pin on the plattegrond: percent from the left (0–100).</summary>
    public double? PinX { get; set; }

    /// <summary>Pin on the plattegrond: percent from the top (0–100).</summary>
    public double? PinY { get; set; }

    public Guid? Version { get; set; }

    /// <summary>The service input; false when the time is not "HH:mm".</summary>
    public bool TryToInput(out ObservationInput input)
    {
        input = new ObservationInput
        {
            ObservedOn = ObservedOn,
            Latitude = Latitude,
            Longitude = Longitude,
            PlaceName = PlaceName,
            Groups = Groups ?? [],
            Factors = Factors ?? [],
            Kind = Kind,
            WhatHappens = WhatHappens,
            PromptAnswers = PromptAnswers ?? [],
            OtherObservers = OtherObservers ?? [],
            Companion = Companion,
            ConfirmPossibleNames = ConfirmPossibleNames,
            WalkId = WalkId,
            PinX = PinX,
            PinY = PinY,
            Version = Version,
        };
        if (string.IsNullOrWhiteSpace(ObservedAt))
            return true;
        if (!TimeOnly.TryParseExact(ObservedAt.Trim(), ["HH:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time))
            return false;
        input.ObservedAt = time;
        return true;
    }

    public const string BadTime = "Geef de tijd als uu:mm, bijvoorbeeld 21:30.";
}

/// <summary>
/// /api/v1/approaches/{id}/observations: the list (paged JSON, or with <c>Accept: application/geo+json</c> a GeoJSON
/// FeatureCollection, or with <c>Accept: text/csv</c> CSV in the import columns) and single observations.
/// </summary>
public static class ObservationsApi
{
    public const string GeoJsonType = "application/geo+json";

    public const string CsvType = "text/csv";

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/approaches/{id:guid}/observations").AddEndpointFilter<ApproachAccessEndpointFilter>().WithTags("Waarnemingen");

        group.MapGet("", async (Guid id, int? page, int? pageSize, DateOnly? from, DateOnly? to, PartOfDay? partOfDay, DayType? dayType, string? group, string? factor, ObservationKind? kind, string? bbox,
                ObservationService service, ObservationCatalog catalog, HttpContext http, CancellationToken ct) =>
            {
                var box = ObservationFilter.ParseBbox(bbox, out var bboxError);
                if (bboxError is not null)
                    return ApiResults.BadRequest("bbox", bboxError);
                var filter = new ObservationFilter { From = from, To = to, PartOfDay = partOfDay, DayType = dayType, Group = group, Factor = factor, Kind = kind, Bbox = box };
                var actor = http.GetActor();
                var accept = http.Request.Headers.Accept;
                if (Accepts(accept, GeoJsonType))
                    return (await service.PointsAsync(id, filter, actor, ObservationService.MaxSelection, ct)).ToApi(points => TypedResults.Bytes(ObservationExport.GeoJsonUtf8(points, catalog), GeoJsonType));
                if (Accepts(accept, CsvType))
                {
                    return (await service.SelectAsync(id, filter, actor, ct))
                        .ToApi(list => TypedResults.Text(ObservationExport.Csv(list.Select(v => v.Observation), catalog), CsvType + "; charset=utf-8"));
                }

                return (await service.ListAsync(id, filter, PageRequest.Create(page, pageSize), actor, ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<ObservationDto>.From(p, ObservationDto.From)));
            })
            .WithName("listObservations")
            .WithSummary("Waarnemingen van de aanpak, gefilterd; met Accept: application/geo+json als GeoJSON (alleen waarnemingen met een punt), met Accept: text/csv als CSV in de importkolommen")
            .Produces<PagedResponse<ObservationDto>>(StatusCodes.Status200OK, "application/json", GeoJsonType, CsvType).WithProblems(400, 404);

        group.MapGet("/{observationId:guid}", async (Guid id, Guid observationId, ObservationService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, observationId, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(ObservationDto.From(v))))
            .WithName("getObservation").WithSummary("Eén waarneming")
            .Produces<ObservationDto>().WithProblems(400, 404);

        group.MapPost("", async (Guid id, ObservationBody body, ObservationService service, HttpContext http, CancellationToken ct) =>
            {
                if (!body.TryToInput(out var input))
                    return ApiResults.BadRequest("observedAt", ObservationBody.BadTime);
                var actor = http.GetActor();
                var created = await service.CreateAsync(id, input, actor, ct);
                if (!created.IsOk)
                    return created.ToApi(_ => TypedResults.NoContent());
                var view = await service.GetAsync(id, created.Value!.Id, actor, ct);
                return view.ToApi(v => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/observations/{v.Observation.Id}", ObservationDto.From(v)));
            })
            .WithName("createObservation").WithSummary("Waarneming vastleggen (elk lid van de aanpak); tekst die op een naam of adres lijkt geeft eerst een fout op confirmPossibleNames")
            .Produces<ObservationDto>(StatusCodes.Status201Created).WithProblems(400, 404);

        group.MapPut("/{observationId:guid}", async (Guid id, Guid observationId, ObservationBody body, ObservationService service, HttpContext http, CancellationToken ct) =>
            {
                if (!body.TryToInput(out var input))
                    return ApiResults.BadRequest("observedAt", ObservationBody.BadTime);
                var actor = http.GetActor();
                var updated = await service.UpdateAsync(id, observationId, input, actor, ct);
                if (!updated.IsOk)
                    return updated.ToApi(_ => TypedResults.NoContent());
                return (await service.GetAsync(id, observationId, actor, ct)).ToApi(v => TypedResults.Ok(ObservationDto.From(v)));
            })
            .WithName("updateObservation").WithSummary("Waarneming wijzigen (waarnemers en kernteam); geef de laatst gelezen version mee")
            .Produces<ObservationDto>().WithProblems(400, 404, 409);

        group.MapDelete("/{observationId:guid}", async (Guid id, Guid observationId, ObservationService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, observationId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteObservation").WithSummary("Waarneming verwijderen (waarnemers en kernteam)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        WalksApi.Map(api);
        MapImport(group);
    }

    /// <summary>The largest CSV body the import accepts.</summary>
    public const int MaxImportBytes = 10 * 1024 * 1024;

    /// <summary>POST /api/v1/approaches/{id}/observations/imports: a CSV file, all lines or none.</summary>
    private static void MapImport(RouteGroupBuilder group)
    {
        group.MapPost("/imports", async (Guid id, bool? confirmPossibleNames, HttpRequest request, ObservationImportService service, HttpContext http, CancellationToken ct) =>
            {
                if (!CsvUpload.IsCsv(request))
                    return TypedResults.Problem("Stuur het bestand met Content-Type: text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Verkeerd bestandstype");
                var csv = await CsvUpload.ReadAsync(request, MaxImportBytes, ct);
                if (csv is null)
                    return ApiResults.BadRequest("file", "Het bestand is groter dan 10 MB. Splits het bestand.");
                return (await service.ImportAsync(id, csv, confirmPossibleNames ?? false, http.GetActor(), ct: ct))
                    .ToApi(s => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/observations", new ObservationImportDto(s.Lines, s.Created, s.Converted)));
            })
            // Documented here rather than with Accepts<string>("text/csv"): Accepts makes routing answer 415 before the
            // approach is looked up, so another organisation's id would not be a 404.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Description = "CSV in de kolommen van de export (zie docs/observations.md): observedOn, observedAt, placeName, latitude en longitude (WGS84) of x en y (RD New, EPSG:28992), groups, factors, kind, companion, whatHappens en vraag_{id}. UTF-8; komma of puntkomma.",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                    {
                        [CsvType] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } },
                    },
                };
                return Task.CompletedTask;
            })
            .WithName("importObservations")
            .WithSummary("Waarnemingen importeren uit CSV (elk lid van de aanpak). Het hele bestand wordt eerst gecontroleerd; bij één fout wordt niets opgeslagen en noemt errors elke foute regel en kolom (lines[N].kolom). Tekst die op een naam of adres lijkt is een fout, tenzij confirmPossibleNames=true")
            .Produces<ObservationImportDto>(StatusCodes.Status201Created).WithProblems(400, 404, 415);
    }

    private static bool Accepts(StringValues accept, string type) =>
        accept.Any(a => a is not null && a.Contains(type, StringComparison.OrdinalIgnoreCase));
}
