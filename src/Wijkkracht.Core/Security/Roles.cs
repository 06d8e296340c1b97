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

    /// <summary>
    /// Read every approach of the organisation without being a member (oversight by the functional administrator);
    /// such reads are audited. Gives no right to change content.
    /// </summary>
    ViewAllApproaches,
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

    /// <summary>See the whole member list (names and approach roles of everyone). Without it: only one's contacts in the core team.</summary>
    ViewMembers,

    /// <summary>See the e-mail addresses of the professional members (everyone except network members).</summary>
    ViewMemberEmail,

    /// <summary>See the e-mail addresses of network members (active residents): the core team, who are their contact.</summary>
    ViewNetworkContacts,

    /// <summary>
    /// Read and (with <see cref="Edit"/>) record the conversations (verhalen), their quotes and the follow-up promised to
    /// residents: the core team that holds the conversations. Partners and network members do not (issue 11).
    /// </summary>
    ViewStories,
}

/// <summary>The role→permission tables that drive all authorization. Tests check every allow and every deny.</summary>
public static class RolePermissions
{
    private static readonly Dictionary<OrgRole, HashSet<Permission>> OrgTable = new()
    {
        [OrgRole.Beheerder] =
        [
            Permission.ManageUsers, Permission.ManageAreas, Permission.ViewAreas, Permission.ViewAuditLog,
            Permission.ManageOrganisation, Permission.ViewAllApproaches,
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
        [ApproachRole.Gemeenteverbinder] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit, ApproachPermission.Decide, ApproachPermission.ManageMembers, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail, ApproachPermission.ViewNetworkContacts, ApproachPermission.ViewStories],
        [ApproachRole.Procesregisseur] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit, ApproachPermission.Decide, ApproachPermission.ManageMembers, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail, ApproachPermission.ViewNetworkContacts, ApproachPermission.ViewStories],
        [ApproachRole.Wijkverbinder] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail, ApproachPermission.ViewNetworkContacts, ApproachPermission.ViewStories],
        [ApproachRole.BestuurlijkBoegbeeld] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Decide, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail],
        [ApproachRole.Partner] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail],
        [ApproachRole.Netwerklid] = [ApproachPermission.View],
    };

    /// <summary>What an organisation-wide reader (<see cref="Permission.ViewAllApproaches"/>) may do in an approach they are not a member of.</summary>
    private static readonly HashSet<ApproachPermission> OversightSet =
        [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail, ApproachPermission.ViewNetworkContacts];

    /// <summary>
    /// The approach roles a user may be given, by organisation role. A resident (Netwerklid) is never given a
    /// professional role, and a partner organisation's employee never a municipal one.
    /// </summary>
    private static readonly Dictionary<OrgRole, HashSet<ApproachRole>> AssignableTable = new()
    {
        [OrgRole.Beheerder] = [.. Enum.GetValues<ApproachRole>()],
        [OrgRole.Coordinator] = [.. Enum.GetValues<ApproachRole>()],
        [OrgRole.Wijkverbinder] = [ApproachRole.Wijkverbinder, ApproachRole.Partner],
        [OrgRole.Partner] = [ApproachRole.Partner],
        [OrgRole.Netwerklid] = [ApproachRole.Netwerklid],
    };

    /// <summary>The core-team roles that are a network member's contact, and the only members a network member sees.</summary>
    public static readonly IReadOnlySet<ApproachRole> NetworkContactRoles =
        new HashSet<ApproachRole> { ApproachRole.Gemeenteverbinder, ApproachRole.Wijkverbinder, ApproachRole.Procesregisseur };

    public static bool Has(OrgRole role, Permission permission) =>
        OrgTable.TryGetValue(role, out var set) && set.Contains(permission);

    public static bool Has(ApproachRole role, ApproachPermission permission) =>
        ApproachTable.TryGetValue(role, out var set) && set.Contains(permission);

    /// <summary>
    /// Approach permission for a user: org-wide managers have all; org-wide readers have the read-only oversight set;
    /// others need membership (and a member gets the union of both).
    /// </summary>
    public static bool Has(OrgRole orgRole, ApproachRole? memberRole, ApproachPermission permission) =>
        Has(orgRole, Permission.ManageAllApproaches)
        || (Has(orgRole, Permission.ViewAllApproaches) && OversightSet.Contains(permission))
        || (memberRole is { } r && Has(r, permission));

    /// <summary>Whether a user with <paramref name="orgRole"/> may be given <paramref name="approachRole"/> in an approach.</summary>
    public static bool CanAssign(OrgRole orgRole, ApproachRole approachRole) =>
        AssignableTable.TryGetValue(orgRole, out var set) && set.Contains(approachRole);

    /// <summary>The approach roles a user with <paramref name="orgRole"/> may be given, in enum order.</summary>
    public static IReadOnlyList<ApproachRole> AssignableRoles(OrgRole orgRole) =>
        Enum.GetValues<ApproachRole>().Where(r => CanAssign(orgRole, r)).ToList();
}

