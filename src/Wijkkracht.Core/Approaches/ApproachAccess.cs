using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Approaches;

/// <summary>
/// What one actor may do in one approach, resolved once: the approach (read-only, with its area) and the actor's
/// membership role and partner type (for the visibility model, ADR 0005). Only exists for an approach the actor may see;
/// an invisible approach has no access at all.
/// </summary>
public sealed record ApproachAccess(Approach Approach, Actor Actor, ApproachRole? MyRole, Visibility.PartnerType PartnerType = Visibility.PartnerType.Geen)
{
    public Guid ApproachId => Approach.Id;

    public bool Has(ApproachPermission permission) => RolePermissions.Has(Actor.Role, MyRole, permission);

    /// <summary>Ok when the permission is held, Forbidden otherwise (the approach is visible, so never NotFound).</summary>
    public ResultStatus Check(ApproachPermission permission) => Has(permission) ? ResultStatus.Ok : ResultStatus.Forbidden;
}

/// <summary>
/// The request's resolved approach access, keyed by (approach, actor). A page filter and an API endpoint filter fill it
/// at the start of a request; <see cref="ApproachService"/> fills it on first use elsewhere (tests, the demo seeder).
/// Only visible approaches are cached; writes to an approach or its members clear the entry.
/// </summary>
public sealed class ApproachAccessContext
{
    private readonly Dictionary<(Guid ApproachId, Guid UserId), ApproachAccess> _resolved = [];

    public bool TryGet(Guid approachId, Actor actor, out ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // The actor must match exactly (role included): an actor whose role changed is resolved again.
        return _resolved.TryGetValue((approachId, actor.UserId), out access!) && access.Actor == actor;
    }

    public void Set(ApproachAccess access) => _resolved[(access.ApproachId, access.Actor.UserId)] = access;

    /// <summary>Forgets every resolved access to the approach (after a change to the approach or its members).</summary>
    public void Invalidate(Guid approachId)
    {
        foreach (var key in _resolved.Keys.Where(k => k.ApproachId == approachId).ToList())
            _resolved.Remove(key);
    }
}
