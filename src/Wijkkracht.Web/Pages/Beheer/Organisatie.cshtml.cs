using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer;

/// <summary>Organisation settings (Beheerder): name and mandatory second factor.</summary>
[RequiresPermission(Permission.ManageOrganisation)]
public sealed class OrganisatieModel(OrganisationService organisations) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public string GmCode { get; private set; } = "";

    public string? Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var o = await organisations.GetCurrentAsync(HttpContext.GetActor(), ct);
        GmCode = o.GmCode;
        Input = new OrganisationInput { Name = o.Name, MfaRequired = o.MfaRequired, Version = o.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var actor = HttpContext.GetActor();
        var result = await organisations.UpdateAsync(Input, actor, ct);
        if (result.IsOk)
        {
            TempData["Melding"] = "De instellingen zijn opgeslagen.";
            return Redirect("/beheer/organisatie");
        }

        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        var current = await organisations.GetCurrentAsync(actor, ct);
        GmCode = current.GmCode;
        if (result.Status == ResultStatus.Conflict)
        {
            Conflict = result.Message;
            ModelState.SetModelValue("Input.Version", current.Version.ToString(), current.Version.ToString());
            Input.Version = current.Version;
        }
        else
        {
            ModelState.AddErrors(result.Errors);
        }

        return Page();
    }
}
