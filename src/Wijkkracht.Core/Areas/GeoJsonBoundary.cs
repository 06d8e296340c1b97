using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Wijkkracht.Core.Areas;

/// <summary>Parses and validates an uploaded area boundary (GeoJSON, WGS84).</summary>
public static class GeoJsonBoundary
{
    /// <summary>Largest accepted upload.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }

    /// <summary>
    /// Accepts a GeoJSON Polygon or MultiPolygon geometry, a Feature with one, or a FeatureCollection with exactly one
    /// feature. Returns the normalised geometry as GeoJSON, or a Dutch error message.
    /// </summary>
    public static (string? GeoJson, string? Error) Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, "Het bestand is leeg.");

        Geometry? geometry;
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("type", out var typeElement))
                return (null, "Dit is geen GeoJSON-bestand: het veld 'type' ontbreekt.");

            if (typeElement.ValueKind != JsonValueKind.String)
                return (null, "Dit is geen geldig GeoJSON-bestand: het veld 'type' moet tekst zijn, zoals \"Polygon\".");
            var type = typeElement.GetString();
            geometry = type switch
            {
                "FeatureCollection" => SingleFeature(JsonSerializer.Deserialize<FeatureCollection>(text, Options)),
                "Feature" => JsonSerializer.Deserialize<IFeature>(text, Options)?.Geometry,
                "Polygon" or "MultiPolygon" => JsonSerializer.Deserialize<Geometry>(text, Options),
                _ => null,
            };
            if (geometry is null && type is not ("FeatureCollection" or "Feature" or "Polygon" or "MultiPolygon"))
                return (null, $"Het GeoJSON-type '{type}' wordt niet ondersteund. Gebruik een Polygon, MultiPolygon of Feature.");
        }
        catch (JsonException)
        {
            return (null, "Dit is geen geldig GeoJSON-bestand (de JSON kan niet worden gelezen).");
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or NotSupportedException or IndexOutOfRangeException
            || (ex is InvalidOperationException && ex.Message != nameof(FeatureCollection)))
        {
            // The GeoJSON reader throws these for well-formed JSON of the wrong shape (e.g. coordinates that are not numbers).
            return (null, "Dit is geen geldig GeoJSON-bestand (de geometrie kan niet worden gelezen).");
        }
        catch (InvalidOperationException ex) when (ex.Message == nameof(FeatureCollection))
        {
            return (null, "Het bestand moet precies één grens (feature) bevatten.");
        }

        if (geometry is not (Polygon or MultiPolygon))
            return (null, "De grens moet een vlak zijn (Polygon of MultiPolygon).");
        if (geometry.IsEmpty)
            return (null, "De grens is leeg.");
        if (!geometry.IsValid)
            return (null, "De grens is geen geldig vlak (bijvoorbeeld lijnen die elkaar kruisen).");
        foreach (var c in geometry.Coordinates)
        {
            if (c.X is < -180 or > 180 || c.Y is < -90 or > 90)
                return (null, "De coördinaten moeten in graden lengte/breedte (WGS84) zijn.");
        }

        return (JsonSerializer.Serialize(geometry, Options), null);
    }

    private static Geometry? SingleFeature(FeatureCollection? collection)
    {
        if (collection is null || collection.Count != 1)
            throw new InvalidOperationException(nameof(FeatureCollection));
        return collection[0].Geometry;
    }
}
