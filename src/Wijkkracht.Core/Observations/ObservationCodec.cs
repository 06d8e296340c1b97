using System.Globalization;
using System.Text.Json;

namespace Wijkkracht.Core.Observations;

/// <summary>
/// Derivations and the stored forms of an observation's lists. Lists are kept as delimited text with a leading and a
/// trailing delimiter (<c>|a|b|</c>) so one <c>LIKE '%|a|%'</c> (<see cref="string.Contains(string)"/>) filters them on
/// both providers without an extra table.
/// </summary>
public static class ObservationCodec
{
    /// <summary>Nacht 0:00–5:59, ochtend 6:00–11:59, middag 12:00–17:59, avond 18:00–23:59.</summary>
    public static PartOfDay PartOfDayFor(TimeOnly time) => time.Hour switch
    {
        < 6 => PartOfDay.Nacht,
        < 12 => PartOfDay.Ochtend,
        < 18 => PartOfDay.Middag,
        _ => PartOfDay.Avond,
    };

    public static DayType DayTypeFor(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayType.Weekend : DayType.Doordeweeks;

    public static string EncodeGroups(IEnumerable<ObservedGroup> groups)
    {
        var list = groups.Select(g => $"{g.Category}={g.Size}").ToList();
        return list.Count == 0 ? "" : "|" + string.Join('|', list) + "|";
    }

    public static IReadOnlyList<ObservedGroup> DecodeGroups(string stored) =>
        Split(stored).Select(part => part.Split('=', 2)).Where(p => p.Length == 2 && Enum.TryParse<GroupSize>(p[1], out _))
            .Select(p => new ObservedGroup(p[0], Enum.Parse<GroupSize>(p[1]))).ToList();

    /// <summary>The pattern that finds a group category in <see cref="Observation.Groups"/>.</summary>
    public static string GroupPattern(string category) => "|" + category + "=";

    public static string EncodeList(IEnumerable<string> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "" : "|" + string.Join('|', list) + "|";
    }

    public static IReadOnlyList<string> Split(string stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The pattern that finds one value in a stored list.</summary>
    public static string ListPattern(string value) => "|" + value + "|";

    public static IReadOnlyList<Guid> DecodeIds(string stored) =>
        Split(stored).Select(s => Guid.TryParse(s, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();

    public static string EncodeAnswers(IReadOnlyDictionary<string, string> answers)
    {
        var kept = answers.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value.Trim(), StringComparer.Ordinal);
        return kept.Count == 0 ? "" : JsonSerializer.Serialize(kept);
    }

    public static Dictionary<string, string> DecodeAnswers(string stored)
    {
        if (string.IsNullOrEmpty(stored))
            return new(StringComparer.Ordinal);
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stored) is { } d ? new(d, StringComparer.Ordinal) : new(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return new(StringComparer.Ordinal);
        }
    }
}
