using System.Text.Json.Serialization;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>An approach (aanpak).</summary>
public sealed record ApproachDto(
    Guid Id, string Title, string Issue, Guid AreaId, string? AreaName, ApproachMethod Method, DateOnly StartDate,
    ApproachStatus Status, ApproachRole? MyRole, Guid Version)
{
    public static ApproachDto From(ApproachView v) => From(v.Approach, v.MyRole);

    public static ApproachDto From(Approach a, ApproachRole? myRole = null) =>
        new(a.Id, a.Title, a.Issue, a.AreaId, a.Area?.Name, a.Method, a.StartDate, a.Status, myRole, a.Version);
}

/// <summary>Create or change an approach.</summary>
public sealed record ApproachWriteDto(string? Title, string? Issue, Guid? AreaId, ApproachMethod? Method, DateOnly? StartDate, ApproachStatus? Status, Guid? Version)
{
    public ApproachInput ToInput() => new() { Title = Title, Issue = Issue, AreaId = AreaId, Method = Method, StartDate = StartDate, Status = Status, Version = Version };
}

/// <summary>
/// A member of an approach. Fields the reader may not see are left out (not sent as null): a network member gets only
/// displayName and role of their core-team contacts; e-mail addresses only go to roles that may see them.
/// </summary>
public sealed record MemberDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? UserId,
    string DisplayName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Email,
    ApproachRole Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PartnerType? PartnerType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Version)
{
    public static MemberDto From(MemberEntry m) => new(m.Id, m.UserId, m.DisplayName, m.Email, m.Role, m.PartnerType, m.Version);

    /// <summary>For the member managers' own writes (they may see every field).</summary>
    public static MemberDto From(ApproachMember m) => new(m.Id, m.UserId, m.User?.DisplayName ?? "", m.User?.Email, m.Role, m.PartnerType, m.Version);
}

/// <summary>Add a member or change a member's role and partner type.</summary>
public sealed record MemberWriteDto(Guid? UserId, ApproachRole? Role, PartnerType? PartnerType, Guid? Version)
{
    public MemberInput ToInput() => new() { UserId = UserId, Role = Role, PartnerType = PartnerType, Version = Version };
}

/// <summary>Who may read a record: recordType plan / step / assessment, recordId (step id or assessment id), visibility and partnerTypes.</summary>
public sealed record VisibilityWriteDto(string? RecordType, string? RecordId, VisibilityLevel? Visibility, List<PartnerType>? PartnerTypes)
{
    public VisibilityInput ToInput() => new() { RecordType = RecordType, RecordId = RecordId, Visibility = Visibility, PartnerTypes = PartnerTypes };
}

/// <summary>/api/v1/approaches and members.</summary>
public static class ApproachesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/approaches").WithTags("Aanpakken");

        group.MapGet("", async (int? page, int? pageSize, string? q, ApproachStatus? status, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(PagedResponse<ApproachDto>.From(await approaches.ListAsync(PageRequest.Create(page, pageSize), http.GetActor(), q, status, ct), ApproachDto.From)))
            .WithName("listApproaches").WithSummary("Aanpakken die u mag zien")
            .Produces<PagedResponse<ApproachDto>>().WithProblems(400);

        group.MapGet("/{id:guid}", async (Guid id, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.GetAsync(id, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(ApproachDto.From(v))))
            .WithName("getApproach").WithSummary("Eén aanpak")
            .Produces<ApproachDto>().WithProblems(400, 404);

        group.MapPost("", async (ApproachWriteDto body, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.CreateAsync(body.ToInput(), http.GetActor(), ct))
                    .ToApi(a => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{a.Id}", ApproachDto.From(a))))
            .WithName("createApproach").WithSummary("Aanpak starten (coördinator)")
            .Produces<ApproachDto>(StatusCodes.Status201Created).WithProblems(400).RequireAuthorization(Policies.For(Permission.CreateApproach));

        group.MapPut("/{id:guid}", async (Guid id, ApproachWriteDto body, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.UpdateAsync(id, body.ToInput(), http.GetActor(), ct)).ToApi(a => TypedResults.Ok(ApproachDto.From(a))))
            .WithName("updateApproach").WithSummary("Aanpak wijzigen; geef de laatst gelezen version mee")
            .Produces<ApproachDto>().WithProblems(400, 404, 409);

        group.MapDelete("/{id:guid}", async (Guid id, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.DeleteAsync(id, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("deleteApproach").WithSummary("Aanpak verwijderen (coördinator)")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        group.MapPut("/{id:guid}/visibility", async (Guid id, VisibilityWriteDto body, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.SetVisibilityAsync(id, body.ToInput(), http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("setRecordVisibility").WithSummary("Zichtbaarheid van het plan, een stap of een randvoorwaardencheck wijzigen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);

        var members = group.MapGroup("/{id:guid}/members").WithTags("Leden van een aanpak").AddEndpointFilter<ApproachAccessEndpointFilter>();

        members.MapGet("", async (Guid id, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.ListMembersAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(m => MemberDto.From(m)).ToList())))
            .WithName("listApproachMembers").WithSummary("Leden van een aanpak, met alleen de velden die uw rol mag zien (wordt gelogd)")
            .Produces<List<MemberDto>>().WithProblems(400, 404);

        members.MapGet("/{memberId:guid}", async (Guid id, Guid memberId, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.GetMemberAsync(id, memberId, http.GetActor(), ct)).ToApi(m => TypedResults.Ok(MemberDto.From(m))))
            .WithName("getApproachMember").WithSummary("Eén lid (wordt gelogd)")
            .Produces<MemberDto>().WithProblems(400, 404);

        members.MapPost("", async (Guid id, MemberWriteDto body, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.AddMemberAsync(id, body.ToInput(), http.GetActor(), ct))
                    .ToApi(m => TypedResults.Created($"{OpenApiConfig.BasePath}/approaches/{id}/members/{m.Id}", MemberDto.From(m))))
            .WithName("addApproachMember").WithSummary("Lid toevoegen")
            .Produces<MemberDto>(StatusCodes.Status201Created).WithProblems(400, 404);

        members.MapPut("/{memberId:guid}", async (Guid id, Guid memberId, MemberWriteDto body, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.UpdateMemberAsync(id, memberId, body.ToInput(), http.GetActor(), ct)).ToApi(m => TypedResults.Ok(MemberDto.From(m))))
            .WithName("updateApproachMember").WithSummary("Rol van een lid wijzigen")
            .Produces<MemberDto>().WithProblems(400, 404, 409);

        members.MapDelete("/{memberId:guid}", async (Guid id, Guid memberId, ApproachService approaches, HttpContext http, CancellationToken ct) =>
                (await approaches.RemoveMemberAsync(id, memberId, http.GetActor(), ct)).ToApi(_ => TypedResults.NoContent()))
            .WithName("removeApproachMember").WithSummary("Lid verwijderen")
            .Produces(StatusCodes.Status204NoContent).WithProblems(400, 404);
    }
}
