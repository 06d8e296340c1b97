using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Tijdlijn;

/// <summary>Change or delete an event on the timeline.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class BewerkenModel(ApproachService approaches, TimelineService timeline) : TimelineFormModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public TimelineEvent? Event { get; private set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = TimelineEventInput.From(Event!);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        Input.ThemeIds ??= [];
        return this.SubmitAsync(() => timeline.UpdateAsync(Id, EventId, Input, actor, ct), new FormOutcome<TimelineEvent>
        {
            Saved = "De gebeurtenis is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Tijdlijn/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await timeline.GetAsync(Id, EventId, actor, ct)).Value?.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await timeline.DeleteAsync(Id, EventId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De gebeurtenis is van de tijdlijn gehaald.";
        return RedirectToPage("/Aanpakken/Tijdlijn/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("tijdlijn", ct) is { } denied)
            return denied;
        var result = await timeline.GetAsync(Id, EventId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Event = result.Value!;
        return await LoadFormAsync(ct);
    }
}
