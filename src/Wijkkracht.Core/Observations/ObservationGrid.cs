namespace Wijkkracht.Core.Observations;

/// <summary>One cell of the grid: how many observations saw each group at one place in one part of the day.</summary>
public sealed record GridCell(IReadOnlyDictionary<string, int> Groups, int Observations);

/// <summary>
/// "Welke groepen waar en wanneer": places × parts of day, with per cell the number of observations in which each group
/// was seen. The accessible alternative to the map, as the guide asks ("een plattegrond waarop je tekent welke groepen je
/// waar ziet en op welke momenten").
/// </summary>
public sealed class ObservationGrid
{
    /// <summary>The place of an observation without a name (only a point on the map).</summary>
    public const string UnnamedPlace = "Punt op de kaart (zonder naam)";

    private ObservationGrid(IReadOnlyList<string> places, IReadOnlyDictionary<(string Place, PartOfDay Part), GridCell> cells)
    {
        Places = places;
        _cells = cells;
    }

    private readonly IReadOnlyDictionary<(string Place, PartOfDay Part), GridCell> _cells;

    public IReadOnlyList<string> Places { get; }

    public static IReadOnlyList<PartOfDay> Parts { get; } = [PartOfDay.Ochtend, PartOfDay.Middag, PartOfDay.Avond, PartOfDay.Nacht];

    public GridCell? Cell(string place, PartOfDay part) => _cells.TryGetValue((place, part), out var cell) ? cell : null;

    public static ObservationGrid Build(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return Build(observations.Select(o => new ObservationGridRow(o.PlaceName, o.PartOfDay, 1,
            ObservationCodec.DecodeGroups(o.Groups).ToDictionary(g => g.Category, _ => 1, StringComparer.Ordinal))));
    }

    /// <summary>The grid from cells counted by the database (<see cref="ObservationGridRow"/>); rows for the same place and part add up.</summary>
    public static ObservationGrid Build(IEnumerable<ObservationGridRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var counts = new Dictionary<(string, PartOfDay), (Dictionary<string, int> Groups, int Count)>();
        foreach (var row in rows)
        {
            var place = string.IsNullOrEmpty(row.PlaceName) ? UnnamedPlace : row.PlaceName;
            var key = (place, row.PartOfDay);
            if (!counts.TryGetValue(key, out var entry))
                entry = (new Dictionary<string, int>(StringComparer.Ordinal), 0);
            foreach (var (category, n) in row.Groups.Where(g => g.Value > 0))
                entry.Groups[category] = entry.Groups.GetValueOrDefault(category) + n;
            counts[key] = (entry.Groups, entry.Count + row.Count);
        }

        var places = counts.Keys.Select(k => k.Item1).Distinct(StringComparer.Ordinal)
            .OrderBy(p => p == UnnamedPlace ? 1 : 0).ThenBy(p => p, StringComparer.CurrentCulture).ToList();
        return new ObservationGrid(places, counts.ToDictionary(kv => kv.Key, kv => new GridCell(kv.Value.Groups, kv.Value.Count)));
    }
}
