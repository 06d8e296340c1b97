using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>One approach. Not a member and not an org-wide manager: 404.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class DetailModel(ApproachService approaches) : WorkspacePageModel(approaches)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadApproachAsync("", ct) ?? Page();
}
