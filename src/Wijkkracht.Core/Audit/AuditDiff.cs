using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Audit;

/// <summary>
/// Turns a tracked change of an <see cref="IAudited"/> entity into an <see cref="AuditEvent"/> with the before and
/// after values of the changed fields. Secrets are masked; bookkeeping fields (version, timestamps, lockout counters)
/// are left out of updates. Parts of the entity — owned entities (JSON collections such as a step's answers) and
/// <see cref="IAuditedPart"/> rows (such as goal links) — are recorded in the owner's event as the whole collection
/// before and after, so a changed answer shows its old and new text.
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

    /// <summary>
    /// The tracked parts (owned entities and <see cref="IAuditedPart"/> rows) per owning audited entity, for the owners
    /// with at least one added, modified or deleted part. Keyed by the owner entity (reference equality).
    /// </summary>
    public static Dictionary<object, List<EntityEntry>> ChangedPartsByOwner(IReadOnlyList<EntityEntry> entries)
    {
        var owners = new Dictionary<(Type, object), EntityEntry>();
        foreach (var entry in entries)
        {
            if (entry.Entity is IAudited && entry.Metadata.FindPrimaryKey() is { Properties.Count: 1 } key
                && entry.Property(key.Properties[0].Name).CurrentValue is { } id)
                owners[(entry.Metadata.ClrType, id)] = entry;
        }

        var parts = new Dictionary<object, List<EntityEntry>>(ReferenceEqualityComparer.Instance);
        var changed = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            if (entry.State == EntityState.Detached || OwnerLink(entry) is not { } link)
                continue;
            var property = entry.Property(link.Properties[0].Name);
            var ownerId = entry.State == EntityState.Added ? property.CurrentValue : property.OriginalValue;
            if (ownerId is null || !owners.TryGetValue((link.PrincipalEntityType.ClrType, ownerId), out var owner))
                continue;
            if (!parts.TryGetValue(owner.Entity, out var list))
                parts[owner.Entity] = list = [];
            list.Add(entry);
            if (entry.State != EntityState.Unchanged)
                changed.Add(owner.Entity);
        }

        return parts.Where(p => changed.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The relationship from a part to its audited owner, or null when the entry is not a part.</summary>
    private static IForeignKey? OwnerLink(EntityEntry entry) =>
        entry.Metadata.IsOwned()
            ? entry.Metadata.FindOwnership()
            : entry.Entity is IAuditedPart
                ? entry.Metadata.GetForeignKeys().FirstOrDefault(fk => fk.PrincipalToDependent is not null && typeof(IAudited).IsAssignableFrom(fk.PrincipalEntityType.ClrType))
                : null;

    /// <summary>The audit event for <paramref name="entry"/>, or null for an update that changed nothing worth recording.</summary>
    public static AuditEvent? ToEvent(EntityEntry entry, IAudited audited, IReadOnlyList<EntityEntry> parts, TenantContext tenant, DateTimeOffset now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditActions.Create,
            EntityState.Deleted => AuditActions.Delete,
            _ => AuditActions.Update,
        };

        var before = new Dictionary<string, object?>(StringComparer.Ordinal);
        var after = new Dictionary<string, object?>(StringComparer.Ordinal);
        var confidential = audited is IProtectedInAudit p && p.IsProtectedInAudit(name => entry.State == EntityState.Added ? null : entry.Property(name).OriginalValue)
            ? (IProtectedInAudit)audited
            : null;
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var update = entry.State is EntityState.Modified or EntityState.Unchanged;
            if (update && (!property.IsModified || property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue)))
                continue;
            if (update && NoiseProperties.Contains(name))
                continue;

            var secret = SecretProperties.Contains(name);
            var marker = confidential is not null && confidential.ProtectedAuditFields.Contains(name) ? confidential.AuditMarker(name) : null;
            if (entry.State != EntityState.Added)
                before[name] = secret ? "***" : marker ?? property.OriginalValue;
            if (entry.State != EntityState.Deleted)
                after[name] = secret ? "***" : marker ?? property.CurrentValue;
        }

        AddParts(entry, parts, before, after);
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

    /// <summary>Adds each part collection that changed, as the whole list before and after.</summary>
    private static void AddParts(EntityEntry owner, IReadOnlyList<EntityEntry> parts, Dictionary<string, object?> before, Dictionary<string, object?> after)
    {
        foreach (var group in parts.GroupBy(p => OwnerLink(p)!.PrincipalToDependent!.Name, StringComparer.Ordinal))
        {
            var link = OwnerLink(group.First())!;
            var old = group.Where(p => p.State != EntityState.Added)
                .Select(p => (Order: OrderKey(p), Values: Values(p, link, original: true)))
                .OrderBy(p => p.Order, StringComparer.Ordinal).Select(p => p.Values).ToList();
            var current = owner.State == EntityState.Deleted || owner.Navigation(group.Key).CurrentValue is not System.Collections.IEnumerable items
                ? []
                : items.Cast<object>().Select(item => Values(owner.Context.Entry(item), link, original: false)).ToList();
            if (JsonSerializer.Serialize(old) == JsonSerializer.Serialize(current))
                continue;
            if (owner.State != EntityState.Added)
                before[group.Key] = old;
            if (owner.State != EntityState.Deleted)
                after[group.Key] = current;
        }
    }

    /// <summary>The part's own values: no shadow keys, no link to the owner, no tenant column.</summary>
    private static Dictionary<string, object?> Values(EntityEntry part, IForeignKey link, bool original) =>
        part.Properties
            .Where(p => !p.Metadata.IsShadowProperty() && !link.Properties.Contains(p.Metadata) && p.Metadata.Name != nameof(ITenantOwned.OrganisationId))
            .ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue, StringComparer.Ordinal);

    /// <summary>Orders the old parts as they were stored: by the last key value (the JSON ordinal for owned collections).</summary>
    private static string OrderKey(EntityEntry part)
    {
        var last = part.Metadata.FindPrimaryKey()!.Properties[^1];
        var value = part.Property(last.Name).OriginalValue;
        return value is int ordinal ? ordinal.ToString("D10", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
