using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.GroupSetups;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Groepsopstellingen;

/// <summary>The approach's group set-ups (groepsopstelling jeugdgroep, issue 11 §8); core team only, reads audited.</summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class IndexModel(ApproachService approaches, GroupSetupService setups) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<GroupSetup> Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("gesprekken", ct) is { } denied)
            return denied;
        var result = await setups.ListAsync(Id, PageRequest.Create(PageNumber, 25), HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Result = result.Value!;
        return Page();
    }
}
