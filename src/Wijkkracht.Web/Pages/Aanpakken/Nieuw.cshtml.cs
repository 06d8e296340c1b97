using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Start a new approach (Coördinator, Beheerder).</summary>
[RequiresPermission(Permission.CreateApproach)]
public sealed class NieuwModel(ApproachService approaches, AreaService areas) : ApproachFormModel(areas)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.StartDate = DateOnly.FromDateTime(DateTime.Today);
        await LoadListsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var result = await approaches.CreateAsync(Input, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
        {
            ModelState.AddErrors(result.Errors);
            await LoadListsAsync(ct);
            return Page();
        }

        TempData["Melding"] = "De aanpak is aangemaakt. Voeg nu de leden toe.";
        return Redirect($"/aanpakken/{result.Value!.Id}/leden");
    }
}
