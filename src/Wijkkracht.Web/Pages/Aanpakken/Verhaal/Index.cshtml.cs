using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Verhaal;

/// <summary>The shared story of the neighbourhood (issue 11 §7): the newest version with what it cites, and all versions.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, StoryService stories) : WorkspacePageModel(approaches)
{
    public StoryVersion? Latest { get; private set; }

    public List<StoryVersion> Versions { get; private set; } = [];

    public List<StoryCitationView> Cited { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("verhaal", ct) is { } denied)
            return denied;
        var versions = await stories.ListVersionsAsync(Id, HttpContext.GetActor(), ct);
        if (!versions.IsOk)
            return versions.Status == ResultStatus.Forbidden ? Forbid() : NotFound();
        Versions = versions.Value!;
        Latest = Versions.FirstOrDefault();
        if (Latest is not null)
            Cited = await stories.CitedAsync(Id, Latest, ct);
        return Page();
    }
}
