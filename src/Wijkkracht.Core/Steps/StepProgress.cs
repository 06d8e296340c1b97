using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Steps;

/// <summary>Status of a method step in an approach. Steps are not a forced sequence: several can be active.</summary>
public enum StepStatus
{
    NietGestart = 0,
    Bezig = 1,
    Afgerond = 2,
}

/// <summary>The team's work on one step of a method in one approach: status, results checklist, answers and notes.</summary>
public sealed class StepProgress : IHasVisibility, ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>Who in the approach may read this record (ADR 0005); default <see cref="VisibilityRules.StepDefault"/>.</summary>
    public VisibilityLevel Visibility { get; set; } = VisibilityRules.StepDefault;

    /// <summary>With visibility Partners: the partner types that may read it (None: all partners).</summary>
    public PartnerType VisibleToPartnerTypes { get; set; }

    /// <summary>The step's content id, e.g. "wwp-stap-1" or "ess-stap-4".</summary>
    public string StepId { get; set; } = "";

    public StepStatus Status { get; set; }

    public string Notes { get; set; } = "";

    public List<StepResultCheck> Results { get; set; } = [];

    public List<StepAnswer> Answers { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One result of the step's checklist (by 0-based index in the guide's list).</summary>
public sealed class StepResultCheck
{
    public int Index { get; set; }

    public bool Achieved { get; set; }

    public DateOnly? AchievedOn { get; set; }

    public string Note { get; set; } = "";

    /// <summary>Links to evidence, one per line: a page of this approach (/aanpakken/…) or a document URL.</summary>
    public string Evidence { get; set; } = "";
}

/// <summary>The team's answer to one of the step's questions (by 0-based index).</summary>
public sealed class StepAnswer
{
    public int Index { get; set; }

    public string Answer { get; set; } = "";
}

/// <summary>Dutch labels.</summary>
public static class StepLabels
{
    public static string For(StepStatus status) => status switch
    {
        StepStatus.NietGestart => "Niet gestart",
        StepStatus.Bezig => "Bezig",
        StepStatus.Afgerond => "Afgerond",
        _ => status.ToString(),
    };
}
