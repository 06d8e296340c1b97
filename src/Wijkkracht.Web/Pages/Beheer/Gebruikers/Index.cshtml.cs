using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebruikers;

/// <summary>Users of the organisation (Beheerder). The listing is audited.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed class IndexModel(UserAdminService users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<AppUser> Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await users.ListAsync(PageRequest.Create(PageNumber, 50), HttpContext.GetActor(), Q, ct);
        if (!result.IsOk)
            return Forbid();
        Result = result.Value!;
        return Page();
    }
}
