using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Afspraken;

/// <summary>
/// A short, printable progress page for the stuurgroep or the gemeenteraad: agreements open, overdue and done, what was
/// done in the last three months, the open ones, and the meetings held. Only what the reader may read.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class VoortgangModel(ApproachService approaches, MeetingService meetings, TimeProvider time) : WorkspacePageModel(approaches)
{
    public const int Months = 3;

    public MeetingProgress Progress { get; private set; } = null!;

    public Guid MyUserId => HttpContext.GetActor().UserId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("afspraken", ct) is { } denied)
            return denied;
        var result = await meetings.ProgressAsync(Id, PlausibleDates.Today(time).AddMonths(-Months), HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return result.Status == ResultStatus.Forbidden ? Forbid() : NotFound();
        Progress = result.Value!;
        return Page();
    }
}
