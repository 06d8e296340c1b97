using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Plan;

/// <summary>The latest plan of approach and its versions.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, PlanService plans) : WorkspacePageModel(approaches)
{
    public PlanVersion? Latest { get; private set; }

    public List<PlanVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("plan", ct) is { } denied)
            return denied;
        var versions = await plans.ListVersionsAsync(Id, HttpContext.GetActor(), ct);
        if (!versions.IsOk)
            return Forbid();
        Versions = versions.Value!;
        Latest = Versions.FirstOrDefault();
        return Page();
    }
}
