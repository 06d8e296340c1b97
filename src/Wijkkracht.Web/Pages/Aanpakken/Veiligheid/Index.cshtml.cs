using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Veiligheid;

/// <summary>
/// The safety page of an approach (issue 14): how to report and who follows up (everyone), one's own reports with their
/// status, and — by role — all reports (safety contacts, coordinators), the safety agreements and the check-ins.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(
    ApproachService approaches, SafetyReportService reports, SafetyAgreementService agreements, CheckInService checkIns, SafetyGuide guide, TimeProvider time)
    : WorkspacePageModel(approaches)
{
    /// <summary>Weeks without a check-in after which an active resident is listed (?weken=).</summary>
    [BindProperty(SupportsGet = true, Name = "weken")]
    public int Weeks { get; set; } = SafetyDefaults.CheckInWeeks;

    public SafetyGuide Guide => guide;

    public SafetyRights Rights { get; private set; } = null!;

    public SafetySetupView Contacts { get; private set; } = new(null, null, null);

    public IReadOnlyList<SafetyReportStatusView> Mine { get; private set; } = [];

    public IReadOnlyList<SafetyReportListItem> All { get; private set; } = [];

    public IReadOnlyList<SafetyAgreement> Agreements { get; private set; } = [];

    public bool CanRecord { get; private set; }

    public IReadOnlyList<CheckInSubject> Overdue { get; private set; } = [];

    public IReadOnlyList<CheckInView> RecentCheckIns { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("veiligheid", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        Rights = (await reports.RightsAsync(Id, actor, ct))!;
        Contacts = (await reports.SetupAsync(Id, actor, ct)).Value!;
        Mine = (await reports.MineAsync(Id, actor, ct)).Value ?? [];
        if (Rights.FollowsUp)
            All = (await reports.ListAsync(Id, actor, ct)).Value ?? [];
        Agreements = (await agreements.ListAsync(Id, actor, ct)).Value ?? [];
        CanRecord = CheckInService.CanRecord(Rights.Access);
        Weeks = Math.Clamp(Weeks, 1, 104);
        if (CanRecord)
        {
            Overdue = (await checkIns.OverdueAsync(Id, Weeks, actor, ct)).Value ?? [];
            RecentCheckIns = ((await checkIns.ListAsync(Id, actor, ct)).Value ?? []).Take(20).ToList();
        }

        Today = PlausibleDates.Today(time);
        return Page();
    }
}
