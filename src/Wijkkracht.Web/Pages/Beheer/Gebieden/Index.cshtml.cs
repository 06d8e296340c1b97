using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebieden;

/// <summary>Areas of the organisation.</summary>
[RequiresPermission(Permission.ViewAreas)]
public sealed class IndexModel(AreaService areas) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public bool CanManage { get; private set; }

    public Page<Area> Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        CanManage = actor.Can(Permission.ManageAreas);
        var result = await areas.ListAsync(PageRequest.Create(PageNumber, 50), actor, Q, ct);
        if (!result.IsOk)
            return Forbid();
        Result = result.Value!;
        return Page();
    }
}
