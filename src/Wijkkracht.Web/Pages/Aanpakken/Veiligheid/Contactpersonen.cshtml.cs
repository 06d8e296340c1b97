using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Veiligheid;

/// <summary>Name the safety contacts of the approach and the first-contact deadline (those who lead the approach, coordinators).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class ContactpersonenModel(ApproachService approaches, SafetyReportService reports) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public SafetySetupInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> ResponsibleItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PoliceItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        var current = (await reports.SetupAsync(Id, HttpContext.GetActor(), ct)).Value!;
        Input = new SafetySetupInput
        {
            ResponsibleUserId = current.Setup?.ResponsibleUserId,
            PoliceContactUserId = current.Setup?.PoliceContactUserId,
            FirstContactHours = current.FirstContactHours,
            Version = current.Setup?.Version,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(
            () => reports.SaveSetupAsync(Id, Input, HttpContext.GetActor(), ct),
            new FormOutcome<SafetySetup>
            {
                Saved = "De contactpersonen voor veiligheid zijn opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Veiligheid/Index", null, new { id = Id }, "melden"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => (Input.Version = (await reports.SetupAsync(Id, HttpContext.GetActor(), ct)).Value?.Setup?.Version)?.ToString(),
            });

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("veiligheid", ct) is { } denied)
            return denied;
        if (await reports.RightsAsync(Id, HttpContext.GetActor(), ct) is not { } rights)
            return NotFound();
        if (!rights.ManagesContacts)
            return Forbid();
        var candidates = await reports.CandidatesAsync(Id, ct);
        ResponsibleItems = [new("Kies de verantwoordelijke ambtenaar", ""), .. candidates.Where(c => SafetyReportService.IsMunicipalRole(c.Role))
            .Select(c => new SelectListItem($"{c.Name} ({RoleLabels.For(c.Role)})", c.UserId.ToString()))];
        PoliceItems = [new("Niemand", ""), .. candidates.Select(c => new SelectListItem($"{c.Name} ({RoleLabels.For(c.Role)})", c.UserId.ToString()))];
        return null;
    }
}
