using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Stappen;

/// <summary>Progress per step and phase.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, StepService steps) : WorkspacePageModel(approaches)
{
    public List<StepView> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("stappen", ct) is { } denied)
            return denied;
        var result = await steps.OverviewAsync(Id, HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return Forbid();
        Steps = result.Value!;
        return Page();
    }
}
