using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Wijkkracht.Core.Observations;

/// <summary>
/// Observations as GeoJSON (a FeatureCollection of Point features; observations without a geographic point are left
/// out) and as CSV in exactly the columns the import accepts (docs/observations.md), so an export re-imports unchanged.
/// </summary>
public static class ObservationExport
{
    /// <summary>The CSV columns, in order. Question columns follow as <c>vraag_{id}</c>.</summary>
    public static readonly IReadOnlyList<string> BaseColumns =
        ["observedOn", "observedAt", "placeName", "latitude", "longitude", "groups", "factors", "kind", "companion", "whatHappens"];

    public const string QuestionPrefix = "vraag_";

    public static IReadOnlyList<string> Columns(ObservationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. BaseColumns, .. catalog.Questions.Select(q => QuestionPrefix + q.Id)];
    }

    /// <summary>The GeoJSON as UTF-8 bytes, ready for a response body (no round trip through a string).</summary>
    public static byte[] GeoJsonUtf8(IEnumerable<ObservationPoint> observations, ObservationCatalog catalog, Func<Guid, string?>? link = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(catalog);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var o in observations)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", o.Id);
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(o.Longitude);
                w.WriteNumberValue(o.Latitude);
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("observedOn", o.ObservedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("observedAt", o.ObservedAt.ToString("HH:mm", CultureInfo.InvariantCulture));
                w.WriteString("partOfDay", o.PartOfDay.ToString());
                w.WriteString("dayType", o.DayType.ToString());
                w.WriteString("placeName", o.PlaceName);
                w.WriteStartArray("groups");
                foreach (var g in ObservationCodec.DecodeGroups(o.Groups))
                {
                    w.WriteStartObject();
                    w.WriteString("category", g.Category);
                    w.WriteString("label", catalog.GroupLabel(g.Category));
                    w.WriteString("size", g.Size.ToString());
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("factors");
                foreach (var f in ObservationCodec.Split(o.Factors))
                    w.WriteStringValue(f);
                w.WriteEndArray();
                if (o.Kind is { } kind)
                    w.WriteString("kind", kind.ToString());
                else
                    w.WriteNull("kind");
                if (link?.Invoke(o.Id) is { } url)
                    w.WriteString("url", url);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The CSV export: a header with <see cref="Columns"/>, then one line per observation (free text as the reader may see it).</summary>
    public static string Csv(IEnumerable<Observation> observations, ObservationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var columns = Columns(catalog);
        var sb = new StringBuilder();
        sb.Append(string.Join(',', columns)).Append("\r\n");
        foreach (var o in observations)
        {
            var answers = ObservationCodec.DecodeAnswers(o.PromptAnswers);
            var values = new List<string>
            {
                o.ObservedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                o.ObservedAt.ToString("HH:mm", CultureInfo.InvariantCulture),
                o.PlaceName,
                o.Latitude?.ToString("0.######", CultureInfo.InvariantCulture) ?? "",
                o.Longitude?.ToString("0.######", CultureInfo.InvariantCulture) ?? "",
                string.Join(';', ObservationCodec.DecodeGroups(o.Groups).Select(g => $"{g.Category}={g.Size}")),
                string.Join(';', ObservationCodec.Split(o.Factors)),
                o.Kind?.ToString() ?? "",
                o.Companion?.ToString() ?? "",
                o.WhatHappens,
            };
            values.AddRange(catalog.Questions.Select(q => answers.GetValueOrDefault(q.Id, "")));
            sb.Append(string.Join(',', values.Select(Quote))).Append("\r\n");
        }

        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
