using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>
/// The approach's network (issue 12): the register of actors and the analysis, asked as the team's own questions,
/// with a table of every actor and every measure that sorts without JavaScript. The core team sees the whole register;
/// partners see the actors they are the contact of and the figures of the whole network; others see an explanation.
/// With <c>datum</c> the page shows the network as it was on that date. The picture (js/network-graph.js) draws the
/// same report from the <c>Graaf</c> handler; the table stays the accessible alternative.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, ActorService actors, NetworkMetricsService metrics, ContactLogService contacts, NetworkRoleCatalog roles, TimeProvider time) : WorkspacePageModel(approaches)
{
    public const int StaleWeeks = 8;

    /// <summary>The sortable columns of the table, by query value.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Columns =
    [
        ("naam", "Naam"), ("degree", "Contacten (degree)"), ("betweenness", "Tussenpositie (betweenness)"), ("closeness", "Nabijheid (closeness)"),
        ("eigenvector", "Goed verbonden (eigenvector)"), ("constraint", "Ingesloten (constraint)"), ("groep", "Groep"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Sorteer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Richting { get; set; }

    /// <summary>The date to show the network on (a GET form); null or invalid: today.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Datum { get; set; }

    /// <summary>The date that is shown, when it is not today and was valid (else null).</summary>
    public DateOnly? ShownDate => Report is { IsToday: false } r ? r.AsOf : null;

    public NetworkRoleCatalog Roles { get; } = roles;

    /// <summary>Null when the reader may not see the register (the Beheerder's oversight).</summary>
    public NetworkReport? Report { get; private set; }

    public IReadOnlyDictionary<Guid, ActorView> ActorsById { get; private set; } = new Dictionary<Guid, ActorView>();

    public IReadOnlyList<ActorMetrics> Rows { get; private set; } = [];

    public IReadOnlyList<StaleContact> Stale { get; private set; } = [];

    public bool SeesRegister { get; private set; }

    public string SortKey => Columns.Any(c => c.Key == Sorteer) ? Sorteer! : "naam";

    public bool Descending => SortKey == "naam" ? Richting == "af" : Richting != "op";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } outcome)
            return outcome;
        if (Report is null)
            return Page();
        Rows = Sort(Report.Items);
        if (SeesRegister && Report.IsToday)
            Stale = (await contacts.StaleAsync(Id, StaleWeeks, HttpContext.GetActor(), ct)).Value ?? [];
        return Page();
    }

    /// <summary>
    /// The picture's data as JSON: the actors the reader may see (names as the server gives them, so pseudonymised
    /// names stay pseudonymised; roles only when not pseudonymised) with every measure, and the ties between them
    /// (readers of the register only; partners get their own contacts and no ties). Same access as the page.
    /// </summary>
    public async Task<IActionResult> OnGetGraafAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } outcome)
            return outcome;
        if (Report is null)
            return Forbid();
        if (!ModelState.IsValid)
        {
            var problem = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = ModelState[nameof(Datum)]?.Errors.FirstOrDefault()?.ErrorMessage ?? "Ongeldige datum." };
            return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
        }

        var report = Report;
        var bridges = report.Bridges.Select(b => Key(b.A, b.B)).ToHashSet();
        return new JsonResult(new
        {
            asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            isToday = report.IsToday,
            showsAllActors = report.ShowsAllActors,
            nodes = report.Items.Select(i => new
            {
                actorId = i.ActorId,
                name = i.Name,
                kind = i.Kind.ToString(),
                kindLabel = NetworkLabels.For(i.Kind),
                pseudonymised = i.Pseudonymised,
                roles = i.Pseudonymised ? [] : (ActorsById.GetValueOrDefault(i.ActorId)?.Actor.Roles ?? []).Select(r => new { id = r, label = Roles.Label(r) }).ToArray(),
                community = i.Community,
                component = i.Component,
                degree = i.Degree,
                betweenness = i.Betweenness,
                closeness = i.Closeness,
                eigenvector = i.Eigenvector,
                constraint = i.Constraint,
                cutVertex = i.CutVertex,
            }),
            edges = report.Ties.Select(t => new { source = t.A, target = t.B, bridge = bridges.Contains(Key(t.A, t.B)) }),
        });
    }

    /// <summary>The route values of this page with the shown date (for the sort links and the picture's data).</summary>
    public Dictionary<string, string> DateRoute() =>
        ShownDate is { } d ? new() { ["datum"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } : [];

    private static (Guid, Guid) Key(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    /// <summary>
    /// Loads the approach and the report on the requested date (today when the date is missing or invalid; an invalid
    /// date leaves a Dutch message in ModelState and what was typed stays). Null to go on; else the result to return.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("netwerk", ct) is { } denied)
            return denied;
        if (!CanViewPlan)
            return Forbid();
        var asOf = CheckedDate();
        var actor = HttpContext.GetActor();
        var report = await metrics.MetricsAsync(Id, actor, asOf, ct);
        if (report.Status == ResultStatus.Forbidden)
            return null;
        if (!report.IsOk)
            return NotFound();
        Report = report.Value!;
        SeesRegister = Report.ShowsAllActors;
        var list = await actors.AllAsync(Id, actor, ct);
        ActorsById = (list.Value ?? []).ToDictionary(a => a.Actor.Id);
        return null;
    }

    /// <summary>The valid requested date, or null (today) with a Dutch message in ModelState for a wrong one.</summary>
    private DateOnly? CheckedDate()
    {
        var key = nameof(Datum);
        if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            ModelState.AddModelError(key, "Vul een geldige datum in (dag-maand-jaar).");
            return null;
        }

        if (Datum is not { } date)
            return null;
        if (PlausibleDates.Check(date, DateMeaning.Happened, PlausibleDates.Today(time)) is { } message)
        {
            ModelState.AddModelError(key, message);
            return null;
        }

        return date;
    }

    /// <summary>The top <paramref name="count"/> actors by a measure, highest first (only actors with a value above zero).</summary>
    public IEnumerable<ActorMetrics> Top(Func<ActorMetrics, double> measure, int count = 5) =>
        Report!.Items.Where(i => measure(i) > 0).OrderByDescending(measure).ThenBy(i => i.Name, StringComparer.CurrentCulture).Take(count);

    /// <summary>The link that sorts the table by <paramref name="key"/> (toggles the direction when it is the current column).</summary>
    public string SortLink(string key)
    {
        var descending = key == SortKey ? !Descending : key != "naam";
        var route = new RouteValueDictionary { ["id"] = Id, ["sorteer"] = key, ["richting"] = descending ? "af" : "op" };
        foreach (var (name, value) in DateRoute())
            route[name] = value;
        return Url.Page("/Aanpakken/Netwerk/Index", null, route, null, null, "tabel") ?? "#tabel";
    }

    private List<ActorMetrics> Sort(IReadOnlyList<ActorMetrics> items)
    {
        Func<ActorMetrics, double> key = SortKey switch
        {
            "degree" => i => i.Degree,
            "betweenness" => i => i.Betweenness,
            "closeness" => i => i.Closeness,
            "eigenvector" => i => i.Eigenvector,
            "constraint" => i => i.Constraint ?? double.MaxValue,
            "groep" => i => i.Community,
            _ => _ => 0,
        };
        var byName = SortKey == "naam";
        var ordered = byName
            ? (Descending ? items.OrderByDescending(i => i.Name, StringComparer.CurrentCulture) : items.OrderBy(i => i.Name, StringComparer.CurrentCulture))
            : (Descending ? items.OrderByDescending(key) : items.OrderBy(key)).ThenBy(i => i.Name, StringComparer.CurrentCulture);
        return ordered.ToList();
    }
}
