using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>The print-friendly progress report (reading it is audited).</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class RapportModel(ApproachService approaches, ReportService reports) : WorkspacePageModel(approaches)
{
    public ApproachReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("rapport", ct) is { } denied)
            return denied;
        var result = await reports.BuildAsync(Id, ReportKind.Progress, HttpContext.GetActor(), export: false, ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Report = result.Value!;
        return Page();
    }
}
