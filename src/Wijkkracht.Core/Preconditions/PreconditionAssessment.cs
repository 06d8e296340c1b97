using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Preconditions;

/// <summary>How far one "vraagt om …" item of a precondition is in order.</summary>
public enum PreconditionScore
{
    WeetNiet = 0,
    NietOpOrde = 1,
    Deels = 2,
    OpOrde = 3,
}

/// <summary>
/// One precondition check (randvoorwaardencheck) of an approach at a date: a score and explanation per "vraagt om …"
/// item of the 12 preconditions, plus the three step-4 questions of the ESS guide. An assessment is a snapshot: a new
/// check is a new assessment, so earlier ones stay available for comparison.
/// </summary>
public sealed class PreconditionAssessment : IHasVisibility, ITenantOwned, IApproachScoped, IAudited, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>Who in the approach may read this record (ADR 0005); default <see cref="VisibilityRules.AssessmentDefault"/>.</summary>
    public VisibilityLevel Visibility { get; set; } = VisibilityRules.AssessmentDefault;

    /// <summary>With visibility Partners: the partner types that may read it (None: all partners).</summary>
    public PartnerType VisibleToPartnerTypes { get; set; }

    public DateOnly AssessedOn { get; set; }

    /// <summary>Who took part in the check (names/functions).</summary>
    public string Participants { get; set; } = "";

    public string Notes { get; set; } = "";

    public Guid RecordedByUserId { get; set; }

    /// <summary>
    /// True while the check is being filled in part by part (one precondition per screen). A draft is never counted:
    /// lists, the report, decisions and the plan read finished checks only (<see cref="PreconditionQueries.Finished"/>).
    /// </summary>
    public bool IsDraft { get; set; }

    public List<AssessmentItem> Items { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// The score of one item. <see cref="PreconditionId"/> is a precondition content id ("rv-01") with
/// <see cref="AskIndex"/> the 0-based "vraagt om" item, or a step-4 question key (<see cref="Step4Questions"/>) with
/// index 0.
/// </summary>
public sealed class AssessmentItem
{
    public string PreconditionId { get; set; } = "";

    public int AskIndex { get; set; }

    public PreconditionScore Score { get; set; }

    public string Explanation { get; set; } = "";
}

/// <summary>Query helpers for precondition checks.</summary>
public static class PreconditionQueries
{
    /// <summary>Finished checks only: drafts are not counted anywhere until they are finished.</summary>
    public static IQueryable<PreconditionAssessment> Finished(this IQueryable<PreconditionAssessment> query) => query.Where(a => !a.IsDraft);
}

/// <summary>Status of a follow-up action.</summary>
public enum ActionStatus
{
    Open = 1,
    Bezig = 2,
    Gereed = 3,
}

/// <summary>A gap turned into an "aan de slag" action with an owner and a due date.</summary>
public sealed class PreconditionAction : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Guid? AssessmentId { get; set; }

    public string PreconditionId { get; set; } = "";

    public string Description { get; set; } = "";

    public Guid? OwnerUserId { get; set; }

    public DateOnly? DueDate { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Open;

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// The three questions of the ESS decision moment after step 4, scored alongside the preconditions. The texts are the
/// guide's (content/methods/weerbare-gemeenschappen.yaml, decisionMoment.questions; a test keeps them equal).
/// </summary>
public static class Step4Questions
{
    public const string Draagvlak = "ess-stap4-draagvlak";
    public const string Menskracht = "ess-stap4-menskracht";
    public const string Inbreng = "ess-stap4-inbreng";

    public static readonly IReadOnlyList<(string Key, string Text)> All =
    [
        (Draagvlak, "Is er draagvlak en betrokkenheid bij bestuurders?"),
        (Menskracht, "Zijn er voldoende menskracht en middelen?"),
        (Inbreng, "Is er ruimte voor de inbreng van burgers?"),
    ];
}

/// <summary>Dutch labels and score arithmetic.</summary>
public static class PreconditionLabels
{
    public static string For(PreconditionScore score) => score switch
    {
        PreconditionScore.OpOrde => "Op orde",
        PreconditionScore.Deels => "Deels",
        PreconditionScore.NietOpOrde => "Niet op orde",
        PreconditionScore.WeetNiet => "Weet niet",
        _ => score.ToString(),
    };

    public static string For(ActionStatus status) => status switch
    {
        ActionStatus.Open => "Open",
        ActionStatus.Bezig => "Bezig",
        ActionStatus.Gereed => "Gereed",
        _ => status.ToString(),
    };

    /// <summary>
    /// Percentage 0–100 for a set of item scores: op orde 100, deels 50, niet op orde 0; "weet niet" is left out.
    /// Null when every item is "weet niet" (or there are none).
    /// </summary>
    public static int? Percentage(IEnumerable<PreconditionScore> scores)
    {
        var known = scores.Where(s => s != PreconditionScore.WeetNiet).ToList();
        if (known.Count == 0)
            return null;
        return (int)Math.Round(known.Average(s => s switch
        {
            PreconditionScore.OpOrde => 100.0,
            PreconditionScore.Deels => 50.0,
            _ => 0.0,
        }), MidpointRounding.AwayFromZero);
    }
}
