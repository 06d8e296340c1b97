using Wijkkracht.Core.Common;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>An earlier trajectory with the answers to the guide's four questions.</summary>
public sealed record TrajectoryDto(
    Guid Id, string Title, string Period, string RunBy, string Outcomes, string KeyContacts, string ResidentAdvice, string FeedbackToResidents,
    string Sources, VisibilityDto Visibility, Guid Version)
{
    public static TrajectoryDto From(EarlierTrajectory t) => new(t.Id, t.Title, t.Period, t.RunBy, t.Outcomes, t.KeyContacts, t.ResidentAdvice,
        t.FeedbackToResidents, t.Sources, VisibilityDto.From(t), t.Version);
}

/// <summary>An entry of the sociale kaart.</summary>
public sealed record SocialMapEntryDto(Guid Id, string Name, SocialMapKind Kind, string Involved, string ContactVia, string Notes, VisibilityDto Visibility, Guid Version)
{
    public static SocialMapEntryDto From(SocialMapEntry e) => new(e.Id, e.Name, e.Kind, e.Involved, e.ContactVia, e.Notes, VisibilityDto.From(e), e.Version);
}

/// <summary>
/// Create or change an entry of the sociale kaart. <c>kind</c> is one of Samenwerkingsverband, AfdelingOfCollega,
/// Netwerk, Sleutelpersoon, Organisatie, Overig; it is read as text so that a request for another organisation's
/// approach is answered 404 before the body is judged.
/// </summary>
public sealed record SocialMapWriteDto(string? Name, string? Kind, string? Involved, string? ContactVia, string? Notes, Wijkkracht.Core.Visibility.VisibilityChoice? Visibility, Guid? Version)
{
    public SocialMapInput ToInput() => new()
    {
        Name = Name,
        Kind = Kind is null ? null : Enum.TryParse<SocialMapKind>(Kind, ignoreCase: false, out var kind) && Enum.IsDefined(kind) ? kind : 0,
        Involved = Involved,
        ContactVia = ContactVia,
        Notes = Notes,
        Visibility = Visibility,
        Version = Version,
    };
}

/// <summary>A dataset of the organisation.</summary>
public sealed record DatasetDto(Guid Id, string Name, DatasetTopic Topic, string Source, string Licence, string Unit, string Description, Guid Version)
{
    public static DatasetDto From(Dataset d) => new(d.Id, d.Name, d.Topic, d.Source, d.Licence, d.Unit, d.Description, d.Version);
}

/// <summary>One figure: <c>value</c>, or <c>symbol</c> (".", "x" or "-") when the value is suppressed; never both.</summary>
public sealed record FigureDto(Guid Id, Guid DatasetId, string AreaCode, string Period, decimal? Value, string? Symbol, Guid Version)
{
    public static FigureDto From(AreaFigure f) => new(f.Id, f.DatasetId, f.AreaCode, f.Period, f.Value, f.Symbol, f.Version);
}

/// <summary>What an import did: lines read, figures created, changed and left as they were.</summary>
public sealed record FigureImportDto(int Lines, int Created, int Updated, int Unchanged);

