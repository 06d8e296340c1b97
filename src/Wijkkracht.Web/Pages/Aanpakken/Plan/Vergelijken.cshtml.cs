using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Plan;

/// <summary>Two versions of the plan side by side.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class VergelijkenModel(ApproachService approaches, PlanService plans) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public int Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Naar { get; set; }

    public List<PlanFieldDiff> Diffs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("plan", ct) is { } denied)
            return denied;
        var result = await plans.CompareAsync(Id, Van, Naar, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Diffs = result.Value!;
        return Page();
    }
}
