using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Downloads the processing record as a Word document; the export is audited.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class VerwerkingsregisterWordModel(ProcessingRecordService records, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await records.WordAsync(id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        return File(result.Value!, DocxWriter.ContentType, $"verwerkingsregister-{time.GetLocalNow():yyyy-MM-dd}.docx");
    }
}
