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
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, ActorService actors, NetworkMetricsService metrics, ContactLogService contacts, NetworkRoleCatalog roles) : WorkspacePageModel(approaches)
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
        if (await LoadApproachAsync("netwerk", ct) is { } denied)
            return denied;
        if (!CanViewPlan)
            return Forbid();
        var actor = HttpContext.GetActor();
        var report = await metrics.MetricsAsync(Id, actor, ct);
        if (report.Status == ResultStatus.Forbidden)
            return Page();
        if (!report.IsOk)
            return NotFound();
        Report = report.Value!;
        SeesRegister = Report.ShowsAllActors;
        var list = await actors.AllAsync(Id, actor, ct);
        ActorsById = (list.Value ?? []).ToDictionary(a => a.Actor.Id);
        Rows = Sort(Report.Items);
        if (SeesRegister)
            Stale = (await contacts.StaleAsync(Id, StaleWeeks, actor, ct)).Value ?? [];
        return Page();
    }

    /// <summary>The top <paramref name="count"/> actors by a measure, highest first (only actors with a value above zero).</summary>
    public IEnumerable<ActorMetrics> Top(Func<ActorMetrics, double> measure, int count = 5) =>
        Report!.Items.Where(i => measure(i) > 0).OrderByDescending(measure).ThenBy(i => i.Name, StringComparer.CurrentCulture).Take(count);

    /// <summary>The link that sorts the table by <paramref name="key"/> (toggles the direction when it is the current column).</summary>
    public string SortLink(string key)
    {
        var descending = key == SortKey ? !Descending : key != "naam";
        return Url.Page("/Aanpakken/Netwerk/Index", null, new { id = Id, sorteer = key, richting = descending ? "af" : "op" }, null, null, "tabel") ?? "#tabel";
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
