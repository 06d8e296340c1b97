using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>
/// The processing record of the approach (AVG art. 30, issue 14 §9), print-friendly, with a Word download. A draft
/// pre-filled from the approach until the Beheerder saves it; only the Beheerder changes it.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class VerwerkingsregisterModel(ApproachService approaches, ProcessingRecordService records) : WorkspacePageModel(approaches)
{
    public ProcessingRecordView Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("verwerkingsregister", ct) is { } denied)
            return denied;
        var result = await records.GetAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Record = result.Value!;
        return Page();
    }
}
