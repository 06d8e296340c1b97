using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Meetings;

/// <summary>How often a recurring meeting comes back.</summary>
public enum RhythmFrequency
{
    Wekelijks = 1,
    Tweewekelijks = 2,
    Maandelijks = 3,
    PerKwartaal = 4,
    Halfjaarlijks = 5,
}

/// <summary>
/// A recurring meeting of the approach (issue 13 §4): a focusbijeenkomst twice a year, a leerbijeenkomst every quarter, a
/// weekly koffietafel, or any rhythm the team sets. Its dates appear on the approach's calendar and in the iCalendar
/// feeds as one recurring event. The core team sets the rhythm; readers follow the visibility model (ADR 0005).
/// </summary>
public sealed class MeetingRhythm : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public MeetingKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string Place { get; set; } = "";

    public RhythmFrequency Frequency { get; set; }

    /// <summary>The first date; later dates follow from <see cref="Frequency"/>.</summary>
    public DateOnly FirstDate { get; set; }

    /// <summary>The last date the rhythm may fall on; none: it runs on.</summary>
    public DateOnly? UntilDate { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly EndTime { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = MeetingDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The dates of this rhythm from <paramref name="from"/> to <paramref name="to"/> (inclusive), in order.</summary>
    public IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to)
    {
        var last = UntilDate is { } until && until < to ? until : to;
        for (var n = 0; ; n++)
        {
            var date = RhythmDates.Nth(FirstDate, Frequency, n);
            if (date > last)
                yield break;
            if (date >= from)
                yield return date;
        }
    }
}

/// <summary>Date arithmetic of a rhythm, the same as the RRULE the iCalendar feed writes (FREQ=WEEKLY or MONTHLY with INTERVAL).</summary>
public static class RhythmDates
{
    /// <summary>The n-th date (0 = the first). Monthly rhythms start on day 1–28, so every month has that day.</summary>
    public static DateOnly Nth(DateOnly first, RhythmFrequency frequency, int n) => frequency switch
    {
        RhythmFrequency.Wekelijks => first.AddDays(7 * n),
        RhythmFrequency.Tweewekelijks => first.AddDays(14 * n),
        _ => first.AddMonths(MonthsBetween(frequency) * n),
    };

    /// <summary>Weeks (weekly rhythms) or months (the others) between two dates.</summary>
    public static int Interval(RhythmFrequency frequency) => frequency switch
    {
        RhythmFrequency.Wekelijks => 1,
        RhythmFrequency.Tweewekelijks => 2,
        _ => MonthsBetween(frequency),
    };

    public static bool IsWeekly(RhythmFrequency frequency) => frequency is RhythmFrequency.Wekelijks or RhythmFrequency.Tweewekelijks;

    private static int MonthsBetween(RhythmFrequency frequency) => frequency switch
    {
        RhythmFrequency.Maandelijks => 1,
        RhythmFrequency.PerKwartaal => 3,
        RhythmFrequency.Halfjaarlijks => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };
}

/// <summary>
/// A personal secret address for the iCalendar feed of all approaches a user is a member of (issue 13 §4). Only a
/// SHA-256 hash of the secret is stored; the address is shown once, and a reset makes the old one stop working.
/// </summary>
public sealed class CalendarFeedToken : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}

/// <summary>Dutch labels.</summary>
public static class RhythmLabels
{
    public static string For(RhythmFrequency frequency) => frequency switch
    {
        RhythmFrequency.Wekelijks => "Elke week",
        RhythmFrequency.Tweewekelijks => "Elke twee weken",
        RhythmFrequency.Maandelijks => "Elke maand",
        RhythmFrequency.PerKwartaal => "Elk kwartaal",
        RhythmFrequency.Halfjaarlijks => "Twee keer per jaar",
        _ => frequency.ToString(),
    };
}

/// <summary>EF mapping of <see cref="MeetingRhythm"/>.</summary>
public sealed class MeetingRhythmConfiguration : IEntityTypeConfiguration<MeetingRhythm>
{
    public void Configure(EntityTypeBuilder<MeetingRhythm> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Place).HasMaxLength(300);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(r => r.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ApproachId);
    }
}

/// <summary>EF mapping of <see cref="CalendarFeedToken"/>.</summary>
public sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> builder)
    {
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
