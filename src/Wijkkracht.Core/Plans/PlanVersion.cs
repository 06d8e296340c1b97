using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Plans;

/// <summary>
/// One saved version of the global plan of approach (ESS step 5). Versions are never changed: every save adds the next
/// number, so versions can be compared. Two editors saving on the same base version: the second gets a conflict.
/// </summary>
public sealed class PlanVersion : IHasVisibility, ITenantOwned, IApproachScoped, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>Who in the approach may read this record (ADR 0005); default <see cref="VisibilityRules.PlanDefault"/>.</summary>
    public VisibilityLevel Visibility { get; set; } = VisibilityRules.PlanDefault;

    /// <summary>With visibility Partners: the partner types that may read it (None: all partners).</summary>
    public PartnerType VisibleToPartnerTypes { get; set; }

    /// <summary>1, 2, 3, … per approach; unique per approach.</summary>
    public int Number { get; set; }

    /// <summary>Gebied of gemeenschap.</summary>
    public string AreaOrCommunity { get; set; } = "";

    /// <summary>Het centrale vraagstuk.</summary>
    public string CentralIssue { get; set; } = "";

    /// <summary>Taakomschrijvingen.</summary>
    public string Tasks { get; set; } = "";

    /// <summary>Beleidsambitie en opdracht.</summary>
    public string PolicyAmbition { get; set; } = "";

    /// <summary>Randvoorwaarden (text; the check is linked by <see cref="AssessmentId"/>).</summary>
    public string Preconditions { get; set; } = "";

    public Guid? AssessmentId { get; set; }

    public string Budget { get; set; } = "";

    /// <summary>Evaluatiemomenten.</summary>
    public string EvaluationMoments { get; set; } = "";

    /// <summary>Beslismomenten.</summary>
    public string DecisionMoments { get; set; } = "";

    public string RoleWijkverbinder { get; set; } = "";

    public string RoleGemeenteverbinder { get; set; } = "";

    /// <summary>Interne opdrachtgever.</summary>
    public string InternalClient { get; set; } = "";

    /// <summary>Besluitvormingsstructuur.</summary>
    public string DecisionStructure { get; set; } = "";

    public Guid CreatedByUserId { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
