using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Evaluatie;

/// <summary>Record or change a success celebrated (core team and partners; a partner changes their own; ESS step 11).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class SuccesModel(ApproachService approaches, ResistanceAndSuccessService log, ActionService actions, FieldworkGuide guide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? CelebrationId { get; set; }

    [BindProperty]
    public CelebrationInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public FieldworkGuide Guide => guide;

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(CelebrationDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, CelebrationDefaults.Visibility, View.CanManageMembers);

    public IReadOnlyList<SelectListItem> AttentionItems =>
        Enum.GetValues<CelebrationAttention>().Select(a => new SelectListItem(ResistanceLabels.For(a), a.ToString())).ToList();

    public IReadOnlyList<SelectListItem> ActionItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (CelebrationId is { } id)
        {
            var found = (await log.CelebrationAsync(Id, id, HttpContext.GetActor(), ct)).Value!;
            Input = CelebrationInput.From(found);
            CurrentVisibility = VisibilityChoice.From(found);
        }
        else
        {
            Input.CelebratedOn = PlausibleDates.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => CelebrationId is { } id ? log.UpdateCelebrationAsync(Id, id, Input, actor, ct) : log.CreateCelebrationAsync(Id, Input, actor, ct),
            new FormOutcome<Celebration>
            {
                SavedFor = c => $"Het succes '{c.Success}' is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Evaluatie/Index", null, new { id = Id }, "successen"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => CelebrationId is { } id ? (Input.Version = (await log.CelebrationAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (CelebrationId is not { } id)
            return NotFound();
        var result = await log.DeleteCelebrationAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het succes is verwijderd.";
        return RedirectToPage("/Aanpakken/Evaluatie/Index", null, new { id = Id }, "successen");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("evaluatie", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (await Approaches.ResolveAsync(Id, actor, ct) is not { } access)
            return NotFound();
        var readable = (await actions.ListAsync(Id, new ActionFilter(), PageRequest.Create(1, Page<ActionView>.MaxPageSize), actor, ct)).Value?.Items.Select(v => v.Action) ?? [];
        ActionItems = [new("Geen", ""), .. readable.Select(a => new SelectListItem($"{a.Title} ({ActionLabels.For(a.Kind)})", a.Id.ToString()))];
        if (CelebrationId is { } id)
        {
            var found = await log.CelebrationAsync(Id, id, actor, ct);
            if (!found.IsOk)
                return NotFound();
            return ResistanceAndSuccessService.CanEdit(access, found.Value!) ? null : Forbid();
        }

        return ActionService.CanCreate(access) ? null : Forbid();
    }
}
