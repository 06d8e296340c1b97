using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Audit;

/// <summary>
/// Turns a tracked change of an <see cref="IAudited"/> entity into an <see cref="AuditEvent"/> with the before and
/// after values of the changed fields. Secrets are masked; bookkeeping fields (version, timestamps, lockout counters)
/// are left out of updates.
/// </summary>
public static class AuditDiff
{
    private static readonly HashSet<string> NoiseProperties = new(StringComparer.Ordinal)
    {
        nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd), nameof(AppUser.SecurityStamp),
        nameof(AppUser.ConcurrencyStamp), nameof(IVersioned.Version),
        nameof(ITimestamped.UpdatedAt),
    };

    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(ApiToken.TokenHash),
    };

    /// <summary>The audit event for <paramref name="entry"/>, or null for an update that changed nothing worth recording.</summary>
    public static AuditEvent? ToEvent(EntityEntry entry, IAudited audited, TenantContext tenant, DateTimeOffset now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditActions.Create,
            EntityState.Deleted => AuditActions.Delete,
            _ => AuditActions.Update,
        };

        var before = new Dictionary<string, object?>(StringComparer.Ordinal);
        var after = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue)))
                continue;
            if (entry.State == EntityState.Modified && NoiseProperties.Contains(name))
                continue;

            var secret = SecretProperties.Contains(name);
            if (entry.State != EntityState.Added)
                before[name] = secret ? "***" : property.OriginalValue;
            if (entry.State != EntityState.Deleted)
                after[name] = secret ? "***" : property.CurrentValue;
        }

        if (action == AuditActions.Update && after.Count == 0)
            return null;

        var entityType = entry.Metadata.ClrType.Name;
        var actor = tenant.Actor;
        return new AuditEvent
        {
            OrganisationId = (audited as ITenantOwned)?.OrganisationId
                ?? (audited as AppUser)?.OrganisationId
                ?? (audited as Organisation)?.Id
                ?? tenant.OrganisationId,
            At = now,
            ActorUserId = actor?.UserId,
            ActorName = actor?.DisplayName ?? "systeem",
            Action = action,
            EntityType = entityType,
            EntityId = audited.Id.ToString(),
            ApproachId = audited switch
            {
                IApproachScoped scoped => scoped.ApproachId,
                Approach approach => approach.Id,
                _ => null,
            },
            Summary = $"{AuditText.Verb(action)}: {AuditText.Noun(entityType)}",
            Changes = JsonSerializer.Serialize(new { before, after }),
        };
    }
}
