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

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => organisations.UpdateAsync(Input, actor, ct), new FormOutcome<Organisation>
        {
            Saved = "De instellingen zijn opgeslagen.",
            Redirect = _ => RedirectToPage("/Beheer/Organisatie"),
            ShowAgain = async () =>
            {
                GmCode = (await organisations.GetCurrentAsync(actor, ct)).GmCode;
                return Page();
            },
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await organisations.GetCurrentAsync(actor, ct)).Version)?.ToString(),
        });
    }
}
