using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Vooronderzoek;

/// <summary>Add (no id) or change and delete an earlier trajectory; for members with edit rights.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class TrajectModel(ApproachService approaches, TrajectoryService trajectories, DeskResearchGuide guide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? TrajectId { get; set; }

    [BindProperty]
    public TrajectoryInput Input { get; set; } = new();

    public DeskResearchGuide Guide { get; } = guide;

    public string? Conflict { get; private set; }

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(DeskResearchDefaults.TrajectoryVisibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, DeskResearchDefaults.TrajectoryVisibility, View.CanManageMembers);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (TrajectId is { } id)
        {
            var t = await trajectories.GetAsync(Id, id, HttpContext.GetActor(), ct);
            if (!t.IsOk)
                return NotFound();
            Input = TrajectoryInput.From(t.Value!);
            CurrentVisibility = VisibilityChoice.From(t.Value!);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => TrajectId is { } id ? trajectories.UpdateAsync(Id, id, Input, actor, ct) : trajectories.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<EarlierTrajectory>
            {
                SavedFor = t => $"Het traject '{t.Title}' is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Vooronderzoek/Index", new { id = Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => TrajectId is { } id ? (Input.Version = (await trajectories.GetAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (TrajectId is not { } id)
            return NotFound();
        var result = await trajectories.DeleteAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het traject is verwijderd.";
        return RedirectToPage("/Aanpakken/Vooronderzoek/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("vooronderzoek", ct) is { } denied)
            return denied;
        return CanEdit ? null : Forbid();
    }
}
