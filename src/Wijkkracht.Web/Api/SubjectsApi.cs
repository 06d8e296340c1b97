using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A record that holds the searched person: its kind, type, where, and which fields (never the text).</summary>
public sealed record SubjectHitDto(SubjectHitKind Kind, string EntityType, string Label, Guid Id, Guid? ApproachId, string? ApproachTitle, IReadOnlyList<string> Fields)
{
    public static SubjectHitDto From(SubjectHit h) => new(h.Kind, h.EntityType, h.Label, h.Id, h.ApproachId, h.ApproachTitle, h.Fields);
}

/// <summary>
/// /api/v1/privacy/subjects (issue 14 §7): search, export and erase a person's data across the organisation (Beheerder).
/// </summary>
public static class SubjectsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var subjects = api.MapGroup("/privacy/subjects").WithTags("Privacy").RequireAuthorization(Policies.For(Permission.ManageOrganisation));
        subjects.MapGet("", async (string? q, SubjectRightsService service, HttpContext http, CancellationToken ct) =>
                (await service.SearchAsync(q, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(SubjectHitDto.From).ToList())))
            .WithName("searchSubjects").WithSummary("Alles wat over een persoon is vastgelegd: account, persoon in een netwerk en vermeldingen in vrije tekst (q: naam, e-mailadres of schuilnaam, minstens 3 tekens)")
            .Produces<List<SubjectHitDto>>().WithProblems(400, 403);
        subjects.MapGet("/export", async (string? q, SubjectRightsService service, HttpContext http, CancellationToken ct) =>
                (await service.ExportAsync(q, http.GetActor(), ct)).ToApi(zip => TypedResults.File(zip, "application/zip", "betrokkene.zip")))
            .WithName("exportSubject").WithSummary("De gegevens van een persoon als JSON in een ZIP (inzageverzoek, AVG art. 15); gelogd zonder de zoekterm")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").WithProblems(400, 403);
        subjects.MapPost("/erase", async (ErasureInput body, SubjectRightsService service, HttpContext http, CancellationToken ct) =>
                (await service.EraseAsync(body, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(r)))
            .WithName("eraseSubject").WithSummary("De gegevens van een persoon wissen (AVG art. 17): query, reason (zonder naam) en expectedCount (het aantal gevonden records)")
            .Produces<ErasureResult>().WithProblems(400, 403, 409);
    }
}
