using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Doelen;

/// <summary>
/// One goal. Members with edit rights change or delete it; the goal's owner (e.g. a partner) updates only its status
/// and progress note; everyone else reads it as text (issue 9 §2).
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class BewerkenModel(ApproachService approaches, GoalService goals, GoalFormLists lists, WijkkrachtDbContext db) : GoalFormModel(approaches, lists)
{
    [BindProperty(SupportsGet = true)]
    public Guid GoalId { get; set; }

    /// <summary>The owner's form: status and progress note only.</summary>
    [BindProperty]
    public GoalProgressInput Progress { get; set; } = new();

    public string? Conflict { get; private set; }

    /// <summary>The saved goal, shown as text to readers and owners.</summary>
    public Goal? Goal { get; private set; }

    public string? OwnerName { get; private set; }

    /// <summary>The reader owns the goal (and may not edit the plan): the progress form shows.</summary>
    public bool CanUpdateProgress { get; private set; }

    public Microsoft.AspNetCore.Mvc.Rendering.SelectListItem[] StatusItems => [.. Lists.Statuses];

    public string RungLabel(int rung) => Lists.RungLabel(rung);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = GoalInput.From(Goal!);
        Progress = new GoalProgressInput { Status = Goal!.Status, ProgressNote = Goal.ProgressNote, Version = Goal.Version };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => goals.UpdateAsync(Id, GoalId, Input, actor, ct), new FormOutcome<Goal>
        {
            Saved = "Het doel is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Doelen/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await goals.GetAsync(Id, GoalId, actor, ct)).Value?.Version)?.ToString(),
        });
    }

    /// <summary>The owner's update: status and progress note.</summary>
    public Task<IActionResult> OnPostVoortgangAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => goals.UpdateProgressAsync(Id, GoalId, Progress, actor, ct), new FormOutcome<Goal>
        {
            Saved = "De voortgang van het doel is opgeslagen.",
            Prefix = "Progress",
            Redirect = _ => RedirectToPage("/Aanpakken/Doelen/Bewerken", new { id = Id, goalId = GoalId }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Progress.Version = (await goals.GetAsync(Id, GoalId, actor, ct)).Value?.Version)?.ToString(),
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

    /// <summary>Loads the approach, the goal and (for editors) the owner pick list; 404 when the goal is not there.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("doelen", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var goal = await goals.GetAsync(Id, GoalId, actor, ct);
        if (!goal.IsOk)
            return NotFound();
        Goal = goal.Value!;
        CanUpdateProgress = GoalService.CanUpdateProgress(Goal, actor, CanEdit);
        if (Goal.OwnerUserId is { } owner)
            OwnerName = await db.Users.AsNoTracking().Where(u => u.Id == owner && u.OrganisationId == actor.OrganisationId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        if (CanEdit)
            await LoadOwnersAsync(ct);
        return null;
    }
}
