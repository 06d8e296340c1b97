using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

/// <summary>
/// The approach's observations: filters (period, part of day, weekday/weekend, group, factor, kracht/klacht), the map
/// island, the grid "welke groepen waar en wanneer" and the list. Grid and list always sit beside the map and work
/// without JavaScript.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, ObservationService observations, ObservationCatalog catalog, WijkkrachtDbContext db, IConfiguration configuration)
    : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Tot { get; set; }

    [BindProperty(SupportsGet = true)]
    public PartOfDay? Dagdeel { get; set; }

    [BindProperty(SupportsGet = true)]
    public DayType? Dagsoort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Groep { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Factor { get; set; }

    [BindProperty(SupportsGet = true)]
    public ObservationKind? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public ObservationCatalog Catalog { get; } = catalog;

    public MapSettings Map { get; } = MapSettings.From(configuration);

    public Page<ObservationView> Items { get; private set; } = new([], 1, Page<object>.DefaultPageSize, 0);

    public ObservationSummary Summary { get; private set; } = ObservationSummary.Empty;

    public ObservationGrid Grid => Summary.Grid;

    public int SelectionCount => Summary.Count;

    /// <summary>At most this many points go onto the map (newest first); the grid and the list count every observation.</summary>
    public const int MapLimit = 5_000;

    public bool CanRecord { get; private set; }

    public string? AreaBoundary { get; private set; }

    public Dictionary<Guid, string> Observers { get; private set; } = [];

    public string? FilterError { get; private set; }

    public ObservationFilter Filter => new() { From = Van, To = Tot, PartOfDay = Dagdeel, DayType = Dagsoort, Group = Groep, Factor = Factor, Kind = Soort };

    /// <summary>The filter as query values, for the pager and the map's data URL.</summary>
    public Dictionary<string, string> FilterRoute(int? page = null)
    {
        var route = new Dictionary<string, string>();
        void Add(string key, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
                route[key] = text;
        }

        Add("van", Van?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("tot", Tot?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("dagdeel", Dagdeel);
        Add("dagsoort", Dagsoort);
        Add("groep", Groep);
        Add("factor", Factor);
        Add("soort", Soort);
        Add("pagina", page);
        return route;
    }

    /// <summary>The route of the map's data (the filter and the approach).</summary>
    public RouteValueDictionary MapRoute()
    {
        var route = new RouteValueDictionary { ["id"] = Id };
        foreach (var (key, value) in FilterRoute())
            route[key] = value;
        return route;
    }

    public IReadOnlyList<SelectListItem> GroupItems => [new("Alle groepen", ""), .. Catalog.Groups.Select(g => new SelectListItem(g.Label, g.Id))];

    public IReadOnlyList<SelectListItem> FactorItems => [new("Alle factoren", ""), .. Catalog.Factors.Select(f => new SelectListItem(f.Label, f.Id))];

    public static IReadOnlyList<SelectListItem> PartItems { get; } =
        [new("Alle dagdelen", ""), .. Enum.GetValues<PartOfDay>().Select(p => new SelectListItem(ObservationLabels.For(p), p.ToString()))];

    public static IReadOnlyList<SelectListItem> DayItems { get; } =
        [new("Alle dagen", ""), .. Enum.GetValues<DayType>().Select(d => new SelectListItem(ObservationLabels.For(d), d.ToString()))];

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        [new("Kracht en klacht", ""), .. Enum.GetValues<ObservationKind>().Select(k => new SelectListItem(ObservationLabels.For(k), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        CanRecord = await observations.CanRecordAsync(Id, actor, ct);
        AreaBoundary = View.Approach.Area?.BoundaryGeoJson;
        ModelState.KeepOnlyParseErrors();
        var filter = Filter;
        var list = await observations.ListAsync(Id, filter, PageRequest.Create(Pagina, null), actor, ct);
        if (list.Status == ResultStatus.NotFound)
            return NotFound();
        if (!list.IsOk)
        {
            FilterError = string.Join(" ", list.Errors.Values.SelectMany(v => v));
            return Page();
        }

        Items = list.Value!;
        Summary = (await observations.SummaryAsync(Id, filter, actor, withGrid: true, ct)).Value ?? ObservationSummary.Empty;
        var ids = Items.Items.Select(v => v.Observation.RecordedByUserId).Distinct().ToList();
        Observers = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.OrganisationId == actor.OrganisationId).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return Page();
    }

    /// <summary>The map island's data: the selection's points as GeoJSON (fetched by the script; the page itself stays light).</summary>
    public async Task<IActionResult> OnGetKaartAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        ModelState.KeepOnlyParseErrors();
        var points = await observations.PointsAsync(Id, Filter, HttpContext.GetActor(), MapLimit, ct);
        if (points.Status == ResultStatus.NotFound)
            return NotFound();
        if (!points.IsOk)
            return BadRequest();
        var edit = Url.Page("/Aanpakken/Waarnemingen/Bewerken", new { id = Id, observationId = Guid.Empty })!;
        var json = ObservationExport.GeoJsonUtf8(points.Value!, Catalog, p => edit.Replace(Guid.Empty.ToString(), p.ToString(), StringComparison.Ordinal));
        return File(json, "application/geo+json");
    }
}