/// <summary>
/// /api/v1/approaches/{id}/earlier-trajectories, /api/v1/approaches/{id}/social-map-entries, /api/v1/datasets and
/// /api/v1/datasets/{datasetId}/figures (with /imports for CSV).
/// </summary>
public static class DeskResearchApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();

        var trajectories = approach.MapGroup("/earlier-trajectories").WithTags("Vooronderzoek");
        trajectories.MapGet("", async (Guid id, int? page, int? pageSize, TrajectoryService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PagedResponse<TrajectoryDto>.From(p, TrajectoryDto.From))))
            .WithName("listEarlierTrajectories").WithSummary("Eerdere trajecten in het gebied van de aanpak (alleen wat u mag zien); het lezen wordt gelogd")
            .Produces<PagedResponse<TrajectoryDto>>().WithProblems(400, 404);
        trajectories.MapGet("/{trajectoryId:guid}", async (Guid id, Guid trajectoryId, TrajectoryService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, trajectoryId, http.GetActor(), ct)).ToApi(t => TypedResults.Ok(TrajectoryDto.From(t))))
            .WithName("getEarlierTrajectory").WithSummary("Eén eerder traject")
            .Produces<TrajectoryDto>().WithProblems(400, 404);
        trajectories.MapPost("", async (Guid id, TrajectoryInput body, TrajectoryService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(t => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/earlier-trajectories/{t.Id}", TrajectoryDto.From(t))))
            .WithName("createEarlierTrajectory").WithSummary("Eerder traject toevoegen; visibility (standaard Kernteam) kiest alleen wie leden beheert")
            .Produces<TrajectoryDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        trajectories.MapPut("/{trajectoryId:guid}", async (Guid id, Guid trajectoryId, TrajectoryInput body, TrajectoryService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, trajectoryId, body, http.GetActor(), ct)).ToApi(t => TypedResults.Ok(TrajectoryDto.From(t))))
            .WithName("updateEarlierTrajectory").WithSummary("Eerder traject wijzigen; geef de laatst gelezen version mee")
            .Produces<TrajectoryDto>().WithProblems(400, 404, 409);
        trajectories.MapDelete("/{trajectoryId:guid}", async (Guid id, Guid trajectoryId, TrajectoryService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, trajectoryId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteEarlierTrajectory").WithSummary("Eerder traject verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var socialMap = approach.MapGroup("/social-map-entries").WithTags("Vooronderzoek");
        socialMap.MapGet("", async (Guid id, int? page, int? pageSize, SocialMapService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PagedResponse<SocialMapEntryDto>.From(p, SocialMapEntryDto.From))))
            .WithName("listSocialMapEntries").WithSummary("De sociale kaart van de aanpak (alleen wat u mag zien); het lezen wordt gelogd")
            .Produces<PagedResponse<SocialMapEntryDto>>().WithProblems(400, 404);
        socialMap.MapGet("/{entryId:guid}", async (Guid id, Guid entryId, SocialMapService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, entryId, http.GetActor(), ct)).ToApi(e => TypedResults.Ok(SocialMapEntryDto.From(e))))
            .WithName("getSocialMapEntry").WithSummary("Eén verband op de sociale kaart")
            .Produces<SocialMapEntryDto>().WithProblems(400, 404);
        socialMap.MapPost("", async (Guid id, SocialMapWriteDto body, SocialMapService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body.ToInput(), http.GetActor(), ct)).ToApi(e => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/social-map-entries/{e.Id}", SocialMapEntryDto.From(e))))
            .WithName("createSocialMapEntry").WithSummary("Verband toevoegen aan de sociale kaart; visibility (standaard Kernteam) kiest alleen wie leden beheert")
            .Produces<SocialMapEntryDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        socialMap.MapPut("/{entryId:guid}", async (Guid id, Guid entryId, SocialMapWriteDto body, SocialMapService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, entryId, body.ToInput(), http.GetActor(), ct)).ToApi(e => TypedResults.Ok(SocialMapEntryDto.From(e))))
            .WithName("updateSocialMapEntry").WithSummary("Verband op de sociale kaart wijzigen; geef de laatst gelezen version mee")
            .Produces<SocialMapEntryDto>().WithProblems(400, 404, 409);
        socialMap.MapDelete("/{entryId:guid}", async (Guid id, Guid entryId, SocialMapService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, entryId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteSocialMapEntry").WithSummary("Verband van de sociale kaart halen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var datasets = api.MapGroup("/datasets").WithTags("Vooronderzoek");
        datasets.MapGet("", async (int? page, int? pageSize, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(PageRequest.Create(page, pageSize), http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PagedResponse<DatasetDto>.From(p, DatasetDto.From))))
            .WithName("listDatasets").WithSummary("Datasets van de organisatie (cijfers per gebied)")
            .Produces<PagedResponse<DatasetDto>>().WithProblems(400);
        datasets.MapGet("/{datasetId:guid}", async (Guid datasetId, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(datasetId, http.GetActor(), ct)).ToApi(d => TypedResults.Ok(DatasetDto.From(d))))
            .WithName("getDataset").WithSummary("Eén dataset")
            .Produces<DatasetDto>().WithProblems(400, 404);
        datasets.MapPost("", async (DatasetInput body, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(body, http.GetActor(), ct)).ToApi(d => TypedResults.Created($"{OpenApiConfig.BasePath}/datasets/{d.Id}", DatasetDto.From(d))))
            .WithName("createDataset").WithSummary("Dataset toevoegen (coördinator of beheerder)")
            .Produces<DatasetDto>(StatusCodes.Status201Created).WithProblems(400);
        datasets.MapPut("/{datasetId:guid}", async (Guid datasetId, DatasetInput body, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(datasetId, body, http.GetActor(), ct)).ToApi(d => TypedResults.Ok(DatasetDto.From(d))))
            .WithName("updateDataset").WithSummary("Dataset wijzigen (coördinator of beheerder); geef de laatst gelezen version mee")
            .Produces<DatasetDto>().WithProblems(400, 404, 409);
        datasets.MapDelete("/{datasetId:guid}", async (Guid datasetId, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(datasetId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteDataset").WithSummary("Dataset met al zijn cijfers verwijderen (coördinator of beheerder)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var figures = datasets.MapGroup("/{datasetId:guid}/figures");
        figures.MapGet("", async (Guid datasetId, int? page, int? pageSize, string? areaCode, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.ListFiguresAsync(datasetId, PageRequest.Create(page, pageSize), http.GetActor(), areaCode, ct)).ToApi(p => TypedResults.Ok(PagedResponse<FigureDto>.From(p, FigureDto.From))))
            .WithName("listFigures").WithSummary("Cijfers van een dataset per gebied en periode; areaCode (niet verplicht) kiest één gebied")
            .Produces<PagedResponse<FigureDto>>().WithProblems(400, 404);
        figures.MapGet("/{figureId:guid}", async (Guid datasetId, Guid figureId, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.GetFigureAsync(datasetId, figureId, http.GetActor(), ct)).ToApi(f => TypedResults.Ok(FigureDto.From(f))))
            .WithName("getFigure").WithSummary("Eén cijfer")
            .Produces<FigureDto>().WithProblems(400, 404);
        figures.MapPost("", async (Guid datasetId, FigureInput body, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.SaveFigureAsync(datasetId, body, http.GetActor(), ct)).ToApi(f => TypedResults.Created($"{OpenApiConfig.BasePath}/datasets/{datasetId}/figures/{f.Id}", FigureDto.From(f))))
            .WithName("createFigure").WithSummary("Cijfer vastleggen (coördinator of beheerder): value, of symbol (. x -) voor een geheim of ontbrekend cijfer; een bestaand cijfer voor hetzelfde gebied en dezelfde periode wordt vervangen")
            .Produces<FigureDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        figures.MapPut("/{figureId:guid}", async (Guid datasetId, Guid figureId, FigureInput body, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateFigureAsync(datasetId, figureId, body, http.GetActor(), ct)).ToApi(f => TypedResults.Ok(FigureDto.From(f))))
            .WithName("updateFigure").WithSummary("Cijfer wijzigen (coördinator of beheerder); geef de laatst gelezen version mee")
            .Produces<FigureDto>().WithProblems(400, 404, 409);
        figures.MapDelete("/{figureId:guid}", async (Guid datasetId, Guid figureId, DatasetService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteFigureAsync(datasetId, figureId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteFigure").WithSummary("Cijfer verwijderen (coördinator of beheerder)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
        figures.MapPost("/imports", async (Guid datasetId, HttpRequest request, DatasetService service, HttpContext http, CancellationToken ct) =>
            {
                if (!await service.ExistsAsync(datasetId, ct))
                    return ApiResults.NotFound();
                if (!CsvUpload.IsCsv(request))
                    return TypedResults.Problem("Stuur het bestand met Content-Type: text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Verkeerd bestandstype");
                var csv = await CsvUpload.ReadAsync(request, MaxImportBytes, ct);
                if (csv is null)
                    return ApiResults.BadRequest("file", "Het bestand is groter dan 5 MB. Splits het bestand.");
                return (await service.ImportAsync(datasetId, csv, http.GetActor(), ct))
                    .ToApi(s => TypedResults.Created($"{OpenApiConfig.BasePath}/datasets/{datasetId}/figures", new FigureImportDto(s.Lines, s.Created, s.Updated, s.Unchanged)));
            })
            // Documented here rather than with Accepts<string>("text/csv"): Accepts makes routing answer 415 before the
            // dataset is looked up, so another organisation's id would not be a 404.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Description = "CSV met de kolommen areaCode, period en value (UTF-8; komma of puntkomma).",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                    {
                        ["text/csv"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } },
                    },
                };
                return Task.CompletedTask;
            })
            .WithName("importFigures").WithSummary("Cijfers importeren uit CSV (kolommen areaCode, period, value; zie docs/desk-research.md). Het hele bestand wordt eerst gecontroleerd; bij één fout wordt niets opgeslagen en noemt errors elke foute regel en kolom (lines[N].kolom)")
            .Produces<FigureImportDto>(StatusCodes.Status201Created).WithProblems(400, 404, 415);
    }

    private const int MaxImportBytes = 5 * 1024 * 1024;
}
