using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Base for pages inside an approach's workspace: loads the approach (404 when not visible) and the sub-navigation.</summary>
public abstract class WorkspacePageModel(ApproachService approaches) : PageModel
{
    protected ApproachService Approaches { get; } = approaches;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ApproachView View { get; private set; } = null!;

    public ApproachNavModel Nav { get; private set; } = null!;

    public bool CanViewPlan { get; private set; }

    public bool CanEdit => View.CanEdit;

    /// <summary>Loads the approach; returns NotFound when the actor may not see it.</summary>
    protected async Task<IActionResult?> LoadApproachAsync(string section, CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var result = await Approaches.GetAsync(Id, actor, ct);
        if (!result.IsOk)
            return NotFound();
        View = result.Value!;
        CanViewPlan = RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewPlan);
        Nav = ApproachNavModel.For(HttpContext.RequestServices.GetRequiredService<PageAccessCatalog>(), actor, View.MyRole, Id, View.Approach.Title, section);
        return null;
    }
}
