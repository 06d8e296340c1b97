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

    protected async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("doelen", ct) is { } denied)
            return denied;
        OwnerItems = await Lists.OwnersAsync(HttpContext.GetActor(), ct);
        return null;
    }
}
