using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Evaluation;

/// <summary>One answer in an evaluation round: main question 0–3 and sub-question 0–2 of content/fieldwork-questions.yaml (lists evaluatie-1 … evaluatie-4).</summary>
public sealed class EvaluationAnswer
{
    public int Question { get; set; }

    public int Sub { get; set; }

    public string Answer { get; set; } = "";
}

/// <summary>Whether an evaluation round is still being filled in or was closed by the core team.</summary>
public enum EvaluationStatus
{
    Concept = 1,
    Afgerond = 2,
}

/// <summary>
/// An evaluation round (issue 13 §5; ESS step 11 "Evalueer samen met de gemeenschap"): the guide's four questions and their
/// sub-questions answered together and dated, the municipality's own role, the adjustments, and when and how the results
/// were fed back to everyone involved. Only the core team closes a round. Readers follow the visibility model (ADR 0005).
/// </summary>
public sealed class EvaluationRound : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public DateOnly HeldOn { get; set; }

    /// <summary>Who evaluated together (groups and organisations).</summary>
    public string Participants { get; set; } = "";

    public List<EvaluationAnswer> Answers { get; set; } = [];

    /// <summary>The municipality's own share ("Evalueer ook je eigen rol als gemeente").</summary>
    public string OwnRole { get; set; } = "";

    public string Adjustments { get; set; } = "";

    public DateOnly? CommunicatedOn { get; set; }

    public string CommunicatedHow { get; set; } = "";

    public EvaluationStatus Status { get; set; } = EvaluationStatus.Concept;

    public DateOnly? ClosedOn { get; set; }

    public Guid? ClosedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = EvaluationDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A number or a qualitative observation ("niet alles is kwantificeerbaar").</summary>
public enum IndicatorKind
{
    Getal = 1,
    Kwalitatief = 2,
}

/// <summary>One measurement of an indicator: a value (for numbers) and/or a note.</summary>
public sealed class IndicatorMeasurement
{
    public DateOnly Date { get; set; }

    public decimal? Value { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>
/// An indicator of a goal (issue 13 §5): a baseline and repeated measurements, numbers or qualitative notes, shown as a
/// chart with a table beside it. Readers follow the visibility model.
/// </summary>
public sealed class Indicator : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Guid? GoalId { get; set; }

    public string Name { get; set; } = "";

    public IndicatorKind Kind { get; set; } = IndicatorKind.Getal;

    /// <summary>Unit of a number ("meldingen per maand", "%").</summary>
    public string Unit { get; set; } = "";

    /// <summary>Where the figures come from (politie, enquête, turven).</summary>
    public string Source { get; set; } = "";

    public DateOnly? BaselineDate { get; set; }

    public decimal? BaselineValue { get; set; }

    public string BaselineNote { get; set; } = "";

    public decimal? TargetValue { get; set; }

    public List<IndicatorMeasurement> Measurements { get; set; } = [];

    public VisibilityLevel Visibility { get; set; } = EvaluationDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A lesson learned (issue 13 §5; ESS step 12 "Leg deze vast, zodat je ze kunt gebruiken voor toekomstige projecten").
/// Members of the approach read its lessons; a lesson shared with the organisation is found by every professional of the
/// organisation on the lessons page, so the next approach starts from it.
/// </summary>
public sealed class Lesson : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>Keywords, comma separated ("jongeren, ondernemers").</summary>
    public string Tags { get; set; } = "";

    public DateOnly LearnedOn { get; set; }

    public bool ShareInOrganisation { get; set; } = true;

    public Guid? CreatedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Defaults of the evaluation records.</summary>
public static class EvaluationDefaults
{
    /// <summary>Evaluation is done with partners; the team opens results to the network when they are fed back.</summary>
    public const VisibilityLevel Visibility = VisibilityLevel.Partners;

    public const int Short = 500;
    public const int Long = 4000;
}

/// <summary>Dutch labels.</summary>
public static class EvaluationLabels
{
    public static string For(EvaluationStatus status) => status == EvaluationStatus.Afgerond ? "Afgerond" : "Concept";

    public static string For(IndicatorKind kind) => kind == IndicatorKind.Kwalitatief ? "Kwalitatief (beschrijving)" : "Getal";
}
