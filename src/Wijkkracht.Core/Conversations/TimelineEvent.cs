using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Conversations;

/// <summary>What kind of thing is on the timeline (WerkwijzerPlus step 3 "behangrol"; ESS step 3: earlier trajectories).</summary>
public enum TimelineKind
{
    Gebeurtenis = 1,
    Activiteit = 2,
    Incident = 3,
    EerderTraject = 4,
}

/// <summary>Whether the event was felt as positive or negative in the neighbourhood.</summary>
public enum TimelineTone
{
    Neutraal = 0,
    Positief = 1,
    Negatief = 2,
}

/// <summary>
/// One event on the approach's timeline: a date or a period, place, source and who added it. Incidents describe what
/// happened, never who. Readable with <see cref="Security.ApproachPermission.ViewPlan"/> (core team and partners, who
/// meet around the timeline in the focus group), changed with <see cref="Security.ApproachPermission.Edit"/>.
/// </summary>
public sealed class TimelineEvent : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public TimelineKind Kind { get; set; }

    public TimelineTone Tone { get; set; }

    /// <summary>The date, or the first day of the period.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The last day of a period (null: a single day).</summary>
    public DateOnly? EndDate { get; set; }

    public string Place { get; set; } = "";

    /// <summary>Where the knowledge comes from (a conversation, a meeting, the police, a newspaper).</summary>
    public string Source { get; set; } = "";

    public Guid? AddedByUserId { get; set; }

    public string AddedByName { get; set; } = "";

    /// <summary>The conversation it was taken from, if any.</summary>
    public Guid? ConversationId { get; set; }

    /// <summary>The themes it is tagged with (join table).</summary>
    public List<TimelineEventTheme> Themes { get; set; } = [];

    /// <summary>The tagged theme ids, sorted.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public IReadOnlyList<Guid> ThemeIdList => Themes.Select(t => t.ThemeId).Order().ToList();

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Dutch labels.</summary>
public static class TimelineLabels
{
    public static string For(TimelineKind kind) => kind switch
    {
        TimelineKind.Gebeurtenis => "Gebeurtenis",
        TimelineKind.Activiteit => "Activiteit",
        TimelineKind.Incident => "Incident",
        TimelineKind.EerderTraject => "Eerder traject",
        _ => kind.ToString(),
    };

    public static string For(TimelineTone tone) => tone switch
    {
        TimelineTone.Positief => "Positief",
        TimelineTone.Negatief => "Negatief",
        _ => "Neutraal",
    };
}
