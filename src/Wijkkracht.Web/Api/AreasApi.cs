using System.Text.Json;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>An area (wijk or buurt).</summary>
public sealed record AreaDto(Guid Id, AreaKind Kind, string Code, string Name, Guid? ParentId, JsonElement? Boundary, Guid Version)
{
    public static AreaDto From(Area a) => new(a.Id, a.Kind, a.Code, a.Name, a.ParentId,
        a.BoundaryGeoJson is null ? null : JsonDocument.Parse(a.BoundaryGeoJson).RootElement.Clone(), a.Version);
}

/// <summary>Create or change an area. <c>boundary</c> is a GeoJSON Polygon, MultiPolygon or Feature (WGS84).</summary>
public sealed record AreaWriteDto(AreaKind? Kind, string? Code, string? Name, Guid? ParentId, JsonElement? Boundary, bool RemoveBoundary, Guid? Version)
{
    public AreaInput ToInput() => new()
    {
        Kind = Kind,
        Code = Code,
        Name = Name,
        ParentId = ParentId,
        BoundaryGeoJson = Boundary is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } b ? b.GetRawText() : null,
        RemoveBoundary = RemoveBoundary,
        Version = Version,
    };
}

/// <summary>/api/v1/areas.</summary>
public static class AreasApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/areas").WithTags("Gebieden");

        group.MapGet("", async (int? page, int? pageSize, string? q, AreaService areas, HttpContext http, CancellationToken ct) =>
                (await areas.ListAsync(PageRequest.Create(page, pageSize), http.GetActor(), q, ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<AreaDto>.From(p, AreaDto.From))))
            .WithName("listAreas").WithSummary("Gebieden van de organisatie")
            .Produces<PagedResponse<AreaDto>>().WithProblems(400);

        group.MapGet("/{id:guid}", async (Guid id, AreaService areas, HttpContext http, CancellationToken ct) =>
                (await areas.GetAsync(id, http.GetActor(), ct)).ToApi(a => TypedResults.Ok(AreaDto.From(a))))
            .WithName("getArea").WithSummary("Eén gebied")
            .Produces<AreaDto>().WithProblems(400, 404);

        group.MapPost("", async (AreaWriteDto body, AreaService areas, HttpContext http, CancellationToken ct) =>
                (await areas.CreateAsync(body.ToInput(), http.GetActor(), ct))
                    .ToApi(a => TypedResults.Created($"{OpenApiConfig.BasePath}/areas/{a.Id}", AreaDto.From(a))))
            .WithName("createArea").WithSummary("Gebied toevoegen (beheerder)")
            .Produces<AreaDto>(StatusCodes.Status201Created).WithProblems(400, 409).RequireAuthorization(Policies.For(Permission.ManageAreas));

        group.MapPut("/{id:guid}", async (Guid id, AreaWriteDto body, AreaService areas, HttpContext http, CancellationToken ct) =>
                (await areas.UpdateAsync(id, body.ToInput(), http.GetActor(), ct)).ToApi(a => TypedResults.Ok(AreaDto.From(a))))
            .WithName("updateArea").WithSummary("Gebied wijzigen (beheerder); geef de laatst gelezen version mee")
            .Produces<AreaDto>().WithProblems(400, 404, 409);

        group.MapDelete("/{id:guid}", async (Guid id, AreaService areas, HttpContext http, CancellationToken ct) =>
                (await areas.DeleteAsync(id, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteArea").WithSummary("Gebied verwijderen (beheerder)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404, 409);
    }
}
