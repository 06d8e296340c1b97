using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>Record a relation between two actors (core team with edit rights); <c>van</c> preselects the first actor.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class RelatieNieuwModel(ApproachService approaches, ActorService actors, RelationService relations) : RelationFormModel(approaches, actors)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Van { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        Input.FromActorId = Van;
        Input.Type = RelationType.Kent;
        Input.Strength = 3;
        Input.Confidence = Confidence.Middel;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => relations.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<NetworkRelation>
        {
            Saved = "De relatie is vastgelegd.",
            Redirect = r => RedirectToPage("/Aanpakken/Netwerk/Actor", new { id = Id, actorId = r.FromActorId }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
        });
}
