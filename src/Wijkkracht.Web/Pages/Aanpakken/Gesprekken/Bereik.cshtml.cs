using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>Reach (issue 11 §3): which groups, work forms and places were heard and seen, and which not yet. Core team only.</summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class BereikModel(ApproachService approaches, ReachService reach) : WorkspacePageModel(approaches)
{
    public ReachOverview Reach { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("gesprekken", ct) is { } denied)
            return denied;
        var result = await reach.GetAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Reach = result.Value!;
        return Page();
    }
}
