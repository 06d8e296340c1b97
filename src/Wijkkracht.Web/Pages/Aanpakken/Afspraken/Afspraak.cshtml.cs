using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Afspraken;

/// <summary>Change an agreement: the whole form for members with edit rights, only stand and voortgang for the agreement's owner (whatever their role).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class AfspraakModel(ApproachService approaches, MeetingService meetings) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid AgreementId { get; set; }

    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    public MeetingAgreement Agreement { get; private set; } = null!;

    public string? Conflict { get; private set; }

    public IReadOnlyList<MemberEntry> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerItems =>
        [new SelectListItem("Geen lid: vul hieronder een naam of groep in", ""), .. Members.Select(m => new SelectListItem(m.DisplayName, m.UserId!.Value.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = AgreementInput.From(Agreement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return await this.SubmitAsync(
            () => meetings.UpdateAgreementAsync(Id, AgreementId, Input, actor, ct),
            new FormOutcome<MeetingAgreement>
            {
                SavedFor = a => $"De afspraak '{a.What}' is bijgewerkt.",
                Redirect = _ => RedirectToPage("/Aanpakken/Afspraken/Index", new { id = Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => (Input.Version = (await meetings.GetAgreementAsync(Id, AgreementId, actor, ct)).Value?.Version)?.ToString(),
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await meetings.DeleteAgreementAsync(Id, AgreementId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De afspraak is verwijderd.";
        return RedirectToPage("/Aanpakken/Afspraken/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("afspraken", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var result = await meetings.GetAgreementAsync(Id, AgreementId, actor, ct);
        if (!result.IsOk)
            return NotFound();
        Agreement = result.Value!;
        if (!CanEdit && Agreement.OwnerUserId != actor.UserId)
            return Forbid();
        if (CanEdit)
            Members = ((await Approaches.ListMembersAsync(Id, actor, ct)).Value ?? []).Where(m => m.UserId is not null).ToList();
        return null;
    }
}
