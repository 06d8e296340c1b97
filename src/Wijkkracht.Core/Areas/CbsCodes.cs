using System.Text.RegularExpressions;

namespace Wijkkracht.Core.Areas;

/// <summary>
/// CBS area codes. A municipality is "GM" + 4 digits; a wijk is "WK" + the 4 municipality digits + 2; a buurt is
/// "BU" + the 6 wijk digits + 2. So every code's digits start with the municipality's digits.
/// </summary>
public static partial class CbsCodes
{
    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GmPattern();

    [GeneratedRegex("^WK[0-9]{6}$")]
    private static partial Regex WkPattern();

    [GeneratedRegex("^BU[0-9]{8}$")]
    private static partial Regex BuPattern();

    public static bool IsValidGm(string? code) => code is not null && GmPattern().IsMatch(code);

    /// <summary>Returns a Dutch error message, or null when <paramref name="code"/> fits the kind and the municipality.</summary>
    public static string? Validate(AreaKind kind, string? code, string gmCode, string? parentWijkCode = null)
    {
        if (string.IsNullOrWhiteSpace(code))
            return "Vul de CBS-code in.";

        var gmDigits = gmCode.Length == 6 ? gmCode[2..] : gmCode;
        switch (kind)
        {
            case AreaKind.Wijk:
                if (!WkPattern().IsMatch(code))
                    return "Een wijkcode is 'WK' gevolgd door 6 cijfers, bijvoorbeeld WK" + gmDigits + "01.";
                if (!code[2..].StartsWith(gmDigits, StringComparison.Ordinal))
                    return $"De wijkcode hoort bij een andere gemeente: de cijfers moeten beginnen met {gmDigits} ({gmCode}).";
                return null;
            case AreaKind.Buurt:
                if (!BuPattern().IsMatch(code))
                    return "Een buurtcode is 'BU' gevolgd door 8 cijfers, bijvoorbeeld BU" + gmDigits + "0101.";
                if (!code[2..].StartsWith(gmDigits, StringComparison.Ordinal))
                    return $"De buurtcode hoort bij een andere gemeente: de cijfers moeten beginnen met {gmDigits} ({gmCode}).";
                if (parentWijkCode is not null && !code[2..].StartsWith(parentWijkCode[2..], StringComparison.Ordinal))
                    return $"De buurtcode past niet bij de gekozen wijk: de cijfers moeten beginnen met {parentWijkCode[2..]}.";
                return null;
            default:
                return "Kies wijk of buurt.";
        }
    }
}
