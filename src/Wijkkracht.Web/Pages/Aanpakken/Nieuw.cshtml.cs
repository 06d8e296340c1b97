using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Start a new approach (Coördinator, Beheerder).</summary>
[RequiresPermission(Permission.CreateApproach)]
public sealed class NieuwModel(ApproachService approaches, AreaService areas, TimeProvider time) : ApproachFormModel(areas)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.StartDate = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        await LoadListsAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => approaches.CreateAsync(Input, HttpContext.GetActor(), ct), new FormOutcome<Approach>
        {
            Saved = "De aanpak is aangemaakt. Voeg nu de leden toe.",
            Redirect = created => RedirectToPage("/Aanpakken/Leden", new { id = created.Id }),
            ShowAgain = async () =>
            {
                await LoadListsAsync(ct);
                return Page();
            },
        });
}
