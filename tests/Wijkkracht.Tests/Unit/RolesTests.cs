using Wijkkracht.Core.Security;

namespace Wijkkracht.Tests.Unit;

/// <summary>The role tables of Roles.cs written out in full: every allow and every deny.</summary>
public sealed class RolePermissionTests
{
    private static readonly ApproachPermission[] Oversight =
        [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail, ApproachPermission.ViewNetworkContacts];

    /// <summary>The whole organisation-role table.</summary>
    public static TheoryData<OrgRole, Permission, bool> OrgTable()
    {
        var allowed = new Dictionary<OrgRole, Permission[]>
        {
            // The Beheerder manages accounts and settings; reads approaches (audited) but does not create or change content.
            [OrgRole.Beheerder] = [Permission.ManageUsers, Permission.ManageAreas, Permission.ViewAreas, Permission.ViewAuditLog, Permission.ManageOrganisation, Permission.ViewAllApproaches, Permission.UseApiTokens, Permission.ViewKnowledge, Permission.ManageKnowledge],
            [OrgRole.Coordinator] = [Permission.ViewAreas, Permission.CreateApproach, Permission.ManageAllApproaches, Permission.UseApiTokens, Permission.ViewKnowledge, Permission.ManageKnowledge],
            [OrgRole.Wijkverbinder] = [Permission.ViewAreas, Permission.UseApiTokens, Permission.ViewKnowledge],
            [OrgRole.Partner] = [Permission.ViewAreas, Permission.UseApiTokens, Permission.ViewKnowledge],
            [OrgRole.Netwerklid] = [Permission.ViewKnowledge],
        };
        var data = new TheoryData<OrgRole, Permission, bool>();
        foreach (var role in Enum.GetValues<OrgRole>())
        {
            foreach (var permission in Enum.GetValues<Permission>())
                data.Add(role, permission, allowed[role].Contains(permission));
        }

        return data;
    }

    public static TheoryData<ApproachRole, ApproachPermission, bool> ApproachTable()
    {
        var allowed = new Dictionary<ApproachRole, ApproachPermission[]>
        {
            [ApproachRole.Gemeenteverbinder] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit, ApproachPermission.Decide, ApproachPermission.ManageMembers, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail, ApproachPermission.ViewNetworkContacts, ApproachPermission.ViewStories],
            [ApproachRole.Procesregisseur] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit, ApproachPermission.Decide, ApproachPermission.ManageMembers, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail, ApproachPermission.ViewNetworkContacts, ApproachPermission.ViewStories],
            [ApproachRole.Wijkverbinder] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Edit, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail, ApproachPermission.ViewNetworkContacts, ApproachPermission.ViewStories],
            [ApproachRole.BestuurlijkBoegbeeld] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.Decide, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail],
            [ApproachRole.Partner] = [ApproachPermission.View, ApproachPermission.ViewPlan, ApproachPermission.ViewMembers, ApproachPermission.ViewMemberEmail],
            [ApproachRole.Netwerklid] = [ApproachPermission.View],
        };
        var data = new TheoryData<ApproachRole, ApproachPermission, bool>();
        foreach (var role in Enum.GetValues<ApproachRole>())
        {
            foreach (var permission in Enum.GetValues<ApproachPermission>())
                data.Add(role, permission, allowed[role].Contains(permission));
        }

        return data;
    }

    /// <summary>Which approach roles each organisation role may be given.</summary>
    public static TheoryData<OrgRole, ApproachRole, bool> AssignTable()
    {
        var all = Enum.GetValues<ApproachRole>();
        var allowed = new Dictionary<OrgRole, ApproachRole[]>
        {
            [OrgRole.Beheerder] = all,
            [OrgRole.Coordinator] = all,
            [OrgRole.Wijkverbinder] = [ApproachRole.Wijkverbinder, ApproachRole.Partner],
            [OrgRole.Partner] = [ApproachRole.Partner],
            [OrgRole.Netwerklid] = [ApproachRole.Netwerklid],
        };
        var data = new TheoryData<OrgRole, ApproachRole, bool>();
        foreach (var org in Enum.GetValues<OrgRole>())
        {
            foreach (var role in all)
                data.Add(org, role, allowed[org].Contains(role));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OrgTable))]
    public void Has_OrgRoleAndPermission_MatchesTable(OrgRole role, Permission permission, bool expected) =>
        Assert.Equal(expected, RolePermissions.Has(role, permission));

    [Theory]
    [MemberData(nameof(ApproachTable))]
    public void Has_ApproachRoleAndPermission_MatchesTable(ApproachRole role, ApproachPermission permission, bool expected) =>
        Assert.Equal(expected, RolePermissions.Has(role, permission));

    [Theory]
    [MemberData(nameof(AssignTable))]
    public void CanAssign_OrgRoleAndApproachRole_MatchesTable(OrgRole org, ApproachRole role, bool expected) =>
        Assert.Equal(expected, RolePermissions.CanAssign(org, role));

    [Fact]
    public void Has_NonMember_OnlyCoordinatorManagesAndBeheerderOnlyReads()
    {
        foreach (var permission in Enum.GetValues<ApproachPermission>())
        {
            Assert.False(RolePermissions.Has(OrgRole.Wijkverbinder, null, permission));
            Assert.False(RolePermissions.Has(OrgRole.Partner, null, permission));
            Assert.False(RolePermissions.Has(OrgRole.Netwerklid, null, permission));
            Assert.True(RolePermissions.Has(OrgRole.Coordinator, null, permission));
            Assert.Equal(Oversight.Contains(permission), RolePermissions.Has(OrgRole.Beheerder, null, permission));
        }
    }

    [Fact]
    public void Has_BeheerderWhoIsMember_GetsTheMemberRolesRightsToo()
    {
        Assert.True(RolePermissions.Has(OrgRole.Beheerder, ApproachRole.Gemeenteverbinder, ApproachPermission.Edit));
        Assert.False(RolePermissions.Has(OrgRole.Beheerder, ApproachRole.Partner, ApproachPermission.Edit));
    }

    [Fact]
    public void NetworkContactRoles_AreTheCoreTeamContacts() =>
        Assert.Equal(
            [ApproachRole.Wijkverbinder, ApproachRole.Gemeenteverbinder, ApproachRole.Procesregisseur],
            RolePermissions.NetworkContactRoles.Order().ToArray());

    [Fact]
    public void AssignRefused_NetworkMemberAsGemeenteverbinder_ExplainsInDutch() =>
        Assert.Equal(
            "Iemand met het account bewoner kan in een aanpak geen gemeenteverbinder zijn. Kies netwerklid.",
            RoleLabels.AssignRefused(OrgRole.Netwerklid, ApproachRole.Gemeenteverbinder));
}
