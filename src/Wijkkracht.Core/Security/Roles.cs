namespace Wijkkracht.Core.Security;

/// <summary>A user's role within their organisation.</summary>
public enum OrgRole
{
    Beheerder = 1,
    Coordinator = 2,
    Wijkverbinder = 3,
    Partner = 4,
    Netwerklid = 5,
}

/// <summary>A member's role within one approach.</summary>
public enum ApproachRole
{
    Wijkverbinder = 1,
    Gemeenteverbinder = 2,
    BestuurlijkBoegbeeld = 3,
    Procesregisseur = 4,
    Partner = 5,
    Netwerklid = 6,
}

/// <summary>Organisation-level permissions. Policies are named after these values.</summary>
public enum Permission
{
    ManageUsers,
    ManageAreas,
    ViewAreas,
    ViewAuditLog,
    ManageOrganisation,
    CreateApproach,
    /// <summary>See and manage every approach of the organisation without being a member.</summary>
    ManageAllApproaches,
    UseApiTokens,
    ViewKnowledge,
    /// <summary>Own interventions and practice examples, and hiding standard interventions.</summary>
    ManageKnowledge,
}

/// <summary>Permissions inside one approach.</summary>
public enum ApproachPermission
{
    /// <summary>See the approach, its members and the goals it shares with its network.</summary>
    View,

    /// <summary>Read the plan, step progress, precondition checks, decisions and reports.</summary>
    ViewPlan,

    /// <summary>Change the approach, steps, precondition checks, plan, goals and chosen interventions.</summary>
    Edit,

    /// <summary>Record the decision at the decision moment.</summary>
    Decide,

    ManageMembers,
}

/// <summary>The role→permission tables that drive all authorization. Tests check every allow and every deny.</summary>
public static class RolePermissions
{
    private static readonly Dictionary<OrgRole, HashSet<Permission>> OrgTable = new()
    {
        [OrgRole.Beheerder] =
        [
            Permission.ManageUsers, Permission.ManageAreas, Permission.ViewAreas, Permission.ViewAuditLog,
            Permission.ManageOrganisation, Permission.CreateApproach, Permission.ManageAllApproaches,
            Permission.UseApiTokens, Permission.ViewKnowledge, Permission.ManageKnowledge,
        ],
        [OrgRole.Coordinator] =
        [
            Permission.ViewAreas, Permission.CreateApproach, Permission.ManageAllApproaches,
            Permission.UseApiTokens, Permission.ViewKnowledge, Permission.ManageKnowledge,
        ],
        [OrgRole.Wijkverbinder] = [Permission.ViewAreas, Permission.UseApiTokens, Permission.ViewKnowledge],
        [OrgRole.Partner] = [Permission.ViewAreas, Permission.UseApiTokens, Permission.ViewKnowledge],
        [OrgRole.Netwerklid] = [Permission.ViewKnowledge],
    };

    private static readonly Dictionary<ApproachRole, HashSet<ApproachPermission>> ApproachTable = new()
    {
        [ApproachRole.Gemeenteverbinder] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit, ApproachPermission.Decide, ApproachPermission.ManageMembers],
        [ApproachRole.Procesregisseur] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit, ApproachPermission.Decide, ApproachPermission.ManageMembers],
        [ApproachRole.Wijkverbinder] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit],
        [ApproachRole.BestuurlijkBoegbeeld] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Decide],
        [ApproachRole.Partner] = [ApproachPermission.View, ApproachPermission.ViewPlan],
        [ApproachRole.Netwerklid] = [ApproachPermission.View],
    };

    public static bool Has(OrgRole role, Permission permission) =>
        OrgTable.TryGetValue(role, out var set) && set.Contains(permission);

    public static bool Has(ApproachRole role, ApproachPermission permission) =>
        ApproachTable.TryGetValue(role, out var set) && set.Contains(permission);

    /// <summary>Approach permission for a user: org-wide managers have all; others need membership.</summary>
    public static bool Has(OrgRole orgRole, ApproachRole? memberRole, ApproachPermission permission) =>
        Has(orgRole, Permission.ManageAllApproaches) || (memberRole is { } r && Has(r, permission));
}

/// <summary>Dutch labels for roles.</summary>
public static class RoleLabels
{
    public static string For(OrgRole role) => role switch
    {
        OrgRole.Beheerder => "Beheerder",
        OrgRole.Coordinator => "Coördinator",
        OrgRole.Wijkverbinder => "Wijkverbinder",
        OrgRole.Partner => "Partner",
        OrgRole.Netwerklid => "Netwerklid",
        _ => role.ToString(),
    };

    public static string For(ApproachRole role) => role switch
    {
        ApproachRole.Wijkverbinder => "Wijkverbinder",
        ApproachRole.Gemeenteverbinder => "Gemeenteverbinder",
        ApproachRole.BestuurlijkBoegbeeld => "Bestuurlijk boegbeeld",
        ApproachRole.Procesregisseur => "Procesregisseur",
        ApproachRole.Partner => "Partner",
        ApproachRole.Netwerklid => "Netwerklid",
        _ => role.ToString(),
    };
}
