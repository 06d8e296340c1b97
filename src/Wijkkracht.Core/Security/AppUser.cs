using Microsoft.AspNetCore.Identity;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Security;

/// <summary>
/// An account. Belongs to one organisation. Not covered by the tenant query filter, because Identity must find a
/// user before the tenant is known (sign-in); every listing of users filters on the organisation explicitly.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>, IVersioned, ITimestamped, IAudited
{
    public Guid OrganisationId { get; set; }

    public string DisplayName { get; set; } = "";

    public OrgRole Role { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// Set when a Beheerder chose the password (a new account): the user must choose their own at the next sign-in
    /// before anything else opens (issue 7, L9). Cleared by the user's own password change.
    /// </summary>
    public bool MustChangePassword { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The authenticated person acting on a request.</summary>
public sealed record Actor(Guid UserId, Guid OrganisationId, OrgRole Role, string DisplayName)
{
    public bool Can(Permission permission) => RolePermissions.Has(Role, permission);

    /// <summary>
    /// While an export for a partner is built (issue 14 §8): the most this actor may see of records with a visibility
    /// level, whatever their own role allows. <see cref="Visibility.VisibilityRules.For(Actor, ApproachRole?, Visibility.PartnerType)"/> applies it.
    /// </summary>
    public Visibility.VisibilityAccess? VisibilityCeiling { get; init; }
}

/// <summary>
/// The tenant of the current unit of work. Either an organisation (set from the signed-in user) or explicit
/// system mode (start-up, seeding, setup). Tenant-owned writes without either are refused.
/// </summary>
public sealed class TenantContext
{
    public Guid? OrganisationId { get; private set; }

    public Actor? Actor { get; private set; }

    public bool IsSystem { get; private set; }

    public void SetActor(Actor actor)
    {
        Actor = actor;
        OrganisationId = actor.OrganisationId;
        IsSystem = false;
    }

    /// <summary>Switches this scope to system mode (no tenant filter applies to writes). For start-up jobs only.</summary>
    public void UseSystem(Guid? organisationId = null)
    {
        IsSystem = true;
        OrganisationId = organisationId;
    }
}
