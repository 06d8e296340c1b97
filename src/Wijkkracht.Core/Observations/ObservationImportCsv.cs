using System.Globalization;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Geo;
using Wijkkracht.Core.Privacy;

namespace Wijkkracht.Core.Observations;

/// <summary>One valid line of an observation CSV, ready to be stored.</summary>
public sealed record ObservationImportRow(
    int Line, DateOnly ObservedOn, TimeOnly ObservedAt, string PlaceName, double? Latitude, double? Longitude, bool FromRd, IReadOnlyList<ObservedGroup> Groups,
    IReadOnlyList<string> Factors, ObservationKind? Kind, CompanionKind? Companion, string WhatHappens, IReadOnlyDictionary<string, string> PromptAnswers);

/// <summary>
/// Reads an observation CSV in the columns of the export (<see cref="ObservationExport.Columns"/>, docs/observations.md),
/// so an export re-imports unchanged. The point is either WGS84 (<c>latitude</c>, <c>longitude</c>) or RD New /
/// EPSG:28992 (<c>x</c>, <c>y</c> in metres, converted with <see cref="RdNew"/>). Commas or (Dutch spreadsheets)
/// semicolons separate the fields; with semicolons a decimal comma is allowed in the coordinates. Every line is checked
/// with the rules of the observation form; every problem is added as <c>lines[N].column</c> with a Dutch message that
/// names the line and the column (the header is line 1).
/// </summary>
public static class ObservationImportCsv
{
    /// <summary>The RD New columns, accepted instead of latitude and longitude.</summary>
    public const string XColumn = "x";

    public const string YColumn = "y";

    /// <summary>At most this many observations in one file.</summary>
    public const int MaxLines = 20_000;

