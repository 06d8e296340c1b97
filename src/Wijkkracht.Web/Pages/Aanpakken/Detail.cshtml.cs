using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>One approach. Not a member and not an org-wide manager: 404.</summary>
public sealed class DetailModel(ApproachService approaches) : WorkspacePageModel(approaches)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadApproachAsync("", ct) ?? Page();
}
