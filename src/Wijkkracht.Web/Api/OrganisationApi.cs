using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>The caller's organisation.</summary>
public sealed record OrganisationDto(Guid Id, string Name, string GmCode, bool MfaRequired, Guid Version);

/// <summary>One audit event.</summary>
public sealed record AuditEventDto(long Id, DateTimeOffset At, Guid? ActorUserId, string ActorName, string Action, string EntityType, string? EntityId, Guid? ApproachId, string Summary, string? Changes)
{
    public static AuditEventDto From(AuditEvent e) => new(e.Id, e.At, e.ActorUserId, e.ActorName, e.Action, e.EntityType, e.EntityId, e.ApproachId, e.Summary, e.Changes);
}

/// <summary>/api/v1/organisation and /api/v1/audit-events.</summary>
public static class OrganisationApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/organisation", async (OrganisationService organisations, HttpContext http, CancellationToken ct) =>
            {
                var o = await organisations.GetCurrentAsync(http.GetActor(), ct);
                return TypedResults.Ok(new OrganisationDto(o.Id, o.Name, o.GmCode, o.MfaRequired, o.Version));
            })
            .WithTags("Organisatie").WithName("getOrganisation").WithSummary("Uw organisatie")
            .Produces<OrganisationDto>().WithProblems();

        api.MapGet("/audit-events", async (int? page, int? pageSize, string? action, string? entityType, Guid? approachId, AuditService audit, HttpContext http, CancellationToken ct) =>
                (await audit.ListAsync(new AuditQuery(action, entityType, approachId), PageRequest.Create(page, pageSize), http.GetActor(), ct))
                    .ToApi(p => TypedResults.Ok(PagedResponse<AuditEventDto>.From(p, AuditEventDto.From))))
            .WithTags("Auditlog").WithName("listAuditEvents").WithSummary("Auditlogboek (beheerder)")
            .Produces<PagedResponse<AuditEventDto>>().WithProblems(400).RequireAuthorization(Policies.For(Permission.ViewAuditLog));
    }
}
