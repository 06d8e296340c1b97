using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>Shared state of the actor forms: the input, the role list (content) and the team members who can be the contact.</summary>
public abstract class ActorFormModel(ApproachService approaches, NetworkRoleCatalog roles) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public ActorInput Input { get; set; } = new();

    public NetworkRoleCatalog Roles { get; } = roles;

    public IReadOnlyList<SelectListItem> Contacts { get; private set; } = [];

    /// <summary>Loads the approach and the contact list; only the core team with edit rights may use the forms.</summary>
    protected async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("netwerk", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (!CanEdit || !RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewStories))
            return Forbid();
        var members = (await Approaches.ListMembersAsync(Id, actor, ct)).Value ?? [];
        Contacts = [new("Niemand", ""), .. members.Where(m => m.UserId is not null && m.Role != ApproachRole.Netwerklid)
            .Select(m => new SelectListItem($"{m.DisplayName} ({RoleLabels.For(m.Role).ToLowerInvariant()})", m.UserId.ToString()))];
        return null;
    }
}
