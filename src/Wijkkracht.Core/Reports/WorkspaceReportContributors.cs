using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Core.Reports;

/// <summary>Adds the step progress to the progress report.</summary>
public sealed class StepReportContributor(WijkkrachtDbContext db, IGuideCatalog guide, Visibility.VisibilityContext visibility) : IReportContributor
{
    public int Order => 10;

    public async Task<IReadOnlyList<ReportSection>> SectionsAsync(Guid approachId, ReportKind kind, CancellationToken ct)
    {
        if (kind != ReportKind.Progress)
            return [];
        var method = await db.Approaches.Where(a => a.Id == approachId).Select(a => a.Method).FirstAsync(ct);
        var progress = await Visibility.VisibilityRules.Filter(db.Set<StepProgress>().AsNoTracking(), visibility.Access).Where(p => p.ApproachId == approachId).ToDictionaryAsync(p => p.StepId, ct); // visibility (ADR 0005)
        var rows = guide.StepsFor(method).Select(s =>
        {
            var p = progress.GetValueOrDefault(s.Id);
            var achieved = p?.Results.Count(r => r.Achieved && r.Index < s.Results.Count) ?? 0;
            return (IReadOnlyList<string>)[s.MethodName, $"{s.Number}. {s.Title}", StepLabels.For(p?.Status ?? StepStatus.NietGestart), s.Results.Count == 0 ? "–" : $"{achieved} van {s.Results.Count}"];
        }).ToList();
        return [new ReportSection("Voortgang per stap", [], ["Methode", "Stap", "Status", "Resultaten behaald"], rows)];
    }
}

/// <summary>Adds the latest precondition check (scores, compared with the previous one) and the open actions.</summary>
public sealed class PreconditionReportContributor(WijkkrachtDbContext db, PreconditionCheckService checks, Visibility.VisibilityContext visibility) : IReportContributor
{
    public int Order => 20;

    public async Task<IReadOnlyList<ReportSection>> SectionsAsync(Guid approachId, ReportKind kind, CancellationToken ct)
    {
        var assessments = await Visibility.VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking().Finished(), visibility.Access).Where(a => a.ApproachId == approachId) // visibility (ADR 0005)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.CreatedAt).Take(2).ToListAsync(ct);
        if (assessments.Count == 0)
            return [new ReportSection("Randvoorwaarden", [("Stand", "Er is nog geen randvoorwaardencheck gedaan.")])];
        var latest = checks.Scores(assessments[0]);
        var previous = assessments.Count > 1 ? checks.Scores(assessments[1]).ToDictionary(r => r.Id) : null;
        var header = previous is null
            ? (IReadOnlyList<string>)["Randvoorwaarde", $"Score {assessments[0].AssessedOn:d-M-yyyy}"]
            : ["Randvoorwaarde", $"Score {assessments[0].AssessedOn:d-M-yyyy}", $"Vorige check {assessments[1].AssessedOn:d-M-yyyy}"];
        static string Pct(int? value) => value is { } v ? $"{v}%" : "niet beoordeeld";
        var rows = latest.Select(r => previous is null
            ? (IReadOnlyList<string>)[r.Title, Pct(r.Percentage)]
            : [r.Title, Pct(r.Percentage), Pct(previous.GetValueOrDefault(r.Id)?.Percentage)]).ToList();
        var actions = await db.Set<PreconditionAction>().AsNoTracking().Where(a => a.ApproachId == approachId && a.Status != ActionStatus.Gereed)
            .OrderBy(a => a.DueDate).ToListAsync(ct);
        var sections = new List<ReportSection>
        {
            new("Randvoorwaarden", [], header, rows, "Score van 0 (niet op orde) tot 100 (op orde); 'weet niet' telt niet mee."),
        };
        if (actions.Count > 0)
        {
            sections.Add(new ReportSection("Open acties voor de randvoorwaarden", [], ["Actie", "Deadline", "Status"],
                actions.Select(a => (IReadOnlyList<string>)[a.Description, a.DueDate?.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "–", PreconditionLabels.For(a.Status)]).ToList()));
        }

        return sections;
    }
}
