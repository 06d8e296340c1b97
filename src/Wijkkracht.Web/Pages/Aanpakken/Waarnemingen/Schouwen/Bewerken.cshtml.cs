using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen.Schouwen;

/// <summary>Change or delete a walk: its participants and members with edit rights.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class BewerkenModel(ApproachService approaches, WalkService walks, WijkkrachtDbContext db, AuditService audit)
    : WalkFormModel(approaches, walks, db, audit)
{
    [BindProperty(SupportsGet = true)]
    public Guid WalkId { get; set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        var walk = await Walks.GetAsync(Id, WalkId, HttpContext.GetActor(), ct);
        if (!walk.IsOk)
            return NotFound();
        if (!walk.Value!.CanChange)
            return Forbid();
        Input = WalkInput.From(walk.Value.Walk);
        return await LoadFormAsync(ct) ?? Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => Walks.UpdateAsync(Id, WalkId, Input, actor, ct), new FormOutcome<Walk>
        {
            Saved = "De schouw is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Waarnemingen/Schouwen/Detail", new { id = Id, walkId = WalkId }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await Walks.GetAsync(Id, WalkId, actor, ct)).Value?.Walk.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await Walks.DeleteAsync(Id, WalkId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De schouw is verwijderd. De waarnemingen zijn bewaard.";
        return RedirectToPage("/Aanpakken/Waarnemingen/Schouwen/Index", new { id = Id });
    }
}
