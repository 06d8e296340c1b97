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
/// Facet lists are primitive collections of facet ids (validated against facets.yaml on every write; ADR 0003).
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

    public List<string> TargetGroups { get; set; } = [];

    public List<string> Locations { get; set; } = [];

    public List<string> Themes { get; set; } = [];

    public List<string> PpctLevels { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public InterventionCard ToCard() => new(
        Id.ToString(), Title, Summary, Description, "eigen", true, SolutionDirection,
        [.. TargetGroups], [.. Locations], [.. Themes], [.. PpctLevels], []);
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

    /// <summary>Answers to the start questions (owned JSON, one entry per answered question).</summary>
    public List<StartAnswer> StartAnswers { get; set; } = [];

    /// <summary>Ids of the working principles (wp-1 … wp-6) the intervention relies on, sorted (primitive collection).</summary>
    public List<string> Principles { get; set; } = [];

    /// <summary>Links to the approach's goals this intervention serves (join table; deleting a goal removes its links).</summary>
    public List<ApproachInterventionGoal> Goals { get; set; } = [];

    /// <summary>The linked goal ids, sorted.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public IReadOnlyList<Guid> GoalIdList => Goals.Select(g => g.GoalId).Order().ToList();

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The team's answer to one start question of the working-principles analysis.</summary>
public sealed class StartAnswer
{
    /// <summary>Start-question id (sv-1 …).</summary>
    public string QuestionId { get; set; } = "";

    public string Answer { get; set; } = "";
}

/// <summary>
/// Link between a chosen intervention and a goal of the same approach. Both foreign keys cascade: deleting the goal or
/// the intervention removes the link. Changes are audited in the intervention's audit event (<see cref="IAuditedPart"/>).
/// </summary>
public sealed class ApproachInterventionGoal : ITenantOwned, IAuditedPart
{
    public Guid OrganisationId { get; set; }

    public Guid ApproachInterventionId { get; set; }

    public Guid GoalId { get; set; }
}
