using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;
using Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

namespace Wijkkracht.Web.Pages.Aanpakken.Kansenkaart;

/// <summary>
/// The kansenkaart (issue 11 §6): opportunity pins on a map island, always with the accessible list beside it, and the
/// aanleidingen (ESS step 9). Every member reads what the visibility model allows; members with edit rights add.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, OpportunityService opportunities, ThemeService themes, IConfiguration configuration) : WorkspacePageModel(approaches)
{
    /// <summary>Pin colours per status (contrast at least 3:1 on the map background).</summary>
    public static readonly IReadOnlyDictionary<OpportunityStatus, string> Colours = new Dictionary<OpportunityStatus, string>
    {
        [OpportunityStatus.Idee] = "#0b4f8a",
        [OpportunityStatus.Opgepakt] = "#7a4d00",
        [OpportunityStatus.Gerealiseerd] = "#1b5e20",
        [OpportunityStatus.Vervallen] = "#555555",
    };

    public IReadOnlyList<Opportunity> Opportunities { get; private set; } = [];

    public IReadOnlyList<Occasion> Occasions { get; private set; } = [];

    /// <summary>Theme names by id (empty for readers who may not see themes).</summary>
    public IReadOnlyDictionary<Guid, string> ThemeNames { get; private set; } = new Dictionary<Guid, string>();

    public MapSettings Map { get; } = MapSettings.From(configuration);

    public string? AreaBoundary { get; private set; }

    public string StatusColours => JsonSerializer.Serialize(Colours.ToDictionary(c => c.Key.ToString(), c => new { label = OpportunityLabels.For(c.Key), color = c.Value }));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("kansenkaart", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var pins = await opportunities.AllAsync(Id, actor, ct);
        if (!pins.IsOk)
            return pins.Status == ResultStatus.Forbidden ? Forbid() : NotFound();
        Opportunities = pins.Value!;
        Occasions = (await opportunities.OccasionsAsync(Id, actor, ct)).Value ?? [];
        if (CanViewPlan)
            ThemeNames = (await themes.NamesAsync(Id, ct)).ToDictionary(t => t.Id, t => t.Name);
        AreaBoundary = View.Approach.Area?.BoundaryGeoJson;
        return Page();
    }

    /// <summary>The pins with a point as GeoJSON for the map island; each links to its row in the list.</summary>
    public string GeoJson()
    {
        var features = Opportunities.Where(o => o.Latitude is not null && o.Longitude is not null).Select(o => new
        {
            type = "Feature",
            id = o.Id,
            geometry = new { type = "Point", coordinates = new[] { o.Longitude!.Value, o.Latitude!.Value } },
            properties = new
            {
                label = o.Title + (string.IsNullOrEmpty(o.PlaceName) ? "" : ", " + o.PlaceName) + " (" + OpportunityLabels.For(o.Status).ToLower(CultureInfo.GetCultureInfo("nl-NL")) + ")",
                url = "#kans-" + o.Id.ToString("N"),
                groups = new[] { new { category = o.Status.ToString(), label = OpportunityLabels.For(o.Status) } },
            },
        });
        return JsonSerializer.Serialize(new { type = "FeatureCollection", features }).Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
