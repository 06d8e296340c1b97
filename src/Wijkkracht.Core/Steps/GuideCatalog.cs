using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Steps;

/// <summary>A step of a method as the workspace needs it (from the knowledge base).</summary>
public sealed record GuideStep(
    string Id, string MethodId, string MethodName, int Number, string? PhaseId, string? PhaseTitle, string Title,
    string? GoalHtml, string? WhatToDoHtml, IReadOnlyList<string> Results, IReadOnlyList<string> Questions,
    IReadOnlyList<(string Title, string BodyHtml)> Guidance, IReadOnlyList<string> Tips,
    IReadOnlyList<(string Id, string Title)> PracticeExamples, bool DecisionMomentAfter, string SourceLabel);

/// <summary>A precondition with its "vraagt om …" items and "aan de slag met …" actions.</summary>
public sealed record GuidePrecondition(string Id, int Number, string Title, IReadOnlyList<string> Asks, IReadOnlyList<string> Actions, string SourceLabel);

/// <summary>What the approach workspace reads from the knowledge base.</summary>
public interface IGuideCatalog
{
    /// <summary>The steps of the method(s) an approach follows, in order (WerkwijzerPlus first when both).</summary>
    IReadOnlyList<GuideStep> StepsFor(ApproachMethod method);

    GuideStep? FindStep(string id);

    IReadOnlyList<GuidePrecondition> Preconditions { get; }

    /// <summary>The questions of the ESS decision moment after step 4, as in the guide.</summary>
    IReadOnlyList<string> DecisionMomentQuestions { get; }

    /// <summary>The id of the ESS step after which the decision moment comes (steps after it show a notice).</summary>
    int DecisionMomentAfterStep { get; }
}
