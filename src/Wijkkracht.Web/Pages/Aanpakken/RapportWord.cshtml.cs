using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>
/// Downloads the plan or the progress report as a Word document; the export is audited. The progress report takes the
/// same period as the report page (?van=…&amp;tot=…); a period that is not valid goes back to the report page, which
/// shows why.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class RapportWordModel(ReportService reports, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Tot { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken ct)
    {
        var reportKind = kind == "plan" ? ReportKind.Plan : ReportKind.Progress;
        ReportPeriod? period = null;
        if (reportKind == ReportKind.Progress)
        {
            period = RapportModel.PeriodFromInput(this, Van, Tot, await reports.DefaultPeriodAsync(id, ct), time);
            if (period is null)
                return RedirectToPage("/Aanpakken/Rapport", new { id, van = Request.Query["van"].ToString(), tot = Request.Query["tot"].ToString() });
        }

        var result = await reports.BuildAsync(id, reportKind, HttpContext.GetActor(), export: true, period, ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        var name = reportKind == ReportKind.Plan ? "plan-van-aanpak" : "voortgangsrapportage";
        return File(DocxWriter.Write(result.Value!), DocxWriter.ContentType, $"{name}-{time.GetLocalNow():yyyy-MM-dd}.docx");
    }
}
