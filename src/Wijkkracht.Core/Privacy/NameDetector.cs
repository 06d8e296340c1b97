using System.Reflection;
using System.Text.RegularExpressions;

namespace Wijkkracht.Core.Privacy;

/// <summary>
/// Finds words in free text that look like they identify a person: a capitalised first name from a shipped list of
/// common first names in the Netherlands, or a street with a house number ("Dorpsstraat 12"). A warning, never a block:
/// the user may rewrite or save anyway. Reusable by every feature that stores free text about the neighbourhood.
/// </summary>
public static partial class NameDetector
{
    private static readonly Lazy<HashSet<string>> FirstNames = new(LoadNames);

    /// <summary>The words in <paramref name="text"/> that look like a name or an address, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        var hits = new List<string>();
        foreach (Match m in Address().Matches(text))
            hits.Add(m.Value);
        foreach (Match m in Word().Matches(text))
        {
            if (FirstNames.Value.Contains(m.Value))
                hits.Add(m.Value);
        }

        return hits.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The Dutch warning for the hits.</summary>
    public static string Warning(IEnumerable<string> hits) =>
        "Deze tekst lijkt een naam of adres te bevatten: " + string.Join(", ", hits.Select(h => "'" + h + "'"))
        + ". Beschrijf groepen en patronen, geen personen. Pas de tekst aan, of vink aan dat u toch wilt opslaan.";

    private static HashSet<string> LoadNames()
    {
        using var stream = typeof(NameDetector).Assembly.GetManifestResourceStream("Wijkkracht.Core.Privacy.common-first-names.txt")
            ?? throw new InvalidOperationException("The list of first names is missing.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
                names.Add(line);
        }

        return names;
    }

    /// <summary>A capitalised word.</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>A street name (ending in a usual street word) followed by a house number, or "nummer 12".</summary>
    [GeneratedRegex(@"\b\p{L}[\p{L}\-]*(straat|laan|weg|plein|kade|gracht|singel|dijk|hof|pad|steeg|dreef|markt|erf|baan|ring|park)\s+\d{1,4}(\s?[a-zA-Z])?\b|\b(nr\.?|nummer|huisnummer)\s*\d{1,4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
