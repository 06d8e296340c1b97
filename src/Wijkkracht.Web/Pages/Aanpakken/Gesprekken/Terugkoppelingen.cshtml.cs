using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>Follow-up promised to residents: the open ones first (or all), core team only.</summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class TerugkoppelingenModel(ApproachService approaches, FollowUpService followUps) : WorkspacePageModel(approaches)
{
    /// <summary>Show closed follow-ups as well.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Alle { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<FollowUp> Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("terugkoppelingen", ct) is { } denied)
            return denied;
        var result = await followUps.ListAsync(Id, !Alle, PageRequest.Create(PageNumber, 50), HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Result = result.Value!;
        return Page();
    }
}
