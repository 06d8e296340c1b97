using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>Change, confirm or delete a relation, with who recorded it (core team with edit rights).</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class RelatieModel(ApproachService approaches, ActorService actors, RelationService relations) : RelationFormModel(approaches, actors)
{
    [BindProperty(SupportsGet = true)]
    public Guid RelationId { get; set; }

    public NetworkRelation? Current { get; private set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = RelationInput.From(Current!);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => relations.UpdateAsync(Id, RelationId, Input, actor, ct), new FormOutcome<NetworkRelation>
        {
            Saved = "De relatie is opgeslagen.",
            Redirect = r => RedirectToPage("/Aanpakken/Netwerk/Actor", new { id = Id, actorId = r.FromActorId }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await relations.GetAsync(Id, RelationId, actor, ct)).Value?.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var existing = await relations.GetAsync(Id, RelationId, HttpContext.GetActor(), ct);
        if (existing.Status == ResultStatus.NotFound)
            return NotFound();
        if (!existing.IsOk)
            return Forbid();
        var result = await relations.DeleteAsync(Id, RelationId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De relatie is verwijderd.";
        return RedirectToPage("/Aanpakken/Netwerk/Actor", new { id = Id, actorId = existing.Value!.FromActorId });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        var result = await relations.GetAsync(Id, RelationId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Current = result.Value!;
        return null;
    }
}
