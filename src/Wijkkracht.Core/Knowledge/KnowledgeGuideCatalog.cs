using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Core.Knowledge;

/// <summary>The approach workspace's view of the knowledge base: method steps and preconditions, built once.</summary>
public sealed class KnowledgeGuideCatalog : IGuideCatalog
{
    public const string WerkwijzerPlusId = "werkwijzerplus";
    public const string WeerbareGemeenschappenId = "weerbare-gemeenschappen";

    private readonly Dictionary<string, GuideStep> _steps;
    private readonly IReadOnlyList<GuideStep> _wwp;
    private readonly IReadOnlyList<GuideStep> _ess;

    public KnowledgeGuideCatalog(KnowledgeBase kb)
    {
        _wwp = Build(kb, WerkwijzerPlusId);
        _ess = Build(kb, WeerbareGemeenschappenId);
        _steps = _wwp.Concat(_ess).ToDictionary(s => s.Id, StringComparer.Ordinal);
        Preconditions = kb.Preconditions.OrderBy(p => p.Number)
            .Select(p => new GuidePrecondition(p.Id, p.Number, p.Title, p.Asks, p.Actions, Source(p.Source))).ToList();
        var ess = kb.MethodsById.GetValueOrDefault(WeerbareGemeenschappenId);
        DecisionMomentQuestions = ess?.DecisionMoment?.Questions ?? [];
        DecisionMomentAfterStep = ess?.DecisionMoment?.AfterStep ?? 4;
    }

    public IReadOnlyList<GuidePrecondition> Preconditions { get; }

    public IReadOnlyList<string> DecisionMomentQuestions { get; }

    public int DecisionMomentAfterStep { get; }

    public IReadOnlyList<GuideStep> StepsFor(ApproachMethod method) => method switch
    {
        ApproachMethod.WerkwijzerPlus => _wwp,
        ApproachMethod.WeerbareGemeenschappen => _ess,
        _ => [.. _wwp, .. _ess],
    };

    public GuideStep? FindStep(string id) => _steps.GetValueOrDefault(id);

    private static List<GuideStep> Build(KnowledgeBase kb, string methodId)
    {
        if (!kb.MethodsById.TryGetValue(methodId, out var method))
            return [];
        return method.Steps.OrderBy(s => s.Number).Select(s =>
        {
            var phase = s.Phase is { } phaseId && kb.Phases.TryGetValue(phaseId, out var p) ? p : null;
            return new GuideStep(
                s.Id, method.Id, method.Name, s.Number, phase?.Id, phase is null ? null : $"Fase {phase.Number}: {phase.Title}", s.Title,
                string.IsNullOrWhiteSpace(s.Goal) ? null : kb.Html(s.Goal),
                string.IsNullOrWhiteSpace(s.WhatToDo) ? null : kb.Html(s.WhatToDo),
                s.Results, s.Questions,
                s.Guidance.Select(g => (g.Title, kb.Html(g.Body))).ToList(),
                s.Tips,
                s.PracticeExamples.Where(kb.InterventionsById.ContainsKey).Select(id => (id, kb.InterventionsById[id].Title)).ToList(),
                s.DecisionMomentAfter,
                Source(s.Source));
        }).ToList();
    }

    private static string Source(SourceRef? source) =>
        source is null ? "" : $"{KnowledgeBase.GuideTitle(source.File)}, {source.Section}";
}
