using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Evaluatie;

/// <summary>
/// The print-friendly evaluation report (issue 13 §8) (its Word download is made on the export page, /delen). Like the other reports it
/// is for members who read the plan; every part follows the visibility model; reading and downloading are audited.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class RapportModel(ApproachService approaches, EvaluationReportService reports) : WorkspacePageModel(approaches)
{
    public EvaluationReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("evaluatie", ct) is { } denied)
            return denied;
        var result = await reports.BuildAsync(Id, HttpContext.GetActor(), export: false, ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Report = result.Value!;
        return Page();
    }
}
