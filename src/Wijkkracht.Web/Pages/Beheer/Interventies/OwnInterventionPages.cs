using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Interventies;

/// <summary>Own interventions of the organisation, and which standard interventions are hidden.</summary>
[RequiresPermission(Permission.ManageKnowledge)]
public sealed class IndexModel(InterventionCatalogService catalog, KnowledgeBase kb) : PageModel
{
    public KnowledgeBase Kb => kb;

    public List<OwnIntervention> Own { get; private set; } = [];

    public HashSet<string> Hidden { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Own = await catalog.ListOwnAsync(ct);
        Hidden = await catalog.HiddenAsync(ct);
    }

    public async Task<IActionResult> OnPostVerbergAsync(string? interventionId, bool hide, CancellationToken ct)
    {
        var result = await catalog.SetHiddenAsync(interventionId ?? "", hide, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        TempData["Melding"] = result.IsOk ? (hide ? "De interventie is verborgen voor uw organisatie." : "De interventie is weer zichtbaar.") : "Deze interventie bestaat niet.";
        return RedirectToPage("/Beheer/Interventies/Index", null, "standaard");
    }
}

/// <summary>Shared form for an own intervention.</summary>
public abstract class OwnInterventionFormModel(KnowledgeBase kb) : PageModel
{
    [BindProperty]
    public OwnInterventionInput Input { get; set; } = new();

    public KnowledgeBase Kb => kb;

    public IReadOnlyList<SelectListItem> KindItems { get; } =
        [new("Interventie", nameof(OwnInterventionKind.Interventie)), new("Praktijkvoorbeeld uit de eigen gemeente", nameof(OwnInterventionKind.Praktijkvoorbeeld))];

    public IReadOnlyList<SelectListItem> DirectionItems =>
        [new("Geen", ""), .. kb.FacetDefinitions[KnowledgeBase.FacetSolutionDirection].Values.Select(v => new SelectListItem(v.Label, v.Id))];

    public string? Conflict { get; protected set; }
}

/// <summary>New own intervention.</summary>
[RequiresPermission(Permission.ManageKnowledge)]
public sealed class NieuwModel(InterventionCatalogService catalog, KnowledgeBase kb) : OwnInterventionFormModel(kb)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => catalog.CreateOwnAsync(Input, HttpContext.GetActor(), ct), new FormOutcome<OwnIntervention>
        {
            Saved = "De interventie is toegevoegd.",
            Redirect = _ => RedirectToPage("/Beheer/Interventies/Index"),
            ShowAgain = () => Task.FromResult<IActionResult>(Page()),
        });
}

/// <summary>Change or delete an own intervention. Another organisation's id: 404 (checked before permissions).</summary>
[RecordPage(Permission.ManageKnowledge)]
public sealed class BewerkenModel(InterventionCatalogService catalog, KnowledgeBase kb) : OwnInterventionFormModel(kb)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var own = await catalog.GetOwnAsync(Id, ct);
        if (!own.IsOk)
            return NotFound();
        if (!HttpContext.GetActor().Can(Permission.ManageKnowledge))
            return Forbid();
        var o = own.Value!;
        Input = new OwnInterventionInput
        {
            Kind = o.Kind,
            Title = o.Title,
            Summary = o.Summary,
            Description = o.Description,
            Municipality = o.Municipality,
            SolutionDirection = o.SolutionDirection,
            TargetGroups = [.. o.TargetGroups],
            Locations = [.. o.Locations],
            Themes = [.. o.Themes],
            PpctLevels = [.. o.PpctLevels],
            Version = o.Version,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => catalog.UpdateOwnAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<OwnIntervention>
        {
            Saved = "De interventie is opgeslagen.",
            Redirect = _ => RedirectToPage("/Beheer/Interventies/Index"),
            ShowAgain = () => Task.FromResult<IActionResult>(Page()),
            OnConflict = message => Conflict = message,
        });

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct) =>
        await this.ToPageResultAsync(await catalog.DeleteOwnAsync(Id, HttpContext.GetActor(), ct), new FormOutcome<bool>
        {
            Saved = "De interventie is verwijderd.",
            Redirect = _ => RedirectToPage("/Beheer/Interventies/Index"),
            ShowAgain = () => OnGetAsync(ct),
            OnConflict = message => Conflict = message,
        });
}
