using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Veiligheid;

/// <summary>Record, review or remove a safety agreement (core team; issue 14 §3).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class AfspraakModel(ApproachService approaches, SafetyAgreementService agreements, ActionService actions, SafetyGuide guide, TimeProvider time)
    : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? AgreementId { get; set; }

    /// <summary>A new agreement for this risky action (from the action page, ?actie=).</summary>
    [BindProperty(SupportsGet = true, Name = "actie")]
    public Guid? ForAction { get; set; }

    [BindProperty]
    public SafetyAgreementInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public SafetyGuide Guide => guide;

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(SafetyDefaults.AgreementVisibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, SafetyDefaults.AgreementVisibility, View.CanManageMembers);

    public IReadOnlyList<SelectListItem> ActionItems { get; private set; } = [];

    public static IReadOnlyList<SafetyParty> PartyChoices { get; } = [SafetyParty.Politie, SafetyParty.Veiligheidshuis, SafetyParty.Wijkagent, SafetyParty.Gemeente, SafetyParty.Anders];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (AgreementId is { } id)
        {
            var found = (await agreements.GetAsync(Id, id, HttpContext.GetActor(), ct)).Value!;
            Input = SafetyAgreementInput.From(found);
            CurrentVisibility = VisibilityChoice.From(found);
        }
        else
        {
            var today = PlausibleDates.Today(time);
            Input.AgreedOn = today;
            Input.ReviewOn = today.AddMonths(3);
            Input.ActionId = ForAction;
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => AgreementId is { } id ? agreements.UpdateAsync(Id, id, Input, actor, ct) : agreements.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<SafetyAgreement>
            {
                SavedFor = a => $"De veiligheidsafspraak '{a.Title}' is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Veiligheid/Index", null, new { id = Id }, "afspraken"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => AgreementId is { } id ? (Input.Version = (await agreements.GetAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (AgreementId is not { } id)
            return NotFound();
        var result = await agreements.DeleteAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De veiligheidsafspraak is verwijderd.";
        return RedirectToPage("/Aanpakken/Veiligheid/Index", null, new { id = Id }, "afspraken");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("veiligheid", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (await Approaches.ResolveAsync(Id, actor, ct) is not { } access)
            return NotFound();
        if (AgreementId is { } id && !(await agreements.GetAsync(Id, id, actor, ct)).IsOk)
            return NotFound();
        if (!SafetyAgreementService.CanRecord(access))
            return Forbid();
        var readable = await actions.ReadableListAsync(Id, actor, ct);
        ActionItems = [new("Geen: de afspraak geldt voor de hele aanpak", ""),
            .. (readable ?? []).Select(a => new SelectListItem(a.Title + (a.Risky ? " (risicovol)" : ""), a.Id.ToString()))];
        return null;
    }
}
