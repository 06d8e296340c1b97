using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen.Schouwen;

/// <summary>Record a walk: every member of the approach may.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class NieuwModel(ApproachService approaches, WalkService walks, ObservationService observations, WijkkrachtDbContext db, AuditService audit, TimeProvider time)
    : WalkFormModel(approaches, walks, db, audit)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        if (!await observations.CanRecordAsync(Id, HttpContext.GetActor(), ct))
            return Forbid();
        var now = time.GetLocalNow();
        Input.WalkedOn = DateOnly.FromDateTime(now.DateTime);
        Input.StartTime = new TimeOnly(now.Hour, now.Minute);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => Walks.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<Walk>
        {
            Saved = "De schouw is opgeslagen. Koppel waarnemingen aan deze schouw met de keuze 'Schouw' op het formulier van een waarneming.",
            Redirect = w => RedirectToPage("/Aanpakken/Waarnemingen/Schouwen/Detail", new { id = Id, walkId = w.Id }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
        });
}
