using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
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
    /// <summary>Events per page of the list; the island shows the whole timeline.</summary>
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public TimelineKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public Page<TimelineEvent> Events { get; private set; } = new([], 1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("tijdlijn", ct) is { } denied)
            return denied;
        ModelState.KeepOnlyParseErrors();
        var result = await timeline.ListAsync(Id, PageRequest.Create(Pagina, PageSize), HttpContext.GetActor(), Kind, ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Events = result.Value!;
        return Page();
    }

    /// <summary>
    /// The island's data: every event of the selection as JSON (text only; the script builds DOM nodes, never HTML
    /// strings), fetched by js/timeline.js so the page itself stays light with thousands of events.
    /// </summary>
    public async Task<IActionResult> OnGetGebeurtenissenAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("tijdlijn", ct) is { } denied)
            return denied;
        ModelState.KeepOnlyParseErrors();
        var result = await timeline.AllAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        var events = Kind is { } kind ? result.Value!.Where(e => e.Kind == kind) : result.Value!;
        return new JsonResult(events.Select(e => new
        {
            id = e.Id,
            title = e.Title,
            start = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            end = e.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            kind = TimelineLabels.For(e.Kind),
            tone = e.Tone.ToString().ToLowerInvariant(),
        }));
    }

    /// <summary>The route of the island's data (the approach and the filter).</summary>
    public RouteValueDictionary DataRoute()
    {
        var route = new RouteValueDictionary { ["id"] = Id };
        foreach (var (key, value) in Route())
            route[key] = value;
        return route;
    }

    /// <summary>The filter and page as query values, for the pager and the island's data URL.</summary>
    public Dictionary<string, string> Route(int? page = null)
    {
        var route = new Dictionary<string, string>();
        if (Kind is { } kind)
            route["kind"] = kind.ToString();
        if (page is { } p)
            route["pagina"] = p.ToString(CultureInfo.InvariantCulture);
        return route;
    }

    public static string When(TimelineEvent e) =>
        e.EndDate is { } end ? $"{e.Date:d-M-yyyy} tot en met {end:d-M-yyyy}" : e.Date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
}
