using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Audit;

/// <summary>Filters for the audit-log listing.</summary>
public sealed record AuditQuery(string? Action = null, string? EntityType = null, Guid? ApproachId = null, Guid? ActorUserId = null);

/// <summary>Reads the audit log and records views and exports of personal data. Changes are audited by the DbContext.</summary>
public sealed class AuditService(WijkkrachtDbContext db, TimeProvider time)
{
    /// <summary>Adds a "view" or "export" event; it is written with the next SaveChanges (callers save at once).</summary>
    public void Add(Actor actor, string action, string entityType, string? entityId, Guid? approachId, string summary) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OrganisationId = actor.OrganisationId,
            At = time.GetUtcNow(),
            ActorUserId = actor.UserId,
            ActorName = actor.DisplayName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            ApproachId = approachId,
            Summary = summary,
        });

    /// <summary>Records at once that <paramref name="actor"/> viewed personal data.</summary>
    public async Task RecordViewAsync(Actor actor, string entityType, string? entityId, Guid? approachId, string summary, CancellationToken ct = default)
    {
        Add(actor, AuditActions.View, entityType, entityId, approachId, summary);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a sign-in related event, possibly before any tenant is known.</summary>
    public async Task RecordAuthAsync(Guid? organisationId, Guid? userId, string actorName, string action, CancellationToken ct = default)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            OrganisationId = organisationId,
            At = time.GetUtcNow(),
            ActorUserId = userId,
            ActorName = actorName,
            Action = action,
            EntityType = nameof(AppUser),
            EntityId = userId?.ToString(),
            Summary = AuditText.Verb(action),
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<Result<Page<AuditEvent>>> ListAsync(AuditQuery query, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ViewAuditLog))
            return Result<Page<AuditEvent>>.Forbidden("U mag het auditlogboek niet bekijken.");

        var q = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
            q = q.Where(a => a.Action == query.Action);
        if (!string.IsNullOrWhiteSpace(query.EntityType))
            q = q.Where(a => a.EntityType == query.EntityType);
        if (query.ApproachId is { } approachId)
            q = q.Where(a => a.ApproachId == approachId);
        if (query.ActorUserId is { } userId)
            q = q.Where(a => a.ActorUserId == userId);

        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        // The audit log names people and what they did: reading it is itself a read of personal data.
        await RecordViewAsync(actor, nameof(AuditEvent), null, query.ApproachId, $"Auditlogboek bekeken ({items.Count} regels)", ct);
        return Result<Page<AuditEvent>>.Ok(new Page<AuditEvent>(items, page.PageNumber, page.PageSize, total));
    }
}
