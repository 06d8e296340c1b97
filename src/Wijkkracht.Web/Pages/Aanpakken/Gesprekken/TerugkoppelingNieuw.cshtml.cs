using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>Add a follow-up promised to residents, optionally from a conversation.</summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class TerugkoppelingNieuwModel(ApproachService approaches, FollowUpService followUps, TimeProvider time) : FollowUpFormModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? ConversationId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        Input.RaisedOn = PlausibleDates.Today(time);
        Input.Status = FollowUpStatus.Open;
        Input.ConversationId = ConversationId;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => followUps.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<FollowUp>
        {
            Saved = "De terugkoppeling is toegevoegd.",
            Redirect = _ => RedirectToPage("/Aanpakken/Gesprekken/Terugkoppelingen", new { id = Id }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
        });

    private async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("terugkoppelingen", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (!RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewStories) || !CanEdit)
            return Forbid();
        return null;
    }
}
