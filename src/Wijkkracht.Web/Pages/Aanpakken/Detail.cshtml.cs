using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Overview;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>
/// One approach: "waar staan we en wat is de volgende stap?" (current phase and steps, latest decision and what it
/// means, open precondition actions, recent changes), then the approach's details. Not a member and not an org-wide
/// manager: 404.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class DetailModel(ApproachService approaches, ApproachOverviewService overviews, Core.Actions.ActionService actions, Core.Meetings.MeetingService meetings) : WorkspacePageModel(approaches)
{
    public ApproachOverview Overview { get; private set; } = null!;

    /// <summary>Running experiments and actions due (issue 13 §7), as far as the reader may see them.</summary>
    public Core.Actions.ActionAttention? Attention { get; private set; }

    /// <summary>Open and overdue agreements and the next meetings (issue 13 §7), as far as the reader may see them.</summary>
    public Core.Meetings.MeetingSummary? Meetings { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("", ct) is { } denied)
            return denied;
        var result = await overviews.GetAsync(Id, HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return NotFound();
        Overview = result.Value!;
        Attention = (await actions.AttentionAsync(Id, HttpContext.GetActor(), ct)).Value;
        Meetings = await meetings.SummaryAsync(Id, HttpContext.GetActor(), ct);
        return Page();
    }
}
