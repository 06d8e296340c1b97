using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Overview;

/// <summary>One approach as an active resident (network member) sees it on their start page.</summary>
public sealed record ResidentApproach(Guid ApproachId, string Title, string AreaName, IReadOnlyList<MemberEntry> Contacts, IReadOnlyList<Goal> WorkingOn, IReadOnlyList<Goal> Achieved);

/// <summary>
/// The start page of an active resident (issue 9 §2): per approach in which they are a network member, their contact
/// persons (only the core-team contacts, name and role, through the audited member list), the goals the network works
/// on and the goals it achieved. Nothing else: no steps, plans, checks or other members.
/// </summary>
public sealed class ResidentStartService(WijkkrachtDbContext db, ApproachService approaches)
{
    /// <summary>Whether the start page should be the resident's: a Netwerklid account, or a member only as netwerklid.</summary>
    public static bool IsResident(Actor actor, IReadOnlyCollection<ApproachView> mine)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(mine);
        return actor.Role == OrgRole.Netwerklid
            || (!actor.Can(Permission.ManageAllApproaches) && !actor.Can(Permission.ViewAllApproaches)
                && mine.Count > 0 && mine.All(v => v.MyRole == ApproachRole.Netwerklid));
    }

    public async Task<List<ResidentApproach>> GetAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ids = await db.ApproachMembers.AsNoTracking().Where(m => m.UserId == actor.UserId && m.Role == ApproachRole.Netwerklid)
            .Select(m => m.ApproachId).ToListAsync(ct);
        var result = new List<ResidentApproach>();
        foreach (var id in ids)
        {
            if (await approaches.ResolveAsync(id, actor, ct) is not { } access)
                continue;
            var contacts = (await approaches.ListMembersAsync(id, actor, ct)).Value ?? [];
            var goals = await db.Set<Goal>().AsNoTracking().Where(g => g.ApproachId == id && g.Status != GoalStatus.Gestopt)
                .OrderBy(g => g.Level).ThenBy(g => g.Title).ToListAsync(ct);
            result.Add(new ResidentApproach(id, access.Approach.Title, access.Approach.Area?.Name ?? "",
                contacts.Where(c => RolePermissions.NetworkContactRoles.Contains(c.Role)).ToList(),
                goals.Where(g => g.Status is GoalStatus.Gepland or GoalStatus.Bezig or GoalStatus.Bijgesteld).ToList(),
                goals.Where(g => g.Status == GoalStatus.Behaald).ToList()));
        }

        return result.OrderBy(r => r.Title, StringComparer.CurrentCulture).ToList();
    }
}
