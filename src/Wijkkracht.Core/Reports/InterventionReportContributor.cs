using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Core.Reports;

/// <summary>Adds the chosen interventions, with their goals and working principles, to both reports.</summary>
public sealed class InterventionReportContributor(WijkkrachtDbContext db, InterventionCatalogService catalog, KnowledgeBase kb) : IReportContributor
{
    public int Order => 30;

    public async Task<IReadOnlyList<ReportSection>> SectionsAsync(Guid approachId, ReportKind kind, CancellationToken ct)
    {
        var items = await db.ApproachInterventions.AsNoTracking().Where(i => i.ApproachId == approachId).ToListAsync(ct);
        if (items.Count == 0)
            return [new ReportSection("Gekozen interventies", [("Stand", "Er zijn nog geen interventies gekozen.")])];
        var goals = await db.Set<Goal>().AsNoTracking().Where(g => g.ApproachId == approachId).ToDictionaryAsync(g => g.Id, g => g.Title, ct);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var item in items)
        {
            var card = await catalog.FindCardAsync(item.InterventionId, ct);
            var principles = item.Principles.Select(p => kb.WorkingPrinciplesById.TryGetValue(p, out var wp) ? wp.Title : p);
            rows.Add([
                card?.Title ?? item.InterventionId,
                string.Join("; ", item.GoalIdList.Where(goals.ContainsKey).Select(g => goals[g])) is { Length: > 0 } g ? g : "–",
                string.Join("; ", principles) is { Length: > 0 } p ? p : "–",
                string.IsNullOrEmpty(item.Note) ? "–" : item.Note,
            ]);
        }

        return [new ReportSection("Gekozen interventies", [], ["Interventie", "Doelen", "Werkzame principes", "Toelichting"], rows.OrderBy(r => r[0], StringComparer.CurrentCulture).ToList())];
    }
}
