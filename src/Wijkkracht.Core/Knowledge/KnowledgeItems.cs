namespace Wijkkracht.Core.Knowledge;

/// <summary>Flattens the content into <see cref="KnowledgeItem"/>s for search and result lists.</summary>
internal static class KnowledgeItems
{
    public static List<KnowledgeItem> Build(KnowledgeBase kb)
    {
        var items = new List<KnowledgeItem>();
        foreach (var m in kb.Methods)
        {
            items.Add(Item(m.Id, KnowledgeItemType.Method, m.Name, m.Summary, Join(m.Description, m.Publisher), $"/kennisbank/methoden/{m.Id}", m.Source!));
            foreach (var p in m.Principles)
                items.Add(Item(p.Id, KnowledgeItemType.Principle, p.Title, p.Body, "", $"/kennisbank/methoden/{m.Id}#{p.Id}", p.Source!));
            foreach (var p in m.Phases)
                items.Add(Item(p.Id, KnowledgeItemType.Phase, $"Fase {p.Number}: {p.Title}", p.Body, "", $"/kennisbank/methoden/{m.Id}#{p.Id}", p.Source!));
            foreach (var s in m.Steps)
            {
                var body = Join(s.Goal, string.Join('\n', s.Results), s.WhatToDo, string.Join('\n', s.Questions),
                    string.Join('\n', s.Guidance.Select(g => g.Title + "\n" + g.Body)), string.Join('\n', s.Tips));
                items.Add(Item(s.Id, KnowledgeItemType.Step, $"Stap {s.Number}: {s.Title}", s.Summary, body, $"/kennisbank/stappen/{s.Id}", s.Source!,
                    (KnowledgeBase.FacetMethodStep, [s.Id])));
            }
        }

        foreach (var a in kb.Articles)
        {
            items.Add(Item(a.Id, KnowledgeItemType.Article, a.Title, "", Join(a.Body, string.Join('\n', a.Items), string.Join('\n', a.Quotes.Select(q => q.Text))),
                $"/kennisbank/artikelen/{a.Id}", a.Source!, (KnowledgeBase.FacetMethodStep, a.Steps)));
        }

        foreach (var p in kb.Preconditions)
        {
            items.Add(Item(p.Id, KnowledgeItemType.Precondition, $"Randvoorwaarde {p.Number}: {p.Title}", p.Intro,
                Join(string.Join('\n', p.Asks), p.Practice, string.Join('\n', p.Actions)), $"/kennisbank/randvoorwaarden#{p.Id}", p.Source!));
        }

        foreach (var p in kb.Principles.Principles)
        {
            items.Add(Item(p.Id, KnowledgeItemType.Principle, $"Werkzaam principe {p.Number}: {p.Title}", p.HowItWorks,
                Join(p.HowToApply, p.WatchOut), $"/kennisbank/principes#{p.Id}", p.Source!));
        }

        foreach (var r in kb.Ladder.Rungs)
        {
            items.Add(Item(r.Id, KnowledgeItemType.LadderRung, $"Trede {r.Rung}: {r.Title}", r.Body, string.Join('\n', r.Questions),
                $"/kennisbank/participatieladder#{r.Id}", r.Source!));
        }

        foreach (var l in kb.PpctLevels)
        {
            items.Add(Item(l.Id, KnowledgeItemType.PpctLevel, l.Title, l.Body, string.Join('\n', l.Examples), $"/kennisbank/ppct#{l.Id}", l.Source!,
                (KnowledgeBase.FacetPpctLevel, [l.Level])));
        }

        foreach (var i in kb.Interventions)
        {
            items.Add(Item(i.Id, KnowledgeItemType.Intervention, i.Title, i.Summary, InterventionText(i), $"/kennisbank/interventies/{i.Id}", i.Source!,
                (KnowledgeBase.FacetSolutionDirection, i.SolutionDirection is null ? [] : [i.SolutionDirection]),
                (KnowledgeBase.FacetTargetGroup, i.TargetGroups),
                (KnowledgeBase.FacetLocation, i.Locations),
                (KnowledgeBase.FacetTheme, i.Themes),
                (KnowledgeBase.FacetPpctLevel, i.PpctLevels),
                (KnowledgeBase.FacetMethodStep, kb.StepsOfIntervention[i.Id])));
        }

        return items;
    }

    /// <summary>The descriptive text of an intervention (everything but title and summary).</summary>
    public static string InterventionText(InterventionDoc i) => Join(
        i.ProblemDescription, string.Join('\n', i.Goals), i.IntendedResult, i.WayOfWorking, string.Join('\n', i.WorkingElements), i.SubDirection, i.Municipality);

    private static KnowledgeItem Item(string id, KnowledgeItemType type, string title, string summary, string body, string url, SourceRef source, params (string Facet, IReadOnlyList<string> Values)[] facets)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [KnowledgeBase.FacetType] = [KnowledgeBase.TypeId(type)],
            [KnowledgeBase.FacetOrigin] = [KnowledgeBase.OriginOfFile(source.File)],
        };
        foreach (var (facet, values) in facets)
            map[facet] = values.Distinct(StringComparer.Ordinal).ToList();
        return new KnowledgeItem(id, type, title.Trim(), KnowledgeBase.Plain(summary), KnowledgeBase.Plain(body), url, source, map);
    }

    private static string Join(params string?[] parts) => string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
