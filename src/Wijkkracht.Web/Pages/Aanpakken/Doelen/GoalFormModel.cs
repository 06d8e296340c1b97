using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Goals;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Doelen;

/// <summary>Shared state of the goal forms.</summary>
public abstract class GoalFormModel(ApproachService approaches, GoalFormLists lists) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public GoalFormLists Lists { get; } = lists;

    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];

    /// <summary>Whether the network-owner confirmation shows: after its warning, or when already ticked.</summary>
    public bool ShowNetworkOwnerConfirmation =>
        Input.ConfirmNetworkOwner || ModelState.TryGetValue("Input." + nameof(GoalInput.ConfirmNetworkOwner), out var entry) && entry.Errors.Count > 0;

    protected async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("doelen", ct) is { } denied)
            return denied;
        await LoadOwnersAsync(ct);
        return null;
    }

    /// <summary>The owner pick list (members of the approach only); the approach must be loaded.</summary>
    protected async Task LoadOwnersAsync(CancellationToken ct) =>
        OwnerItems = await Lists.MemberOwnersAsync(HttpContext.GetActor(), Id, ct);
}
