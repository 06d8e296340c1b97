using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Observations;

/// <summary>Part of the day, derived from the time of an observation (guide: "in de avond ziet een buurt er anders uit dan in de ochtend").</summary>
public enum PartOfDay
{
    Ochtend = 1,
    Middag = 2,
    Avond = 3,
    Nacht = 4,
}

/// <summary>Weekday or weekend, derived from the date ("maak eens een wandeling door de wijk, ook in het weekend").</summary>
public enum DayType
{
    Doordeweeks = 1,
    Weekend = 2,
}

/// <summary>Whether an observation shows a strength or a complaint of the neighbourhood ("Krachten en klachten herkennen").</summary>
public enum ObservationKind
{
    Kracht = 1,
    Klacht = 2,
}

/// <summary>Rough size of a group: never a count of named people.</summary>
public enum GroupSize
{
    Enkeling = 1,
    Klein = 2,
    Middel = 3,
    Groot = 4,
}

/// <summary>Who observed together with the observer ("samen met een collega, professional of bewoner").</summary>
public enum CompanionKind
{
    Collega = 1,
    Professional = 2,
    Bewoner = 3,
}

/// <summary>One group seen in an observation: a category from content/observations.yaml and a rough size.</summary>
public sealed record ObservedGroup(string Category, GroupSize Size);

/// <summary>
/// A waarneming: what someone saw at one place and time in the approach's area. It records groups and patterns, never
/// identifiable people. The place is a geographic point (WGS84), and/or a named place of the area. The free text
/// (<see cref="WhatHappens"/> and the answers to the step-1 questions) is readable by the core team and the observers only.
/// </summary>
public sealed class Observation : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public DateOnly ObservedOn { get; set; }

    public TimeOnly ObservedAt { get; set; }

    /// <summary>Derived from <see cref="ObservedAt"/> (stored for filtering).</summary>
    public PartOfDay PartOfDay { get; set; }

    /// <summary>Derived from <see cref="ObservedOn"/> (stored for filtering).</summary>
    public DayType DayType { get; set; }

    /// <summary>WGS84 latitude of the point on the map, if any.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>A named place of the area ("Speelplein Kastanjehof"), "" when only a point was given.</summary>
    public string PlaceName { get; set; } = "";

    /// <summary>The groups as stored: <c>|jongeren=Klein|ouderen=Groot|</c> (see <see cref="ObservationCodec"/>).</summary>
    public string Groups { get; set; } = "";

    /// <summary>Factor tag ids as stored: <c>|sociale-binding|peers|</c>.</summary>
    public string Factors { get; set; } = "";

    public ObservationKind? Kind { get; set; }

    /// <summary>What happens, in the observer's words (core team and observers only).</summary>
    public string WhatHappens { get; set; } = "";

    /// <summary>Answers to the step-1 questions as stored: JSON object question id → answer (core team and observers only).</summary>
    public string PromptAnswers { get; set; } = "";

    /// <summary>The member who recorded it; always one of the observers.</summary>
    public Guid RecordedByUserId { get; set; }

    /// <summary>Other observers (members of the approach) as stored: <c>|guid|guid|</c>.</summary>
    public string OtherObservers { get; set; } = "";

    public CompanionKind? Companion { get; set; }

    /// <summary>The walk (schouw) this observation was made on, if any; always a walk of the same approach.</summary>
    public Guid? WalkId { get; set; }

    /// <summary>The pin on the approach's plattegrond: distance from the left edge in percent (0–100), if pinned.</summary>
    public double? PinX { get; set; }

    /// <summary>The pin on the plattegrond: distance from the top edge in percent (0–100).</summary>
    public double? PinY { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Dutch labels.</summary>
public static class ObservationLabels
{
    public static string For(PartOfDay part) => part switch
    {
        PartOfDay.Ochtend => "Ochtend",
        PartOfDay.Middag => "Middag",
        PartOfDay.Avond => "Avond",
        PartOfDay.Nacht => "Nacht",
        _ => part.ToString(),
    };

    public static string For(DayType day) => day == DayType.Weekend ? "Weekend" : "Doordeweeks";

    public static string For(ObservationKind kind) => kind == ObservationKind.Kracht ? "Kracht" : "Klacht";

    public static string For(GroupSize size) => size switch
    {
        GroupSize.Enkeling => "Eén of twee",
        GroupSize.Klein => "Klein (3 tot 5)",
        GroupSize.Middel => "Middel (6 tot 15)",
        GroupSize.Groot => "Groot (meer dan 15)",
        _ => size.ToString(),
    };

    public static string For(CompanionKind companion) => companion switch
    {
        CompanionKind.Collega => "Een collega",
        CompanionKind.Professional => "Een professional",
        CompanionKind.Bewoner => "Een bewoner",
        _ => companion.ToString(),
    };
}
