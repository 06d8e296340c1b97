using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>One follow-up: update status and feedback, or delete it. Opening it is an audited read.</summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class TerugkoppelingModel(ApproachService approaches, FollowUpService followUps) : FollowUpFormModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid FollowUpId { get; set; }

    public FollowUp? FollowUp { get; private set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = FollowUpInput.From(FollowUp!);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => followUps.UpdateAsync(Id, FollowUpId, Input, actor, ct), new FormOutcome<FollowUp>
        {
            Saved = "De terugkoppeling is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Gesprekken/Terugkoppelingen", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await followUps.GetAsync(Id, FollowUpId, actor, ct)).Value?.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await followUps.DeleteAsync(Id, FollowUpId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De terugkoppeling is verwijderd.";
        return RedirectToPage("/Aanpakken/Gesprekken/Terugkoppelingen", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("terugkoppelingen", ct) is { } denied)
            return denied;
        var result = await followUps.GetAsync(Id, FollowUpId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        FollowUp = result.Value!;
        return null;
    }
}
