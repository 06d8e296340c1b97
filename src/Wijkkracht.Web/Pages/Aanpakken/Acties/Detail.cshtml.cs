using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Acties;

/// <summary>
/// One action with what was observed; for an experiment its conditions, the neighbourhood meeting after the period and
/// the decision (stoppen, aanpassen, voortzetten, borgen), which only the core team records, after that meeting.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class DetailModel(ApproachService approaches, ActionService actions, GoalService goals, ThemeService themes, FieldworkGuide guide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid ActionId { get; set; }

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    public ActionView Item { get; private set; } = null!;

    public FieldworkGuide Guide => guide;

    public IReadOnlyList<string> GoalTitles { get; private set; } = [];

    public IReadOnlyList<string> ThemeNames { get; private set; } = [];

    public string? Conflict { get; private set; }

    public static IReadOnlyList<SelectListItem> DecisionItems { get; } =
        [new("Kies het besluit", ""), .. Enum.GetValues<ExperimentDecision>().Select(d => new SelectListItem(ActionLabels.For(d), d.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Decision = new DecisionInput { Decision = Item.Action.Decision, Note = Item.Action.DecisionNote, BorgingOwner = Item.Action.BorgingOwner, BorgingFunding = Item.Action.BorgingFunding, Version = Item.Action.Version };
        return Page();
    }

    public Task<IActionResult> OnPostBesluitAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => actions.DecideAsync(Id, ActionId, Decision, actor, ct),
            new FormOutcome<ActionView>
            {
                Prefix = "Decision",
                SavedFor = v => $"Het besluit '{ActionLabels.For(v.Action.Decision!.Value).ToLowerInvariant()}' is vastgelegd.",
                Redirect = _ => RedirectToPage("/Aanpakken/Acties/Detail", new { id = Id, actionId = ActionId }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => (Decision.Version = (await actions.GetAsync(Id, ActionId, actor, ct)).Value?.Action.Version)?.ToString(),
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await actions.DeleteAsync(Id, ActionId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De actie is verwijderd.";
        return RedirectToPage("/Aanpakken/Acties/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("acties", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var found = await actions.GetAsync(Id, ActionId, actor, ct);
        if (!found.IsOk)
            return NotFound();
        Item = found.Value!;
        if (Item.Action.GoalIds.Count > 0)
            GoalTitles = ((await goals.ListAsync(Id, actor, ct)).Value ?? []).Where(g => Item.Action.GoalIds.Contains(g.Id)).Select(g => g.Title).ToList();
        if (Item.Action.ThemeIds.Count > 0)
            ThemeNames = (await themes.NamesAsync(Id, ct)).Where(t => Item.Action.ThemeIds.Contains(t.Id)).Select(t => t.Name).ToList();
        return null;
    }
}