    public static List<ObservationImportRow> Parse(string csv, ObservationCatalog catalog, DateOnly today, bool confirmPossibleNames, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(errors);
        var rows = new List<ObservationImportRow>();
        var text = csv.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        if (string.IsNullOrWhiteSpace(firstLine))
        {
            errors.Add("lines[1].header", "Regel 1: het bestand is leeg of begint niet met de kolomnamen (observedOn, observedAt, …).");
            return rows;
        }

        var semicolon = firstLine.Contains(';', StringComparison.Ordinal) && !firstLine.Contains(',', StringComparison.Ordinal);
        var records = CsvText.Read(text, semicolon ? ';' : ',', errors);
        if (errors.Any)
            return rows;
        if (records.Count == 0)
        {
            errors.Add("lines[1].header", "Regel 1: het bestand heeft geen kolomnamen.");
            return rows;
        }

        var known = ObservationExport.Columns(catalog).Concat([XColumn, YColumn]).ToList();
        var header = records[0].Fields;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = known.FirstOrDefault(k => string.Equals(k, header[i].Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
                errors.Add("lines[1].header", $"Regel 1: onbekende kolom '{Shorten(header[i])}'. Gebruik de kolommen van de export (zie de uitleg bij het importeren).");
            else if (!index.TryAdd(name, i))
                errors.Add($"lines[1].{name}", $"Regel 1: de kolom {name} staat er twee keer in.");
        }

        foreach (var required in new[] { "observedOn", "observedAt" })
        {
            if (!index.ContainsKey(required))
                errors.Add($"lines[1].{required}", $"Regel 1: de kolom {required} ontbreekt.");
        }

        if (index.ContainsKey("latitude") != index.ContainsKey("longitude"))
            errors.Add("lines[1].header", "Regel 1: geef de kolommen latitude en longitude samen, of geen van beide.");
        if (index.ContainsKey(XColumn) != index.ContainsKey(YColumn))
            errors.Add("lines[1].header", "Regel 1: geef de RD-kolommen x en y samen, of geen van beide.");
        if (errors.Any)
            return rows;

        if (records.Count - 1 > MaxLines)
        {
            var line = records[MaxLines + 1].Line;
            errors.Add($"lines[{line}].file", $"Regel {line}: het bestand heeft meer dan {MaxLines} waarnemingen. Splits het bestand.");
            return rows;
        }

        foreach (var (line, fields) in records.Skip(1))
        {
            if (ParseLine(line, fields, index, catalog, today, semicolon, confirmPossibleNames, errors) is { } row)
                rows.Add(row);
        }

        if (!errors.Any && rows.Count == 0)
            errors.Add("lines[2].file", "Regel 2: het bestand heeft geen waarnemingen onder de kolomnamen.");
        return rows;
    }

    private static ObservationImportRow? ParseLine(int line, List<string> fields, Dictionary<string, int> index, ObservationCatalog catalog, DateOnly today, bool commaDecimal,
        bool confirmPossibleNames, ValidationErrors errors)
    {
        var ok = true;
        string Field(string column) => index.TryGetValue(column, out var i) && i < fields.Count ? fields[i] : "";
        void Error(string column, string value, string message)
        {
            var shown = value.Length == 0 ? "" : $" ('{Shorten(value)}')";
            errors.Add($"lines[{line}].{column}", $"Regel {line}, kolom {column}{shown}: {message}");
            ok = false;
        }

        var dateText = Field("observedOn");
        DateOnly date = default;
        if (dateText.Length == 0)
            Error("observedOn", "", "vul de datum in als jjjj-mm-dd, bijvoorbeeld 2026-11-28.");
        else if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            Error("observedOn", dateText, "geef de datum als jjjj-mm-dd, bijvoorbeeld 2026-11-28.");
        else if (PlausibleDates.Check(date, DateMeaning.Happened, today) is { } dateError)
            Error("observedOn", dateText, LowerFirst(dateError));

        var timeText = Field("observedAt");
        TimeOnly time = default;
        if (timeText.Length == 0)
            Error("observedAt", "", "vul de tijd in als uu:mm, bijvoorbeeld 21:30.");
        else if (!TimeOnly.TryParseExact(timeText, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
            Error("observedAt", timeText, "geef de tijd als uu:mm, bijvoorbeeld 21:30.");

        var place = TextInput.Clean(Unprotect(Field("placeName")).Trim());
        if (place.Length > 200)
            Error("placeName", place, "maximaal 200 tekens.");

        double? lat = null, lon = null;
        var fromRd = false;
        var latText = Field("latitude");
        var lonText = Field("longitude");
        var xText = Field(XColumn);
        var yText = Field(YColumn);
        var hasWgs = latText.Length > 0 || lonText.Length > 0;
        var hasRd = xText.Length > 0 || yText.Length > 0;
        if (hasWgs && hasRd)
        {
            Error(XColumn, xText, "geef het punt in latitude/longitude óf in RD (x/y), niet allebei.");
        }
        else if (hasWgs)
        {
            var latOk = TryNumber(latText, commaDecimal, out var la);
            var lonOk = TryNumber(lonText, commaDecimal, out var lo);
            if (latText.Length == 0 || lonText.Length == 0)
                Error(latText.Length == 0 ? "latitude" : "longitude", "", "vul zowel latitude als longitude in, of geen van beide.");
            else if (!latOk)
                Error("latitude", latText, "geen getal. Gebruik een decimale punt, bijvoorbeeld 52.37.");
            else if (!lonOk)
                Error("longitude", lonText, "geen getal. Gebruik een decimale punt, bijvoorbeeld 4.89.");
            else if (!ObservationService.InNetherlands(la, lo))
                Error("latitude", latText, "dit punt ligt niet in Nederland. Latitude ligt rond 52, longitude rond 5. Staan er RD-coördinaten in? Gebruik dan de kolommen x en y.");
            else
                (lat, lon) = (Math.Round(la, 6), Math.Round(lo, 6));
        }
        else if (hasRd)
        {
            var xOk = TryNumber(xText, commaDecimal, out var x);
            var yOk = TryNumber(yText, commaDecimal, out var y);
            if (xText.Length == 0 || yText.Length == 0)
                Error(xText.Length == 0 ? XColumn : YColumn, "", "vul zowel x als y in (RD, in meters), of geen van beide.");
            else if (!xOk)
                Error(XColumn, xText, "geen getal. Geef x in meters, bijvoorbeeld 121687.");
            else if (!yOk)
                Error(YColumn, yText, "geen getal. Geef y in meters, bijvoorbeeld 487484.");
            else if (!RdNew.InRange(x, y))
                Error(XColumn, xText, "dit punt ligt niet in Nederland. In RD ligt x tussen -7000 en 300000 en y tussen 289000 en 629000 (meters). Staan er graden in? Gebruik dan latitude en longitude.");
            else
            {
                var point = RdNew.ToWgs84(x, y);
                (lat, lon) = (Math.Round(point.Latitude, 6), Math.Round(point.Longitude, 6));
                fromRd = true;
            }
        }

        if (!hasWgs && !hasRd && place.Length == 0)
            Error("placeName", "", "geef de plek op: een naam of een punt (latitude/longitude of x/y).");

        var groups = new List<ObservedGroup>();
        var groupsText = Field("groups");
        foreach (var part in SplitList(groupsText))
        {
            var pair = part.Split('=', 2);
            var category = pair[0].Trim();
            if (pair.Length != 2)
                Error("groups", part, "schrijf een groep als groep=grootte, bijvoorbeeld jongeren=Klein; scheid groepen met een puntkomma.");
            else if (catalog.Group(category) is null)
                Error("groups", part, $"onbekende groep '{Shorten(category)}'. Kies uit: {string.Join(", ", catalog.Groups.Select(g => g.Id))}.");
            else if (!TryEnum<GroupSize>(pair[1], out var size))
                Error("groups", part, "onbekende grootte. Kies Enkeling, Klein, Middel of Groot.");
            else if (groups.All(g => g.Category != category))
                groups.Add(new ObservedGroup(category, size));
        }

        var factors = new List<string>();
        foreach (var factor in SplitList(Field("factors")))
        {
            if (catalog.Factor(factor) is null)
                Error("factors", factor, "onbekende factor. Gebruik de ids van de factorenlijst (zie de uitleg bij het importeren).");
            else if (!factors.Contains(factor, StringComparer.Ordinal))
                factors.Add(factor);
        }

        ObservationKind? kind = null;
        var kindText = Field("kind");
        if (kindText.Length > 0)
        {
            if (TryEnum<ObservationKind>(kindText, out var k))
                kind = k;
            else
                Error("kind", kindText, "kies Kracht of Klacht, of laat het leeg.");
        }

        CompanionKind? companion = null;
        var companionText = Field("companion");
        if (companionText.Length > 0)
        {
            if (TryEnum<CompanionKind>(companionText, out var c))
                companion = c;
            else
                Error("companion", companionText, "kies Collega, Professional of Bewoner, of laat het leeg.");
        }

        var what = TextInput.Clean(Unprotect(Field("whatHappens")).Trim());
        if (what.Length > 4000)
            Error("whatHappens", "", "maximaal 4000 tekens.");
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in catalog.Questions)
        {
            var column = ObservationExport.QuestionPrefix + question.Id;
            var answer = TextInput.Clean(Unprotect(Field(column)).Trim());
            if (answer.Length > 1000)
                Error(column, "", "maximaal 1000 tekens.");
            else if (answer.Length > 0)
                answers[question.Id] = answer;
        }

        if (!confirmPossibleNames)
        {
            foreach (var (column, value) in new[] { ("whatHappens", what) }.Concat(answers.Select(a => (ObservationExport.QuestionPrefix + a.Key, a.Value))))
            {
                if (NameDetector.Find(value) is { Count: > 0 } hits)
                    Error(column, "", "de tekst lijkt een naam of adres te bevatten: " + string.Join(", ", hits.Select(h => "'" + h + "'")) + ". Beschrijf groepen en patronen, geen personen. Pas de tekst aan, of kies 'toch importeren'.");
            }
        }

        return ok ? new ObservationImportRow(line, date, time, place, lat, lon, fromRd, groups, factors, kind, companion, what, answers) : null;
    }

    /// <summary>Undoes the export's formula protection: a leading ' before =, +, - or @ is removed.</summary>
    public static string Unprotect(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' ? value[1..] : value;
    }

    private static string[] SplitList(string text) =>
        text.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryEnum<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _);

    private static bool TryNumber(string text, bool commaDecimal, out double value)
    {
        var normalised = commaDecimal ? text.Replace(',', '.') : text;
        return double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Shorten(string text) => TextInput.Clean(text.Length > 40 ? text[..40] + "…" : text);
}
