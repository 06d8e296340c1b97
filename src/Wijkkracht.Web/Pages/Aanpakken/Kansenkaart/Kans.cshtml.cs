using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;
using Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

namespace Wijkkracht.Web.Pages.Aanpakken.Kansenkaart;

/// <summary>Add (no id) or change and delete a pin on the kansenkaart; for members with edit rights. Works without JavaScript (coordinates as numbers).</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class KansModel(ApproachService approaches, OpportunityService opportunities, ThemeService themes, IConfiguration configuration) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? OpportunityId { get; set; }

    [BindProperty]
    public OpportunityInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public MapSettings Map { get; } = MapSettings.From(configuration);

    public string? AreaBoundary { get; private set; }

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(OpportunityDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, OpportunityDefaults.Visibility, View.CanManageMembers);

    public static IReadOnlyList<SelectListItem> StatusItems { get; } =
        Enum.GetValues<OpportunityStatus>().Select(s => new SelectListItem(OpportunityLabels.For(s), s.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (OpportunityId is { } id)
        {
            var o = await opportunities.GetAsync(Id, id, HttpContext.GetActor(), ct);
            if (!o.IsOk)
                return NotFound();
            Input = OpportunityInput.From(o.Value!);
            CurrentVisibility = VisibilityChoice.From(o.Value!);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => OpportunityId is { } id ? opportunities.UpdateAsync(Id, id, Input, actor, ct) : opportunities.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<Opportunity>
            {
                SavedFor = o => $"De kans '{o.Title}' is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Kansenkaart/Index", new { id = Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => OpportunityId is { } id ? (Input.Version = (await opportunities.GetAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (OpportunityId is not { } id)
            return NotFound();
        var result = await opportunities.DeleteAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De kans is van de kaart gehaald.";
        return RedirectToPage("/Aanpakken/Kansenkaart/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("kansenkaart", ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        Themes = await themes.NamesAsync(Id, ct);
        AreaBoundary = View.Approach.Area?.BoundaryGeoJson;
        return null;
    }
}
