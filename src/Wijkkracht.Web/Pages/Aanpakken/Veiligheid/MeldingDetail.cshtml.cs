using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Veiligheid;

/// <summary>
/// One report with its follow-up (issue 14 §2), for the safety contacts and coordinators only; anyone else — the reporter
/// included, who sees the status on the safety page — gets 404. Follow-up steps, closing with the evaluation, and the
/// person in the network register the report concerns (protection raised to bedreigd, and lowered again).
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class MeldingDetailModel(ApproachService approaches, SafetyReportService reports, TimeProvider time) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid ReportId { get; set; }

    [BindProperty]
    public FollowUpInput Stap { get; set; } = new();

    [BindProperty]
    public CloseReportInput Afsluiten { get; set; } = new();

    [BindProperty]
    public ReportPersonInput Persoon { get; set; } = new();

    public SafetyReportView Report { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> PersonItems { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> StepItems =>
        [new("Kies wat voor stap", ""), .. Enum.GetValues<FollowUpKind>().Select(k => new SelectListItem(SafetyLabels.For(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> LowerItems =>
        [.. new[] { ProtectionLevel.Afgeschermd, ProtectionLevel.Normaal, ProtectionLevel.Minderjarig }.Select(p => new SelectListItem(NetworkLabels.For(p), p.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Stap.On = PlausibleDates.Today(time);
        Stap.Kind = Report.Report.FirstContactAt is null ? FollowUpKind.EersteContact : null;
        Afsluiten.Version = Report.Report.Version;
        if (Report.Report.ActorPreviousProtection is { } previous && previous != ProtectionLevel.Bedreigd)
            Persoon.Protection = previous;
        return Page();
    }

    public Task<IActionResult> OnPostStapAsync(CancellationToken ct) =>
        this.SubmitAsync(
            () => reports.AddFollowUpAsync(Id, ReportId, Stap, HttpContext.GetActor(), ct),
            new FormOutcome<FollowUpView>
            {
                Prefix = nameof(Stap),
                Saved = "De stap in de opvolging is vastgelegd.",
                Redirect = _ => RedirectToPage(null, null, new { id = Id, reportId = ReportId }, "opvolging"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            });

    public Task<IActionResult> OnPostAfsluitenAsync(CancellationToken ct) =>
        this.SubmitAsync(
            () => reports.CloseAsync(Id, ReportId, Afsluiten, HttpContext.GetActor(), ct),
            new FormOutcome<SafetyReport>
            {
                Prefix = nameof(Afsluiten),
                Saved = "De melding is afgesloten met de evaluatie van de opvolging.",
                Redirect = _ => RedirectToPage(null, null, new { id = Id, reportId = ReportId }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                LatestVersion = async () => (Afsluiten.Version = (await reports.GetAsync(Id, ReportId, HttpContext.GetActor(), ct)).Value?.Report.Version)?.ToString(),
            });

    public Task<IActionResult> OnPostPersoonAsync(CancellationToken ct)
    {
        Persoon.Protection = null;
        return this.SubmitAsync(
            () => reports.SetPersonAsync(Id, ReportId, Persoon, HttpContext.GetActor(), ct),
            new FormOutcome<SafetyReport>
            {
                Prefix = nameof(Persoon),
                Saved = "De melding is gekoppeld aan de persoon in het netwerk. Het beschermingsniveau is nu 'bedreigd'.",
                Redirect = _ => RedirectToPage(null, null, new { id = Id, reportId = ReportId }, "persoon"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            });
    }

    public Task<IActionResult> OnPostVerlagenAsync(CancellationToken ct)
    {
        Persoon.ActorId = null;
        return this.SubmitAsync(
            () => reports.SetPersonAsync(Id, ReportId, Persoon, HttpContext.GetActor(), ct),
            new FormOutcome<SafetyReport>
            {
                Prefix = nameof(Persoon),
                Saved = "Het beschermingsniveau van de persoon is verlaagd.",
                Redirect = _ => RedirectToPage(null, null, new { id = Id, reportId = ReportId }, "persoon"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("veiligheid", ct) is { } denied)
            return denied;
        var result = await reports.GetAsync(Id, ReportId, HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return NotFound();
        Report = result.Value!;
        PersonItems = [new("Kies een persoon", ""), .. (await reports.PersonsAsync(Id, HttpContext.GetActor(), ct)).Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
        return null;
    }
}
