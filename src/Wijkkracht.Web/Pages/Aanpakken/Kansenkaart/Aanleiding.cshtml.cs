using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Kansenkaart;

/// <summary>Add (no id) or change and delete an aanleiding (ESS step 9); for members with edit rights.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class AanleidingModel(ApproachService approaches, OpportunityService opportunities, TimeProvider time) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? OccasionId { get; set; }

    [BindProperty]
    public OccasionInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(OpportunityDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, OpportunityDefaults.Visibility, View.CanManageMembers);

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        [new("Kies probleem of kans", ""), .. Enum.GetValues<OccasionKind>().Select(k => new SelectListItem(OpportunityLabels.For(k), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (OccasionId is { } id)
        {
            var o = await opportunities.GetOccasionAsync(Id, id, HttpContext.GetActor(), ct);
            if (!o.IsOk)
                return NotFound();
            Input = OccasionInput.From(o.Value!);
            CurrentVisibility = VisibilityChoice.From(o.Value!);
        }
        else
        {
            Input.Date = PlausibleDates.Today(time);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => OccasionId is { } id ? opportunities.UpdateOccasionAsync(Id, id, Input, actor, ct) : opportunities.CreateOccasionAsync(Id, Input, actor, ct),
            new FormOutcome<Occasion>
            {
                Saved = "De aanleiding is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Kansenkaart/Index", new { id = Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => OccasionId is { } id ? (Input.Version = (await opportunities.GetOccasionAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (OccasionId is not { } id)
            return NotFound();
        var result = await opportunities.DeleteOccasionAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De aanleiding is verwijderd.";
        return RedirectToPage("/Aanpakken/Kansenkaart/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("kansenkaart", ct) is { } denied)
            return denied;
        return CanEdit ? null : Forbid();
    }
}
