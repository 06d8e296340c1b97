using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Decisions;

/// <summary>The outcome of the decision moment (beslismoment) after ESS step 4.</summary>
public enum DecisionOutcome
{
    /// <summary>Go: continue with the approach.</summary>
    Door = 1,

    /// <summary>First put the preconditions in order.</summary>
    EerstRandvoorwaarden = 2,

    /// <summary>The approach does not fit (now).</summary>
    NietPassend = 3,
}

/// <summary>A recorded decision at the decision moment, linked to the precondition assessment it was based on.</summary>
public sealed class Decision : ITenantOwned, IApproachScoped, IAudited, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public DecisionOutcome Outcome { get; set; }

    public string Rationale { get; set; } = "";

    /// <summary>Who took the decision (names and functions, e.g. "Wethouder Jansen, stuurgroep").</summary>
    public string DecidedBy { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    /// <summary>The precondition assessment the decision was based on, if any.</summary>
    public Guid? AssessmentId { get; set; }

    public Guid RecordedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Dutch labels.</summary>
public static class DecisionLabels
{
    public static string For(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Door => "Door: we gaan verder met de aanpak",
        DecisionOutcome.EerstRandvoorwaarden => "Eerst de randvoorwaarden op orde",
        DecisionOutcome.NietPassend => "Niet passend",
        _ => outcome.ToString(),
    };
}