/// <summary>
/// Dutch labels for roles. The two kinds of role never share a word on screen (issue 9 §2): an organisation role is
/// the kind of <em>account</em> (what the person may do in the organisation: Beheerder, Coördinator,
/// Gemeentemedewerker, Partnermedewerker, Bewoner), an approach role is what the member <em>does</em> in one approach,
/// in the guides' words (Gemeenteverbinder, Wijkverbinder, Partner, Netwerklid, …), and the rights in an approach
/// follow the approach role. The enum values (code, database, API) stay as they are (ADR 0004); only labels differ.
/// </summary>
public static class RoleLabels
{
    /// <summary>The organisation role as a kind of account.</summary>
    public static string For(OrgRole role) => role switch
    {
        OrgRole.Beheerder => "Beheerder",
        OrgRole.Coordinator => "Coördinator",
        OrgRole.Wijkverbinder => "Gemeentemedewerker",
        OrgRole.Partner => "Partnermedewerker",
        OrgRole.Netwerklid => "Bewoner",
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

    /// <summary>One sentence: what a member with this approach role may do in the approach ("Uw rol in deze aanpak").</summary>
    public static string Explain(ApproachRole role) => role switch
    {
        ApproachRole.Gemeenteverbinder or ApproachRole.Procesregisseur => "U ziet alles van deze aanpak, mag alles wijzigen, het besluit vastleggen en leden toevoegen of verwijderen.",
        ApproachRole.Wijkverbinder => "U ziet alles van deze aanpak en mag de stappen, het plan en de doelen wijzigen; leden beheert de gemeenteverbinder.",
        ApproachRole.BestuurlijkBoegbeeld => "U leest het plan en de voortgang mee en legt het besluit vast; wijzigen doet het kernteam.",
        ApproachRole.Partner => "U leest het plan en de voortgang mee en werkt de doelen bij waarvan u eigenaar bent; de rest wijzigt het kernteam.",
        ApproachRole.Netwerklid => "U ziet de doelen en de gekozen interventies en uw contactpersonen in het kernteam.",
        _ => "",
    };

    /// <summary>For someone who sees the approach without being a member (Coördinator or Beheerder).</summary>
    public static string ExplainWithoutMembership(OrgRole role) => role == OrgRole.Coordinator
        ? "U bent geen lid, maar als coördinator ziet en wijzigt u alle aanpakken van uw organisatie."
        : "U bent geen lid. Als beheerder leest u mee; wijzigen kan niet. Dat u meeleest, komt in het auditlogboek.";

    /// <summary>Hint for the account form: organisation roles are kinds of account, the approach role gives the rights.</summary>
    public const string OrgRoleHint =
        "Het soort account bepaalt wat iemand in uw organisatie mag. Beheerder: gebruikers, gebieden en auditlogboek. " +
        "Coördinator: alle aanpakken. Gemeentemedewerker, partnermedewerker en bewoner: alleen de aanpakken waarvan zij lid zijn; " +
        "wat zij daar mogen, hangt af van hun rol in die aanpak.";

    /// <summary>Plain-language explanation (for the member form) of which approach roles fit which organisation role.</summary>
    public const string AssignHint =
        "De rol in de aanpak hangt af van het soort account. Een bewoner kan alleen netwerklid zijn. " +
        "Een partnermedewerker kan alleen partner zijn. Een gemeentemedewerker kan wijkverbinder of partner zijn. " +
        "Een coördinator of beheerder kan elke rol krijgen. Zo ziet niemand meer dan bij zijn werk past.";

    /// <summary>The Dutch validation message when <paramref name="approachRole"/> does not fit <paramref name="orgRole"/>.</summary>
    public static string AssignRefused(OrgRole orgRole, ApproachRole approachRole)
    {
        var allowed = RolePermissions.AssignableRoles(orgRole).Select(r => For(r).ToLowerInvariant()).ToList();
        var list = allowed.Count == 1 ? allowed[0] : string.Join(", ", allowed[..^1]) + " of " + allowed[^1];
        return $"Iemand met het account {For(orgRole).ToLowerInvariant()} kan in een aanpak geen {For(approachRole).ToLowerInvariant()} zijn. Kies {list}.";
    }
}
