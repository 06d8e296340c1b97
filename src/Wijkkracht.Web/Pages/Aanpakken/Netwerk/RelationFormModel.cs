using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>Shared state of the relation forms: the input and the actors to choose from (names as the reader may see them).</summary>
public abstract class RelationFormModel(ApproachService approaches, ActorService actors) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public RelationInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> FromActors { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ToActors { get; private set; } = [];

    protected async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("netwerk", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (!CanEdit || !RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewStories))
            return Forbid();
        var list = (await actors.AllAsync(Id, actor, ct)).Value ?? [];
        FromActors = NetworkLists.Actors(list, "Kies van wie");
        ToActors = NetworkLists.Actors(list, "Kies met wie");
        return null;
    }
}
