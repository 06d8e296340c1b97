using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebieden;

/// <summary>Add an area (Beheerder).</summary>
[RequiresPermission(Permission.ManageAreas)]
public sealed class NieuwModel(AreaService areas, OrganisationService organisations) : AreaFormModel(areas, organisations)
{
    private readonly AreaService _areas = areas;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!HttpContext.GetActor().Can(Core.Security.Permission.ManageAreas))
            return Forbid();
        await LoadListsAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A typed value that did not parse keeps its message and the form comes back (nothing is saved).
        if (ModelState.KeepOnlyParseErrors() && await ReadUploadAsync(ct))
        {
            var result = await _areas.CreateAsync(Input, HttpContext.GetActor(), ct);
            if (result.Status == ResultStatus.Forbidden)
                return Forbid();
            if (result.IsOk)
            {
                TempData["Melding"] = $"Het gebied '{result.Value!.Name}' is toegevoegd.";
                return RedirectToPage("/Beheer/Gebieden/Index");
            }

            ShowErrors(result.Errors);
        }

        await LoadListsAsync(null, ct);
        return Page();
    }
}
