using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

/// <summary>Record an observation: every member of the approach may (residents observe too).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class NieuwModel(ApproachService approaches, ObservationService observations, ObservationCatalog catalog, WijkkrachtDbContext db, AuditService audit, IConfiguration configuration, TimeProvider time)
    : ObservationFormModel(approaches, catalog, db, audit, configuration)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input = ObservationInput.ForForm(Catalog);
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        if (!await observations.CanRecordAsync(Id, HttpContext.GetActor(), ct))
            return Forbid();
        var now = time.GetLocalNow();
        Input.ObservedOn = DateOnly.FromDateTime(now.DateTime);
        Input.ObservedAt = new TimeOnly(now.Hour, now.Minute);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => observations.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<Observation>
        {
            Saved = "De waarneming is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Waarnemingen/Index", new { id = Id }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
        });
}
