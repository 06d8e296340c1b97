using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Verhaal;

/// <summary>One version of the shared story.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class VersieModel(ApproachService approaches, StoryService stories) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    public StoryVersion Version { get; private set; } = null!;

    public List<StoryCitationView> Cited { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("verhaal", ct) is { } denied)
            return denied;
        var result = await stories.GetVersionAsync(Id, Number, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Version = result.Value!;
        Cited = await stories.CitedAsync(Id, Version, ct);
        return Page();
    }
}
