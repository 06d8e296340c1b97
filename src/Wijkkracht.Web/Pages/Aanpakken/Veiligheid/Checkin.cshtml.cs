using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Veiligheid;

/// <summary>
/// Record a check-in with an active resident with the guide's open-dialogue questions (core team; issue 14 §4), or read
/// one (the author, the safety contacts, the coordinators); only the author changes it.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class CheckinModel(ApproachService approaches, CheckInService checkIns, SafetyGuide guide, TimeProvider time) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? CheckInId { get; set; }

    /// <summary>Pre-selects the resident (from the "not checked in with" list, ?met=).</summary>
    [BindProperty(SupportsGet = true, Name = "met")]
    public string? With { get; set; }

    [BindProperty]
    public CheckInInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public SafetyGuide Guide => guide;

    public CheckInView? Existing { get; private set; }

    /// <summary>Whether the form may be saved: a new check-in, or the author's own.</summary>
    public bool Editable { get; private set; }

    public IReadOnlyList<SelectListItem> SubjectItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (Existing is { } e)
        {
            var c = e.CheckIn;
            Input = new CheckInInput
            {
                Subject = c.MemberUserId is { } u ? CheckInService.MemberKey(u) : CheckInService.ActorKey(c.ActorId!.Value),
                On = c.On,
                HowAreYou = e.HowAreYou,
                UnsafeSituation = c.UnsafeSituation,
                Incident = c.Incident,
                Threatened = c.Threatened,
                Notes = e.Notes,
                Version = c.Version,
            };
        }
        else
        {
            Input.On = PlausibleDates.Today(time);
            Input.Subject = With;
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => CheckInId is { } id ? checkIns.UpdateAsync(Id, id, Input, actor, ct) : checkIns.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<CheckIn>
            {
                Saved = Input.Threatened || Input.Incident || Input.UnsafeSituation
                    ? "De check-in is opgeslagen. Er is een signaal van onveiligheid: maak samen met de bewoner een melding, zodat de contactpersoon voor veiligheid het opvolgt."
                    : "De check-in is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Veiligheid/Index", null, new { id = Id }, "checkins"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => CheckInId is { } id ? (Input.Version = (await checkIns.GetAsync(Id, id, actor, ct)).Value?.CheckIn.Version)?.ToString() : null,
            });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("veiligheid", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (await Approaches.ResolveAsync(Id, actor, ct) is not { } access)
            return NotFound();
        if (CheckInId is { } id)
        {
            var found = await checkIns.GetAsync(Id, id, actor, ct);
            if (!found.IsOk || !found.Value!.ShowsAnswers)
                return NotFound();
            Existing = found.Value;
            Editable = Existing.CheckIn.ByUserId == actor.UserId;
        }
        else
        {
            if (!CheckInService.CanRecord(access))
                return Forbid();
            Editable = true;
        }

        var subjects = (await checkIns.SubjectsAsync(Id, actor, ct)).Value ?? [];
        SubjectItems = [new("Kies met wie u sprak", ""), .. subjects.Select(s => new SelectListItem(s.Name + (s.IsMember ? " (netwerklid)" : " (in het netwerk)"), s.Key))];
        return null;
    }
}
