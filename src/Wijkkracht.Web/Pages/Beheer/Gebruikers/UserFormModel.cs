using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Web.Pages.Beheer.Gebruikers;

/// <summary>Shared form state for users.</summary>
public abstract class UserFormModel : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> RoleItems { get; } =
        [new("Kies een rol", ""), .. Enum.GetValues<OrgRole>().Select(r => new SelectListItem(RoleLabels.For(r), r.ToString()))];
}
