using Wijkkracht.Core.Common;
using Wijkkracht.Core.GroupSetups;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A group set-up (groepsopstelling): anonymous figures A, B, C …, their ties and the answers. Only for the core team.</summary>
public sealed record GroupSetupDto(
    Guid Id, DateOnly Date, string Group, string Participants, IReadOnlyList<SetupFigureDto> Figures, IReadOnlyList<SetupTieDto> Ties,
    IReadOnlyList<ConversationAnswerDto> Answers, Guid Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static GroupSetupDto From(GroupSetup s) => new(
        s.Id, s.Date, s.Group, s.Participants,
        s.Figures.Select(f => new SetupFigureDto(f.Label, f.X, f.Y, f.Position)).ToList(),
        s.Ties.Select(t => new SetupTieDto(t.From, t.To, t.Kind)).ToList(),
        s.Answers.Select(a => new ConversationAnswerDto(a.ListId, a.Index, a.Answer)).ToList(),
        s.Version, s.CreatedAt, s.UpdatedAt);
}

/// <summary>A figure: <c>label</c> A–Z (optionally one digit), <c>x</c>/<c>y</c> percent of the sketch, its position in the group.</summary>
public sealed record SetupFigureDto(string Label, double X, double Y, string Position);

/// <summary>A tie between two figures by label.</summary>
public sealed record SetupTieDto(string From, string To, SetupTieKind Kind);

/// <summary>/api/v1/approaches/{id}/group-setups: paged list and CRUD (issue 11 §8); reads are audited.</summary>
public static class GroupSetupsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/approaches/{id:guid}/group-setups").AddEndpointFilter<ApproachAccessEndpointFilter>().WithTags("Groepsopstellingen");
        group.MapGet("", async (Guid id, int? page, int? pageSize, GroupSetupService service, HttpContext http, CancellationToken ct) =>
                (await service.ListAsync(id, PageRequest.Create(page, pageSize), http.GetActor(), ct)).ToApi(p => TypedResults.Ok(PagedResponse<GroupSetupDto>.From(p, GroupSetupDto.From))))
            .WithName("listGroupSetups").WithSummary("Groepsopstellingen van de aanpak, nieuwste eerst (alleen het kernteam; het lezen wordt gelogd)")
            .Produces<PagedResponse<GroupSetupDto>>().WithProblems(400, 404);
        group.MapGet("/{setupId:guid}", async (Guid id, Guid setupId, GroupSetupService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, setupId, http.GetActor(), ct)).ToApi(s => TypedResults.Ok(GroupSetupDto.From(s))))
            .WithName("getGroupSetup").WithSummary("Eén groepsopstelling (het lezen wordt gelogd)")
            .Produces<GroupSetupDto>().WithProblems(400, 404);
        group.MapPost("", async (Guid id, GroupSetupInput body, GroupSetupService service, HttpContext http, CancellationToken ct) =>
                (await service.CreateAsync(id, body, http.GetActor(), ct)).ToApi(s => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/group-setups/{s.Id}", GroupSetupDto.From(s))))
            .WithName("createGroupSetup").WithSummary("Groepsopstelling vastleggen: poppetjes A, B, C …, nooit namen")
            .Produces<GroupSetupDto>(StatusCodes.Status201Created).WithProblems(400, 404);
        group.MapPut("/{setupId:guid}", async (Guid id, Guid setupId, GroupSetupInput body, GroupSetupService service, HttpContext http, CancellationToken ct) =>
                (await service.UpdateAsync(id, setupId, body, http.GetActor(), ct)).ToApi(s => TypedResults.Ok(GroupSetupDto.From(s))))
            .WithName("updateGroupSetup").WithSummary("Groepsopstelling wijzigen; geef de laatst gelezen version mee")
            .Produces<GroupSetupDto>().WithProblems(400, 404, 409);
        group.MapDelete("/{setupId:guid}", async (Guid id, Guid setupId, GroupSetupService service, HttpContext http, CancellationToken ct) =>
                (await service.DeleteAsync(id, setupId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteGroupSetup").WithSummary("Groepsopstelling verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
