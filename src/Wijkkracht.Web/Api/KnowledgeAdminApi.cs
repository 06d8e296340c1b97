using Wijkkracht.Core.Common;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>One knowledge-base search hit.</summary>
public sealed record SearchHitDto(string Id, string Type, string Title, string Summary, string Url, double Score);

/// <summary>Search hits with the counts per facet value.</summary>
public sealed record SearchResponse(IReadOnlyList<SearchHitDto> Items, int Page, int PageSize, int TotalItems, int TotalPages, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

/// <summary>An organisation's own intervention or local practice example.</summary>
public sealed record OwnInterventionDto(
    Guid Id, OwnInterventionKind Kind, string Title, string Summary, string Description, string? Municipality, string? SolutionDirection,
    IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Locations, IReadOnlyList<string> Themes, IReadOnlyList<string> PpctLevels, Guid Version)
{
    public static OwnInterventionDto From(OwnIntervention o) => new(o.Id, o.Kind, o.Title, o.Summary, o.Description, o.Municipality, o.SolutionDirection,
        o.TargetGroups, o.Locations, o.Themes, o.PpctLevels, o.Version);
}

/// <summary>/api/v1/knowledge/search, /own-interventions and /hidden-interventions.</summary>
public static class KnowledgeAdminApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/knowledge").WithTags("Kennisbank").RequireAuthorization(Policies.For(Permission.ViewKnowledge));

        group.MapGet("/search", (string? q, int? page, int? pageSize, KnowledgeSearch search, HttpContext http) =>
            {
                var filters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var (key, values) in http.Request.Query)
                {
                    if (key is "q" or "page" or "pageSize")
                        continue;
                    var list = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
                    if (list.Count > 0)
                        filters[key] = list;
                }

                return search.Search(new SearchRequest { Query = q, Filters = filters, Page = PageRequest.Create(page, pageSize) }).ToApi(r =>
                    TypedResults.Ok(new SearchResponse(
                        r.Hits.Items.Select(h => new SearchHitDto(h.Item.Id, KnowledgeBase.TypeId(h.Item.Type), h.Item.Title, h.Item.Summary, h.Item.Url, h.Score)).ToList(),
                        r.Hits.PageNumber, r.Hits.PageSize, r.Hits.TotalItems, r.Hits.TotalPages, r.Facets)));
            })
            .WithName("searchKnowledge")
            .WithSummary("Zoeken in de hele kennisbank (Nederlands, met stamvormen); filter met facetten als type, origin, solutionDirection, targetGroup, location, theme, ppctLevel, methodStep (meerdere waarden toegestaan)")
            .Produces<SearchResponse>().WithProblems(400);

        var own = group.MapGroup("/own-interventions");
        own.MapGet("", async (InterventionCatalogService catalog, CancellationToken ct) =>
                TypedResults.Ok((await catalog.ListOwnAsync(ct)).Select(OwnInterventionDto.From).ToList()))
            .WithName("listOwnInterventions").WithSummary("Eigen interventies en praktijkvoorbeelden van uw organisatie")
            .Produces<List<OwnInterventionDto>>().WithProblems();
        own.MapGet("/{id:guid}", async (Guid id, InterventionCatalogService catalog, CancellationToken ct) =>
                (await catalog.GetOwnAsync(id, ct)).ToApi(o => TypedResults.Ok(OwnInterventionDto.From(o))))
            .WithName("getOwnIntervention").WithSummary("Eén eigen interventie")
            .Produces<OwnInterventionDto>().WithProblems(400, 404);
        own.MapPost("", async (OwnInterventionInput body, InterventionCatalogService catalog, HttpContext http, CancellationToken ct) =>
                (await catalog.CreateOwnAsync(body, http.GetActor(), ct)).ToApi(o => TypedResults.Created($"{OpenApiConfig.BasePath}/knowledge/own-interventions/{o.Id}", OwnInterventionDto.From(o))))
            .WithName("createOwnIntervention").WithSummary("Eigen interventie toevoegen (coördinator of beheerder)")
            .Produces<OwnInterventionDto>(StatusCodes.Status201Created).WithProblems(400);
        own.MapPut("/{id:guid}", async (Guid id, OwnInterventionInput body, InterventionCatalogService catalog, HttpContext http, CancellationToken ct) =>
                (await catalog.UpdateOwnAsync(id, body, http.GetActor(), ct)).ToApi(o => TypedResults.Ok(OwnInterventionDto.From(o))))
            .WithName("updateOwnIntervention").WithSummary("Eigen interventie wijzigen; geef version mee")
            .Produces<OwnInterventionDto>().WithProblems(400, 404, 409);
        own.MapDelete("/{id:guid}", async (Guid id, InterventionCatalogService catalog, HttpContext http, CancellationToken ct) =>
                (await catalog.DeleteOwnAsync(id, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteOwnIntervention").WithSummary("Eigen interventie verwijderen (niet als die nog in een plan staat)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404, 409);

        var hidden = group.MapGroup("/hidden-interventions");
        hidden.MapGet("", async (InterventionCatalogService catalog, CancellationToken ct) =>
                TypedResults.Ok((await catalog.HiddenAsync(ct)).Order(StringComparer.Ordinal).ToList()))
            .WithName("listHiddenInterventions").WithSummary("Standaardinterventies die uw organisatie verbergt")
            .Produces<List<string>>().WithProblems();
        hidden.MapPut("/{interventionId}", async (string interventionId, KnowledgeBase kb, InterventionCatalogService catalog, HttpContext http, CancellationToken ct) =>
                !kb.InterventionsById.ContainsKey(interventionId)
                    ? ApiResults.NotFound()
                    : (await catalog.SetHiddenAsync(interventionId, true, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("hideIntervention").WithSummary("Standaardinterventie verbergen voor uw organisatie (coördinator of beheerder)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
        hidden.MapDelete("/{interventionId}", async (string interventionId, KnowledgeBase kb, InterventionCatalogService catalog, HttpContext http, CancellationToken ct) =>
                !kb.InterventionsById.ContainsKey(interventionId)
                    ? ApiResults.NotFound()
                    : (await catalog.SetHiddenAsync(interventionId, false, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("showIntervention").WithSummary("Verborgen standaardinterventie weer tonen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
