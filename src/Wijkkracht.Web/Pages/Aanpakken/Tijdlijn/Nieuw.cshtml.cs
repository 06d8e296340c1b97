using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Tijdlijn;

/// <summary>Add an event to the timeline.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class NieuwModel(ApproachService approaches, TimelineService timeline) : TimelineFormModel(approaches)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        Input.Tone = TimelineTone.Neutraal;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.ThemeIds ??= [];
        return this.SubmitAsync(() => timeline.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<TimelineEvent>
        {
            Saved = "De gebeurtenis staat op de tijdlijn.",
            Redirect = _ => RedirectToPage("/Aanpakken/Tijdlijn/Index", new { id = Id }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
        });
    }
}
