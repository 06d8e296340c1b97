namespace Wijkkracht.Core.Knowledge;

// The classes below mirror docs/content-schema.md one to one; YamlDotNet fills them (camelCase keys). They are
// mutable only because the deserializer needs setters: after loading, nothing changes them.

/// <summary>Where an item comes from: a seed file and the heading or page in it.</summary>
public sealed class SourceRef
{
    public string File { get; set; } = "";

    public string Section { get; set; } = "";
}

/// <summary>One value of a facet vocabulary (facets.yaml).</summary>
public sealed class FacetValue
{
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";
}

/// <summary>An entry of content/synonyms.yaml: words that mean the same here, and why.</summary>
public sealed class SynonymGroupDoc
{
    public List<string> Words { get; set; } = [];

    public string Reason { get; set; } = "";
}

/// <summary>content/facets.yaml.</summary>
public sealed class FacetsDoc
{
    public List<FacetValue> SolutionDirections { get; set; } = [];

    public List<FacetValue> TargetGroups { get; set; } = [];

    public List<FacetValue> Locations { get; set; } = [];

    public List<FacetValue> Themes { get; set; } = [];

    public List<FacetValue> PpctLevels { get; set; } = [];
}

/// <summary>content/methods/&lt;id&gt;.yaml.</summary>
public sealed class MethodDoc
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Publisher { get; set; } = "";

    public int? Year { get; set; }

    public bool Cumulative { get; set; }

    public string Summary { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }

    public List<MethodPrincipleDoc> Principles { get; set; } = [];

    public List<PhaseDoc> Phases { get; set; } = [];

    public List<StepDoc> Steps { get; set; } = [];

    public DecisionMomentDoc? DecisionMoment { get; set; }
}

/// <summary>A base principle of a method.</summary>
public sealed class MethodPrincipleDoc
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>A phase of a method (ESS has four).</summary>
public sealed class PhaseDoc
{
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>A guidance item of a step.</summary>
public sealed class GuidanceDoc
{
    public string Title { get; set; } = "";

    public string Body { get; set; } = "";
}

/// <summary>A step of a method.</summary>
public sealed class StepDoc
{
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public string? Phase { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Goal { get; set; } = "";

    public List<string> Results { get; set; } = [];

    public string WhatToDo { get; set; } = "";

    public List<string> Questions { get; set; } = [];

    public List<GuidanceDoc> Guidance { get; set; } = [];

    public List<string> Tips { get; set; } = [];

    public List<string> PracticeExamples { get; set; } = [];

    public bool DecisionMomentAfter { get; set; }

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }

    /// <summary>The method this step belongs to (set by the loader).</summary>
    public string MethodId { get; set; } = "";
}

/// <summary>The go/no-go decision moment of a method.</summary>
public sealed class DecisionMomentDoc
{
    public int AfterStep { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public List<string> Questions { get; set; } = [];

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>A quote in a practice story.</summary>
public sealed class QuoteDoc
{
    public string Text { get; set; } = "";

    public string Speaker { get; set; } = "";

    public string Role { get; set; } = "";
}

/// <summary>An in-depth article.</summary>
public sealed class ArticleDoc
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Method { get; set; } = "";

    public string Category { get; set; } = "";

    public List<string> Steps { get; set; } = [];

    public string Body { get; set; } = "";

    public List<string> Items { get; set; } = [];

    public List<QuoteDoc> Quotes { get; set; } = [];

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>A PPCT level.</summary>
public sealed class PpctLevelDoc
{
    public string Id { get; set; } = "";

    public string Level { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public List<string> Examples { get; set; } = [];

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>content/participation-ladder.yaml.</summary>
public sealed class ParticipationLadderDoc
{
    public string Intro { get; set; } = "";

    public List<string> ChoiceQuestions { get; set; } = [];

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }

    public List<LadderRungDoc> Rungs { get; set; } = [];
}

/// <summary>A rung of the participation ladder.</summary>
public sealed class LadderRungDoc
{
    public string Id { get; set; } = "";

    public int Rung { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public List<string> Questions { get; set; } = [];

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>One of the 12 preconditions (randvoorwaarden).</summary>
public sealed class PreconditionDoc
{
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string Intro { get; set; } = "";

    public List<string> Asks { get; set; } = [];

    public string Practice { get; set; } = "";

    public List<string> Actions { get; set; } = [];

    public List<string> Literature { get; set; } = [];

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>content/principles.yaml.</summary>
public sealed class PrinciplesDoc
{
    public string Intro { get; set; } = "";

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }

    public List<WorkingPrincipleDoc> Principles { get; set; } = [];

    public List<StartQuestionDoc> StartQuestions { get; set; } = [];
}

/// <summary>A practice story reference.</summary>
public sealed class PracticeStoryDoc
{
    public string Title { get; set; } = "";

    public string Municipality { get; set; } = "";
}

/// <summary>One of the 6 working principles (werkzame principes).</summary>
public sealed class WorkingPrincipleDoc
{
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string HowItWorks { get; set; } = "";

    public string HowToApply { get; set; } = "";

    public string WatchOut { get; set; } = "";

    public List<string> Literature { get; set; } = [];

    public PracticeStoryDoc? PracticeStory { get; set; }

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>A start question for finding the working principles of an intervention.</summary>
public sealed class StartQuestionDoc
{
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public string Text { get; set; } = "";

    public List<string> Principles { get; set; } = [];

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}

/// <summary>An intervention or practice example of the standard catalogue.</summary>
public sealed class InterventionDoc
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Origin { get; set; } = "";

    public string Summary { get; set; } = "";

    public string ProblemDescription { get; set; } = "";

    public List<string> Goals { get; set; } = [];

    public string IntendedResult { get; set; } = "";

    public string WayOfWorking { get; set; } = "";

    public List<string> WorkingElements { get; set; } = [];

    public List<string> ReadMore { get; set; } = [];

    public string? Municipality { get; set; }

    public string? SolutionDirection { get; set; }

    public string? SubDirection { get; set; }

    public List<string> TargetGroups { get; set; } = [];

    public List<string> Locations { get; set; } = [];

    public List<string> Themes { get; set; } = [];

    public List<string> PpctLevels { get; set; } = [];

    public List<string> MethodSteps { get; set; } = [];

    public string? Note { get; set; }

    public SourceRef? Source { get; set; }
}
