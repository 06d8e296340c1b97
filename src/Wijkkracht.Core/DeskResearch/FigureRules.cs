using System.Globalization;
using System.Text.RegularExpressions;
using Wijkkracht.Core.Areas;

namespace Wijkkracht.Core.DeskResearch;

/// <summary>
/// The rules for one figure, shared by the form, the API and the CSV import: CBS area codes of the organisation's
/// municipality (GM…, WK…, BU…, see <see cref="CbsCodes"/>), periods as a year or a year-quarter, and values that are a
/// number or a CBS symbol for a suppressed value.
/// </summary>
public static partial class FigureRules
{
    /// <summary>The CBS symbols for a value that is not published: "." (niet beschikbaar), "x" (geheim), "-".</summary>
    public static readonly IReadOnlyList<string> Symbols = [".", "x", "-"];

    [GeneratedRegex("^(19|20)[0-9]{2}(-Q[1-4])?$")]
    private static partial Regex PeriodPattern();

    /// <summary>Upper-cases and trims a code; returns a Dutch message or null when it is a code of <paramref name="gmCode"/>'s municipality.</summary>
    public static string? ValidateAreaCode(string code, string gmCode)
    {
        if (string.IsNullOrEmpty(code))
            return "Vul de CBS-gebiedscode in (GM…, WK… of BU…).";
        if (code.StartsWith("GM", StringComparison.Ordinal))
            return code == gmCode ? null : $"Gebruik de code van uw eigen gemeente: {gmCode}.";
        if (code.StartsWith("WK", StringComparison.Ordinal))
            return CbsCodes.Validate(AreaKind.Wijk, code, gmCode);
        if (code.StartsWith("BU", StringComparison.Ordinal))
            return CbsCodes.Validate(AreaKind.Buurt, code, gmCode);
        return $"Een CBS-gebiedscode begint met GM, WK of BU, bijvoorbeeld BU{gmCode[2..]}0101.";
    }

    public static string NormaliseCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static string NormalisePeriod(string? period) => (period ?? "").Trim().ToUpperInvariant();

    /// <summary>A Dutch message, or null when <paramref name="period"/> is "2024" or "2024-Q3".</summary>
    public static string? ValidatePeriod(string period) =>
        PeriodPattern().IsMatch(period) ? null : "Vul een jaar (bijvoorbeeld 2024) of een kwartaal (bijvoorbeeld 2024-Q3) in.";

    /// <summary>The symbol when <paramref name="text"/> is one ("X" counts as "x"); null otherwise.</summary>
    public static string? AsSymbol(string? text)
    {
        var t = (text ?? "").Trim();
        if (t == "X")
            t = "x";
        return Symbols.Contains(t) ? t : null;
    }

    /// <summary>
    /// Reads a value as typed: a CBS symbol, or a number with a decimal point or (when <paramref name="commaDecimal"/>) a
    /// decimal comma; no thousands separators. False when it is neither.
    /// </summary>
    public static bool TryParseValue(string? text, bool commaDecimal, out decimal? value, out string? symbol)
    {
        value = null;
        symbol = AsSymbol(text);
        if (symbol is not null)
            return true;
        var t = (text ?? "").Trim();
        if (commaDecimal && t.Contains(',', StringComparison.Ordinal) && !t.Contains('.', StringComparison.Ordinal))
            t = t.Replace(',', '.');
        if (t.Length == 0 || !decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;
        if (Math.Abs(number) >= 100_000_000_000_000m)
            return false;
        value = number;
        return true;
    }

    public const string ValueMessage = "Vul een getal in (bijvoorbeeld 12.5), of het CBS-teken voor een geheim of ontbrekend cijfer: . x of -. Een ontbrekend cijfer is nooit 0.";
}
