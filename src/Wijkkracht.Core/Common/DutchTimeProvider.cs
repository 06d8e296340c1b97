namespace Wijkkracht.Core.Common;

/// <summary>
/// The system clock with Dutch local time (Europe/Amsterdam): "today", default dates and day filters follow the
/// municipality's calendar, also on a server whose own time zone is UTC.
/// </summary>
public sealed class DutchTimeProvider : TimeProvider
{
    /// <summary>The shared instance.</summary>
    public static DutchTimeProvider Instance { get; } = new();

    /// <summary>Europe/Amsterdam, or UTC on a machine without time-zone data.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => Zone;

    /// <summary>Today's date in the Netherlands.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(Instance.GetLocalNow().DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}

/// <summary>Moments shown to people are shown in Dutch time, whatever the server's own time zone.</summary>
public static class DutchTime
{
    /// <summary><paramref name="at"/> in Europe/Amsterdam.</summary>
    public static DateTimeOffset ToDutchTime(this DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, DutchTimeProvider.Zone);
}
