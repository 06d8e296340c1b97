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

/// <summary>
/// What a decision means for the approach, after the guide's decision moment (ESS handreiking, step 4: "Zijn de
/// voorwaarden op orde? Dan kun je door naar stap 5 … Is dat niet het geval? Breng dan eerst de randvoorwaarden op orde.
/// Mogelijk moet je besluiten dat samenwerking met de gemeenschap (nog) niet passend is.").
/// </summary>
public static class DecisionEffects
{
    /// <summary>
    /// The approach status after the newest decision: "door" makes the approach active (it moves on to step 5);
    /// "eerst de randvoorwaarden op orde" keeps it in preparation; "niet passend" pauses it. A finished approach stays
    /// finished.
    /// </summary>
    public static Approaches.ApproachStatus StatusAfter(Approaches.ApproachStatus current, DecisionOutcome outcome) =>
        current == Approaches.ApproachStatus.Afgerond
            ? current
            : outcome switch
            {
                DecisionOutcome.Door => Approaches.ApproachStatus.Actief,
                DecisionOutcome.EerstRandvoorwaarden => Approaches.ApproachStatus.Voorbereiding,
                DecisionOutcome.NietPassend => Approaches.ApproachStatus.Gepauzeerd,
                _ => current,
            };

    /// <summary>The meaning of the decision in plain Dutch (B1), for the overview and the report.</summary>
    public static string Meaning(DecisionOutcome outcome, int afterStep = 4, int lastStep = 12) => outcome switch
    {
        DecisionOutcome.Door => $"Besluit 'door': de randvoorwaarden zijn goed genoeg. De aanpak gaat verder met stap {afterStep + 1} tot en met {lastStep}, te beginnen met het globale plan van aanpak.",
        DecisionOutcome.EerstRandvoorwaarden => $"Besluit 'nog niet': stap {afterStep + 1}–{lastStep} wachten op de randvoorwaarden. Werk eerst de open acties af en doe daarna een nieuwe check.",
        DecisionOutcome.NietPassend => "Besluit 'niet passend': samenwerken met de gemeenschap past nu (nog) niet. De aanpak staat stil tot er een nieuw besluit is.",
        _ => DecisionLabels.For(outcome),
    };
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
