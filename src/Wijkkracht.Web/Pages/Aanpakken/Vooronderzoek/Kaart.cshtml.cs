using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Vooronderzoek;

/// <summary>Add (no id) or change and delete an entry of the sociale kaart; for members with edit rights.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class KaartModel(ApproachService approaches, SocialMapService socialMap) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? EntryId { get; set; }

    [BindProperty]
    public SocialMapInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(DeskResearchDefaults.SocialMapVisibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, DeskResearchDefaults.SocialMapVisibility, View.CanManageMembers);

    public IReadOnlyList<SelectListItem> KindItems { get; } =
        [new("Kies de soort", ""), .. Enum.GetValues<SocialMapKind>().Select(k => new SelectListItem(DeskResearchLabels.For(k), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (EntryId is { } id)
        {
            var e = await socialMap.GetAsync(Id, id, HttpContext.GetActor(), ct);
            if (!e.IsOk)
                return NotFound();
            Input = SocialMapInput.From(e.Value!);
            CurrentVisibility = VisibilityChoice.From(e.Value!);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => EntryId is { } id ? socialMap.UpdateAsync(Id, id, Input, actor, ct) : socialMap.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<SocialMapEntry>
            {
                SavedFor = e => $"'{e.Name}' staat op de sociale kaart.",
                Redirect = _ => RedirectToPage("/Aanpakken/Vooronderzoek/Index", null, new { id = Id }, "sociale-kaart"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => EntryId is { } id ? (Input.Version = (await socialMap.GetAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (EntryId is not { } id)
            return NotFound();
        var result = await socialMap.DeleteAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het verband is van de sociale kaart gehaald.";
        return RedirectToPage("/Aanpakken/Vooronderzoek/Index", null, new { id = Id }, "sociale-kaart");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("vooronderzoek", ct) is { } denied)
            return denied;
        return CanEdit ? null : Forbid();
    }
}
