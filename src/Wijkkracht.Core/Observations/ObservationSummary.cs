namespace Wijkkracht.Core.Observations;

/// <summary>Counts of the selection by part of day, day type and kind, as the database groups them.</summary>
public sealed record ObservationCountRow(PartOfDay PartOfDay, DayType DayType, ObservationKind? Kind, int Count, DateOnly First, DateOnly Last);

/// <summary>One cell of the grid as the database counts it: observations at a place in a part of day, and per group category how many saw it.</summary>
public sealed record ObservationGridRow(string PlaceName, PartOfDay PartOfDay, int Count, IReadOnlyDictionary<string, int> Groups);

/// <summary>The counts of a selection: how many, when, kracht and klacht, and (when asked for) the grid "welke groepen waar en wanneer".</summary>
public sealed class ObservationSummary
{
    private ObservationSummary(IReadOnlyList<ObservationCountRow> rows, ObservationGrid grid)
    {
        Count = rows.Sum(r => r.Count);
        Grid = grid;
        First = rows.Count == 0 ? null : rows.Min(r => r.First);
        Last = rows.Count == 0 ? null : rows.Max(r => r.Last);
        ByPart = ObservationGrid.Parts.ToDictionary(p => p, p => rows.Where(r => r.PartOfDay == p).Sum(r => r.Count));
        Weekend = rows.Where(r => r.DayType == DayType.Weekend).Sum(r => r.Count);
        Kracht = rows.Where(r => r.Kind == ObservationKind.Kracht).Sum(r => r.Count);
        Klacht = rows.Where(r => r.Kind == ObservationKind.Klacht).Sum(r => r.Count);
    }

    public static ObservationSummary Empty { get; } = new([], ObservationGrid.Build(Array.Empty<ObservationGridRow>()));

    public int Count { get; }

    /// <summary>The grid; empty unless the summary was asked for with the grid.</summary>
    public ObservationGrid Grid { get; }

    public DateOnly? First { get; }

    public DateOnly? Last { get; }

    public IReadOnlyDictionary<PartOfDay, int> ByPart { get; }

    public int Weekend { get; }

    public int Kracht { get; }

    public int Klacht { get; }

    public static ObservationSummary From(IReadOnlyList<ObservationCountRow> rows, IEnumerable<ObservationGridRow> grid)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ObservationSummary(rows, ObservationGrid.Build(grid));
    }
}

/// <summary>What the map and the GeoJSON need of an observation with a geographic point (no free text).</summary>
public sealed record ObservationPoint(Guid Id, DateOnly ObservedOn, TimeOnly ObservedAt, PartOfDay PartOfDay, DayType DayType, double Latitude, double Longitude, string PlaceName, string Groups, string Factors, ObservationKind? Kind);
