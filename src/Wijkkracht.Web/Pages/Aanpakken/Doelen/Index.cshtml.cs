using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Doelen;

/// <summary>The approach's goals per PPCT level.</summary>
public sealed class IndexModel(ApproachService approaches, GoalService goals, WijkkrachtDbContext db, GoalFormLists lists) : WorkspacePageModel(approaches)
{
    public List<Goal> Goals { get; private set; } = [];

    public Dictionary<Guid, string> Owners { get; private set; } = [];

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
        return Page();
    }
}
