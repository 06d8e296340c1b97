using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>One approach. Not a member and not an org-wide manager: 404.</summary>
public sealed class DetailModel(ApproachService approaches) : PageModel
{
    public ApproachView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await approaches.GetAsync(id, HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return NotFound();
        View = result.Value!;
        return Page();
    }
}
