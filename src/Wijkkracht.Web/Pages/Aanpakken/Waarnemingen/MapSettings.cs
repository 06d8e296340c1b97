namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

/// <summary>
/// The base layer of the map islands (<c>Maps:TileUrl</c>, default the public PDOK BRT-Achtergrondkaart). The content
/// security policy allows exactly the host of this URL; with no tiles reachable the map shows boundary and points on a
/// plain background.
/// </summary>
public sealed record MapSettings(string TileUrl, string Attribution)
{
    public const string DefaultTileUrl = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

    public const string DefaultAttribution = "Kaartgegevens © Kadaster (BRT-Achtergrondkaart)";

    public static MapSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var url = configuration["Maps:TileUrl"];
        return new MapSettings(string.IsNullOrWhiteSpace(url) ? DefaultTileUrl : url, configuration["Maps:Attribution"] ?? DefaultAttribution);
    }

    /// <summary>The scheme and host of the tile URL, for the CSP (null when the URL is not absolute https/http).</summary>
    public string? TileOrigin => Uri.TryCreate(TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        ? uri.GetLeftPart(UriPartial.Authority) : null;
}
