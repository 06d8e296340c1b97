using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Goals;

/// <summary>Context levels of the PPCT model (Bronfenbrenner) used by the ESS guide.</summary>
public enum PpctLevel
{
    Micro = 1,
    Meso = 2,
    Exo = 3,
    Macro = 4,
}

/// <summary>Short or long term.</summary>
public enum GoalTerm
{
    Kort = 1,
    Lang = 2,
}

/// <summary>Progress of a goal.</summary>
public enum GoalStatus
{
    Gepland = 1,
    Bezig = 2,
    Behaald = 3,
    Bijgesteld = 4,
    Gestopt = 5,
}

/// <summary>
/// A positive, concrete goal of the approach at one PPCT level, with the chosen rung of the participation ladder
/// (1 = lowest, 6 = highest) and the answers to the ladder's choice questions.
/// </summary>
public sealed class Goal : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public PpctLevel Level { get; set; }

    public GoalTerm Term { get; set; }

    public GoalStatus Status { get; set; } = GoalStatus.Gepland;

    public Guid? OwnerUserId { get; set; }

    public DateOnly? TargetDate { get; set; }

    /// <summary>Participation-ladder rung 1–6, if chosen.</summary>
    public int? ParticipationRung { get; set; }

    /// <summary>Answers to the ladder's choice questions (why this rung).</summary>
    public string RungRationale { get; set; } = "";

    /// <summary>
    /// How the goal is going, in the owner's words. The goal's owner may change it (and the status) even without the
    /// right to edit the plan (issue 9: partners update the goals they own).
    /// </summary>
    public string ProgressNote { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Dutch labels.</summary>
public static class GoalLabels
{
    public static string For(PpctLevel level) => level switch
    {
        PpctLevel.Micro => "Microniveau",
        PpctLevel.Meso => "Mesoniveau",
        PpctLevel.Exo => "Exoniveau",
        PpctLevel.Macro => "Macroniveau",
        _ => level.ToString(),
    };

    public static string For(GoalTerm term) => term == GoalTerm.Kort ? "Korte termijn" : "Lange termijn";

    public static string For(GoalStatus status) => status switch
    {
        GoalStatus.Gepland => "Gepland",
        GoalStatus.Bezig => "Bezig",
        GoalStatus.Behaald => "Behaald",
        GoalStatus.Bijgesteld => "Bijgesteld",
        GoalStatus.Gestopt => "Gestopt",
        _ => status.ToString(),
    };
}
