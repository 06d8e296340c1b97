using Wijkkracht.Core.Common;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Actions;

/// <summary>The three kinds of action of issue 13 (WerkwijzerPlus steps 4–5; ESS "Voorbeelden van activiteiten").</summary>
public enum ActionKind
{
    /// <summary>A small, visible action to try how the neighbourhood responds (a small win).</summary>
    ZichtbareActie = 1,

    /// <summary>An experiment that means to disturb an existing pattern; reversible, evaluated, closed after a meeting.</summary>
    Experiment = 2,

    /// <summary>An activity per PPCT level (the ESS examples are the pick list).</summary>
    Activiteit = 3,
}

/// <summary>Where an action stands.</summary>
public enum ActionStage
{
    Idee = 1,
    Gepland = 2,
    Loopt = 3,
    Afgerond = 4,
    Gestopt = 5,
}

/// <summary>What the team decided after an experiment's after-meeting ([000] 5–6).</summary>
public enum ExperimentDecision
{
    Stoppen = 1,
    Aanpassen = 2,
    Voortzetten = 3,
    Borgen = 4,
}

/// <summary>
/// A zichtbare actie, experiment or activiteit of an approach (issue 13 §1–2). Readers follow the visibility model
/// (ADR 0005): network members see actions opened to the network ("deelbaar"). The core team edits every action; a
/// partner edits the actions they own (<see cref="OwnerUserId"/>); only the core team records an experiment's decision.
/// </summary>
public sealed class NeighbourhoodAction : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public ActionKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public PpctLevel? PpctLevel { get; set; }

    /// <summary>Rung of the participation ladder (1–6), as for goals.</summary>
    public int? ParticipationRung { get; set; }

    /// <summary>For an activiteit: the ESS example it follows ("Vrije tijd", "Oudergroepen"); "" for none.</summary>
    public string ActivityExample { get; set; } = "";

    /// <summary>A named place ("Trapveld", "Buurthuis De Schakel").</summary>
    public string PlaceName { get; set; } = "";

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>
    /// "Delen in het buurtbericht": the team may mention this action in a buurtbericht (its title, date and place; issue 13 §8).
    /// </summary>
    public bool Shareable { get; set; }

    /// <summary>
    /// A risky activity (issue 14 §3; the guide: "Betrek de politie bij risicovolle activiteiten"): it cannot start
    /// (stand "loopt" or later) before <see cref="PoliceContact"/> is recorded.
    /// </summary>
    public bool Risky { get; set; }

    /// <summary>Who at the police is involved in a risky activity and what was agreed with them.</summary>
    public string PoliceContact { get; set; } = "";

    /// <summary>Who organises it (groups or organisations; team members by display name).</summary>
    public string Organisers { get; set; } = "";

    /// <summary>Local suppliers ("inkopen lokaal").</summary>
    public string LocalSuppliers { get; set; } = "";

    /// <summary>Cost in euros, if known.</summary>
    public decimal? Cost { get; set; }

    public ActionStage Status { get; set; } = ActionStage.Gepland;

    /// <summary>The member who owns the action (a partner may edit the actions they own).</summary>
    public Guid? OwnerUserId { get; set; }

    public List<Guid> GoalIds { get; set; } = [];

    public List<Guid> ThemeIds { get; set; } = [];

    public List<Guid> OpportunityIds { get; set; } = [];

    /// <summary>Slugs of interventions from the knowledge base.</summary>
    public List<string> InterventionSlugs { get; set; } = [];

    // After the action: what the guide asks to observe ([000] 4, L350).
    public string WhoJoined { get; set; } = "";

    public string WhoDidNotJoin { get; set; } = "";

    public string PatternChange { get; set; } = "";

    public string ResidentFeedback { get; set; } = "";

    // Experiment ([000] 5, L423–427).
    public string Pattern { get; set; } = "";

    public string ExpectedEffect { get; set; } = "";

    /// <summary>How, with whom and when it is evaluated; agreed before the start.</summary>
    public string EvaluationPlan { get; set; } = "";

    public DateOnly? EvaluationDate { get; set; }

    public string StopCriterion { get; set; } = "";

    /// <summary>How it is removed or stopped at negative effects.</summary>
    public string UndoPlan { get; set; } = "";

    public ExperimentDecision? Decision { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public string DecisionNote { get; set; } = "";

    /// <summary>For borgen: who carries it on (the municipality, an organisation, residents).</summary>
    public string BorgingOwner { get; set; } = "";

    /// <summary>For borgen: how it is paid for.</summary>
    public string BorgingFunding { get; set; } = "";

    public Guid? DecidedByUserId { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = ActionDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Defaults of actions.</summary>
public static class ActionDefaults
{
    /// <summary>Actions are planned with partners; the team opens an action to the network when it may be shared.</summary>
    public const VisibilityLevel Visibility = VisibilityLevel.Partners;
}

/// <summary>Dutch labels.</summary>
public static class ActionLabels
{
    public static string For(ActionKind kind) => kind switch
    {
        ActionKind.ZichtbareActie => "Zichtbare actie",
        ActionKind.Experiment => "Experiment",
        ActionKind.Activiteit => "Activiteit",
        _ => kind.ToString(),
    };

    public static string For(ActionStage status) => status switch
    {
        ActionStage.Idee => "Idee",
        ActionStage.Gepland => "Gepland",
        ActionStage.Loopt => "Loopt",
        ActionStage.Afgerond => "Afgerond",
        ActionStage.Gestopt => "Gestopt",
        _ => status.ToString(),
    };

    public static string For(ExperimentDecision decision) => decision switch
    {
        ExperimentDecision.Stoppen => "Stoppen",
        ExperimentDecision.Aanpassen => "Aanpassen",
        ExperimentDecision.Voortzetten => "Voortzetten",
        ExperimentDecision.Borgen => "Borgen",
        _ => decision.ToString(),
    };
}
