using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>Add an actor to the network (core team with edit rights).</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class ActorNieuwModel(ApproachService approaches, ActorService actors, NetworkRoleCatalog roles) : ActorFormModel(approaches, roles)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        Input.Kind = ActorKind.Persoon;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => actors.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<ActorView>
        {
            SavedFor = a => $"{a.Actor.DisplayName} staat in het netwerk.",
            Redirect = a => RedirectToPage("/Aanpakken/Netwerk/Actor", new { id = Id, actorId = a.Actor.Id }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
        });
}
