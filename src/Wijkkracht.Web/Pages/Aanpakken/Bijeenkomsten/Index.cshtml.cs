using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Bijeenkomsten;

/// <summary>The meetings of an approach (issue 13 §3): upcoming and held, with the number of open agreements. Every member sees what they may read and the meetings they attend.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, MeetingService meetings, TimeProvider time) : WorkspacePageModel(approaches)
{
    public IReadOnlyList<MeetingRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingRow> Held { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("bijeenkomsten", ct) is { } denied)
            return denied;
        var result = await meetings.AllAsync(Id, HttpContext.GetActor(), ct: ct);
        if (!result.IsOk)
            return result.Status == ResultStatus.Forbidden ? Forbid() : NotFound();
        var today = PlausibleDates.Today(time);
        Upcoming = result.Value!.Where(r => r.Meeting.Date >= today).OrderBy(r => r.Meeting.Date).ThenBy(r => r.Meeting.StartTime).ToList();
        Held = result.Value!.Where(r => r.Meeting.Date < today).ToList();
        return Page();
    }

    /// <summary>The title to show: the meeting's own, or its kind.</summary>
    public static string TitleOf(Meeting m) => string.IsNullOrEmpty(m?.Title) ? MeetingLabels.For(m!.Kind) : m.Title;
}
