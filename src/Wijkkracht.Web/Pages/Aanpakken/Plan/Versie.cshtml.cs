using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Plan;

/// <summary>One earlier version of the plan.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class VersieModel(ApproachService approaches, PlanService plans) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    public PlanVersion Version { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("plan", ct) is { } denied)
            return denied;
        var result = await plans.GetVersionAsync(Id, Number, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Version = result.Value!;
        return Page();
    }
}
