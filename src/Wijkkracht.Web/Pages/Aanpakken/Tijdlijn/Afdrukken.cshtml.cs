using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Tijdlijn;

/// <summary>
/// The timeline for print on A3 landscape (css/timeline-print.css: <c>@page { size: A3 landscape }</c>), per year in
/// columns, with room left to write additions by hand during the meeting.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class AfdrukkenModel(ApproachService approaches, TimelineService timeline) : WorkspacePageModel(approaches)
{
    public List<IGrouping<int, TimelineEvent>> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("tijdlijn", ct) is { } denied)
            return denied;
        var result = await timeline.AllAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Years = result.Value!.GroupBy(e => e.Date.Year).OrderBy(g => g.Key).ToList();
        return Page();
    }
}
