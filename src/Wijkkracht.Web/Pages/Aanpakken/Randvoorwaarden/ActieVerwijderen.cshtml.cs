using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Randvoorwaarden;

/// <summary>Confirmation step before an action is removed (works without JavaScript): shows what will be removed.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class ActieVerwijderenModel(ApproachService approaches, PreconditionCheckService checks, WijkkrachtDbContext db) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid ActionId { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    public PreconditionAction Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        return await this.ToPageResultAsync(await checks.DeleteActionAsync(Id, ActionId, Version, HttpContext.GetActor(), ct), new FormOutcome<PreconditionAction>
        {
            SavedFor = a => $"De actie '{a.Description}' is verwijderd.",
            Redirect = _ => RedirectToPage("/Aanpakken/Randvoorwaarden/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            Prefix = "",
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("randvoorwaarden", ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        var action = await db.Set<PreconditionAction>().AsNoTracking().FirstOrDefaultAsync(a => a.ApproachId == Id && a.Id == ActionId, ct);
        if (action is null)
            return NotFound();
        Action = action;
        return null;
    }
}
