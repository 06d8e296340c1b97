using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Doelen;

/// <summary>The approach's goals per PPCT level.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, GoalService goals, WijkkrachtDbContext db, GoalFormLists lists, Wijkkracht.Core.Knowledge.InterventionCatalogService catalog) : WorkspacePageModel(approaches)
{
    public List<Goal> Goals { get; private set; } = [];

    public Dictionary<Guid, string> Owners { get; private set; } = [];

    /// <summary>The reader, to mark the goals they own (they may update those).</summary>
    public Guid MyUserId => HttpContext.GetActor().UserId;

    /// <summary>Titles of the chosen interventions per goal.</summary>
    public Dictionary<Guid, List<string>> Interventions { get; private set; } = [];

    public string RungLabel(int rung) => lists.RungLabel(rung);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("doelen", ct) is { } denied)
            return denied;
        var result = await goals.ListAsync(Id, HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return NotFound();
        Goals = result.Value!;
        var ownerIds = Goals.Where(g => g.OwnerUserId is not null).Select(g => g.OwnerUserId!.Value).Distinct().ToList();
        Owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        foreach (var item in await db.ApproachInterventions.AsNoTracking().Where(i => i.ApproachId == Id && i.Goals.Count != 0).ToListAsync(ct))
        {
            var title = (await catalog.FindCardAsync(item.InterventionId, ct))?.Title ?? item.InterventionId;
            foreach (var goalId in item.GoalIdList)
            {
                if (!Interventions.TryGetValue(goalId, out var list))
                    Interventions[goalId] = list = [];
                list.Add(title);
            }
        }

        return Page();
    }
}
