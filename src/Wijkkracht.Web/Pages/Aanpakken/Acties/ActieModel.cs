using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;
using Wijkkracht.Web.Pages.Aanpakken.Doelen;

namespace Wijkkracht.Web.Pages.Aanpakken.Acties;

/// <summary>One choice in a list of check boxes (goals, themes, kansen, interventions).</summary>
public sealed record LinkChoice(string Value, string Label);

/// <summary>A group of check boxes posted as one list field (nothing is shown when there is nothing to choose).</summary>
public sealed record LinkChoices(string Name, string Legend, string Hint, IReadOnlyList<LinkChoice> Choices, IReadOnlyCollection<string> Selected);

/// <summary>
/// Add (no id) or change an action. The core team and partners add actions; the core team changes every action and a
/// partner the ones they own (the service decides; a page that may not be opened is a 403).
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class ActieModel(
    ApproachService approaches, ActionService actions, GoalService goals, ThemeService themes, OpportunityService opportunities,
    ApproachInterventionService interventions, GoalFormLists lists, FieldworkGuide guide, Core.Safety.SafetyGuide safetyGuide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? ActionId { get; set; }

    /// <summary>The kind of a new action, from the query string (?soort=Experiment).</summary>
    [BindProperty(SupportsGet = true, Name = "soort")]
    public ActionKind? NewKind { get; set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public GoalFormLists Lists => lists;

    public FieldworkGuide Guide => guide;

    public Core.Safety.SafetyGuide SafetyGuide => safetyGuide;

    public bool IsCoreTeam { get; private set; }

    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];

    public IReadOnlyList<LinkChoice> GoalChoices { get; private set; } = [];

    public IReadOnlyList<LinkChoice> ThemeChoices { get; private set; } = [];

    public IReadOnlyList<LinkChoice> OpportunityChoices { get; private set; } = [];

    public IReadOnlyList<LinkChoice> InterventionChoices { get; private set; } = [];

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(ActionDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, ActionDefaults.Visibility, View.CanManageMembers);

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        [new("Kies het soort", ""), .. Enum.GetValues<ActionKind>().Select(k => new SelectListItem(ActionLabels.For(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> StatusItems { get; } =
        Enum.GetValues<ActionStage>().Select(s => new SelectListItem(ActionLabels.For(s), s.ToString())).ToList();

    public IReadOnlyList<SelectListItem> ExampleItems =>
        [new("Geen voorbeeld gekozen", ""), .. guide.AllActivityExamples().Select(e => new SelectListItem($"{GoalLabels.For(e.Level)}: {e.Name}", e.Name))];

    public bool IsNew => ActionId is null;

    /// <summary>The links to goals, themes, kansen and interventions of the approach.</summary>
    public IEnumerable<LinkChoices> Links =>
    [
        new("Input.GoalIds", "Doelen", "Aan welke doelen van de aanpak werkt deze actie?", GoalChoices, Input.GoalIds.Select(g => g.ToString()).ToList()),
        new("Input.ThemeIds", "Thema's", "Uit welke thema's van de gesprekken komt de actie voort?", ThemeChoices, Input.ThemeIds.Select(g => g.ToString()).ToList()),
        new("Input.OpportunityIds", "Kansen op de kansenkaart", "Bij welke kans hoort deze small win?", OpportunityChoices, Input.OpportunityIds.Select(g => g.ToString()).ToList()),
        new("Input.InterventionSlugs", "Interventies", "Interventies die de aanpak koos (zie Interventies).", InterventionChoices, Input.InterventionSlugs),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (ActionId is { } id)
        {
            var found = await actions.GetAsync(Id, id, HttpContext.GetActor(), ct);
            if (!found.IsOk)
                return NotFound();
            if (!found.Value!.CanEdit)
                return Forbid();
            Input = ActionInput.From(found.Value.Action);
            CurrentVisibility = VisibilityChoice.From(found.Value.Action);
        }
        else
        {
            Input.Kind = NewKind;
            Input.Status = ActionStage.Gepland;
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => ActionId is { } id ? actions.UpdateAsync(Id, id, Input, actor, ct) : actions.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<ActionView>
            {
                SavedFor = v => $"De actie '{v.Action.Title}' is opgeslagen.",
                Redirect = v => RedirectToPage("/Aanpakken/Acties/Detail", new { id = Id, actionId = v.Action.Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => ActionId is { } id ? (Input.Version = (await actions.GetAsync(Id, id, actor, ct)).Value?.Action.Version)?.ToString() : null,
            });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("acties", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var access = await Approaches.ResolveAsync(Id, actor, ct);
        if (access is null)
            return NotFound();
        if (!ActionService.CanCreate(access))
            return Forbid();
        IsCoreTeam = access.Has(ApproachPermission.Edit);
        if (IsCoreTeam)
            OwnerItems = (await lists.MemberOwnersAsync(actor, Id, ct)).Where(i => !i.Text.Contains("(netwerklid", StringComparison.Ordinal)).ToList();
        GoalChoices = ((await goals.ListAsync(Id, actor, ct)).Value ?? []).Select(g => new LinkChoice(g.Id.ToString(), g.Title)).ToList();
        ThemeChoices = (await themes.NamesAsync(Id, ct)).Select(t => new LinkChoice(t.Id.ToString(), t.Name)).ToList();
        OpportunityChoices = ((await opportunities.AllAsync(Id, actor, ct)).Value ?? []).Select(o => new LinkChoice(o.Id.ToString(), o.Title)).ToList();
        InterventionChoices = ((await interventions.ListAsync(Id, actor, ct)).Value ?? [])
            .Select(i => new LinkChoice(i.Item.InterventionId, i.Card?.Title ?? i.Item.InterventionId)).ToList();
        return null;
    }
}
