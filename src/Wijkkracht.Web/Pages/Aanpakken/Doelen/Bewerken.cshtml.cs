using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Doelen;

/// <summary>Change or delete a goal.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class BewerkenModel(ApproachService approaches, GoalService goals, GoalFormLists lists) : GoalFormModel(approaches, lists)
{
    [BindProperty(SupportsGet = true)]
    public Guid GoalId { get; set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        var goal = await goals.GetAsync(Id, GoalId, HttpContext.GetActor(), ct);
        if (!goal.IsOk)
            return NotFound();
        if (!CanEdit)
            return Forbid();
        Input = GoalInput.From(goal.Value!);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => goals.UpdateAsync(Id, GoalId, Input, actor, ct), new FormOutcome<Goal>
        {
            Saved = "Het doel is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Doelen/Index", new { id = Id }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await goals.GetAsync(Id, GoalId, actor, ct)).Value?.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await goals.DeleteAsync(Id, GoalId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het doel is verwijderd.";
        return RedirectToPage("/Aanpakken/Doelen/Index", new { id = Id });
    }
}
