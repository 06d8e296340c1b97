using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Knowledge;

/// <summary>What an organisation's own catalogue entry is.</summary>
public enum OwnInterventionKind
{
    Interventie = 1,
    Praktijkvoorbeeld = 2,
}

/// <summary>
/// An organisation's own intervention or local practice example, with the same facets as the standard catalogue.
/// Facet lists are stored as comma-separated facet ids (validated against facets.yaml on every write).
/// </summary>
public sealed class OwnIntervention : ITenantOwned, IVersioned, ITimestamped, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public OwnInterventionKind Kind { get; set; } = OwnInterventionKind.Interventie;

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Problem, goals and way of working (plain text).</summary>
    public string Description { get; set; } = "";

    public string? Municipality { get; set; }

    public string? SolutionDirection { get; set; }

    public string TargetGroups { get; set; } = "";

    public string Locations { get; set; } = "";

    public string Themes { get; set; } = "";

    public string PpctLevels { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public InterventionCard ToCard() => new(
        Id.ToString(), Title, Summary, Description, "eigen", true, SolutionDirection,
        Split(TargetGroups), Split(Locations), Split(Themes), Split(PpctLevels), []);

    public static IReadOnlyList<string> Split(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A standard intervention the organisation has hidden from its users' lists and finder.</summary>
public sealed class HiddenIntervention : ITenantOwned, IVersioned, ITimestamped, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>Id of a standard intervention in content/interventions.</summary>
    public string InterventionId { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// An intervention chosen for an approach's plan, with a note and the working-principles analysis: answers to the
/// start questions and the principles the team thinks it relies on.
/// </summary>
public sealed class ApproachIntervention : ITenantOwned, IVersioned, ITimestamped, IAudited, IApproachScoped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Approach? Approach { get; set; }

    /// <summary>A standard intervention id, or the id (Guid, "D" format) of an own intervention.</summary>
    public string InterventionId { get; set; } = "";

    public string Note { get; set; } = "";

    /// <summary>JSON object: start-question id → answer.</summary>
    public string StartAnswers { get; set; } = "{}";

    /// <summary>Comma-separated ids of the working principles (wp-1 … wp-6) the intervention relies on.</summary>
    public string Principles { get; set; } = "";

    /// <summary>Comma-separated ids of the approach's goals this intervention serves.</summary>
    public string GoalIds { get; set; } = "";

    /// <summary>The goal ids as a list.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public IReadOnlyList<Guid> GoalIdList => GoalIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
