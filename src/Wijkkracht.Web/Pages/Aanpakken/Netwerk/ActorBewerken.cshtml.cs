using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>Change or delete an actor. A protected person is changed only by those who need to know who it is.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class ActorBewerkenModel(ApproachService approaches, ActorService actors, NetworkRoleCatalog roles) : ActorFormModel(approaches, roles)
{
    [BindProperty(SupportsGet = true)]
    public Guid ActorId { get; set; }

    public ActorView? Current { get; private set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (Current!.Pseudonymised)
            return Forbid();
        Input = ActorInput.From(Current.Actor);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => actors.UpdateAsync(Id, ActorId, Input, actor, ct), new FormOutcome<ActorView>
        {
            Saved = "De actor is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Netwerk/Actor", new { id = Id, actorId = ActorId }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await actors.GetAsync(Id, ActorId, actor, ct)).Value?.Actor.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await actors.DeleteAsync(Id, ActorId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De actor is verwijderd, met zijn relaties en contactlog.";
        return RedirectToPage("/Aanpakken/Netwerk/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        var result = await actors.GetAsync(Id, ActorId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Current = result.Value!;
        return null;
    }
}
