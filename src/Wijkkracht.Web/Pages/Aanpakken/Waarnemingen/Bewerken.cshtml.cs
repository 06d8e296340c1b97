using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

/// <summary>
/// One observation. Its observers and members with edit rights change or delete it; everyone else in the approach reads
/// when, where and which groups (the free text only when they are in the core team).
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class BewerkenModel(ApproachService approaches, ObservationService observations, ObservationCatalog catalog, WijkkrachtDbContext db, AuditService audit, IConfiguration configuration)
    : ObservationFormModel(approaches, catalog, db, audit, configuration)
{
    private readonly WijkkrachtDbContext _db = db;

    [BindProperty(SupportsGet = true)]
    public Guid ObservationId { get; set; }

    public ObservationView? Observation { get; private set; }

    public string? Conflict { get; private set; }

    public string ObserverNames { get; private set; } = "";

    public bool CanChange => Observation?.CanChange == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (CanChange)
        {
            Input = ObservationInput.From(Observation!.Observation, Catalog);
            await LoadFormAsync(ct);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => observations.UpdateAsync(Id, ObservationId, Input, actor, ct), new FormOutcome<Observation>
        {
            Saved = "De waarneming is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Waarnemingen/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? await LoadFormAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await observations.GetAsync(Id, ObservationId, actor, ct)).Value?.Observation.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await observations.DeleteAsync(Id, ObservationId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De waarneming is verwijderd.";
        return RedirectToPage("/Aanpakken/Waarnemingen/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var result = await observations.GetAsync(Id, ObservationId, actor, ct);
        if (!result.IsOk)
            return NotFound();
        Observation = result.Value!;
        var ids = ObservationCodec.DecodeIds(Observation.Observation.OtherObservers).Prepend(Observation.Observation.RecordedByUserId).ToList();
        var names = await _db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.OrganisationId == actor.OrganisationId).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        ObserverNames = string.Join(", ", ids.Select(id => names.FirstOrDefault(n => n.Id == id)?.DisplayName).Where(n => n is not null));
        return null;
    }
}
