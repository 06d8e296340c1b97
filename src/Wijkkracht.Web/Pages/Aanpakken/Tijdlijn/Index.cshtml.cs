using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Tijdlijn;

/// <summary>
/// The timeline (behangrol): a list that works without JavaScript, with a visual vis-timeline island on top of it
/// (js/timeline.js) fed from the same events as JSON.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, TimelineService timeline) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public TimelineKind? Kind { get; set; }

    public List<TimelineEvent> Events { get; private set; } = [];

    /// <summary>The events for the island (text only; the script builds DOM nodes, never HTML strings).</summary>
    public string EventsJson { get; private set; } = "[]";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("tijdlijn", ct) is { } denied)
            return denied;
        var result = await timeline.AllAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Events = Kind is { } kind ? result.Value!.Where(e => e.Kind == kind).ToList() : result.Value!;
        EventsJson = JsonSerializer.Serialize(Events.Select(e => new
        {
            id = e.Id,
            title = e.Title,
            start = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            end = e.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            kind = TimelineLabels.For(e.Kind),
            tone = e.Tone.ToString().ToLowerInvariant(),
        }));
        return Page();
    }

    public static string When(TimelineEvent e) =>
        e.EndDate is { } end ? $"{e.Date:d-M-yyyy} tot en met {end:d-M-yyyy}" : e.Date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
}
