using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Downloads the plan or the progress report as a Word document; the export is audited.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class RapportWordModel(ReportService reports) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string kind, CancellationToken ct)
    {
        var reportKind = kind == "plan" ? ReportKind.Plan : ReportKind.Progress;
        var result = await reports.BuildAsync(id, reportKind, HttpContext.GetActor(), export: true, ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        var name = reportKind == ReportKind.Plan ? "plan-van-aanpak" : "voortgangsrapportage";
        return File(DocxWriter.Write(result.Value!), DocxWriter.ContentType, $"{name}-{DateTime.Today:yyyy-MM-dd}.docx");
    }
}
