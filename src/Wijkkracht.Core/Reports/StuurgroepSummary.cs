using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Overview;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Reports;

/// <summary>
/// The opening page of the progress report, for a stuurgroep (issue 9 §9): what happened and changed in the period,
/// results (step results achieved and goals done in the period), the latest decision and what it means, next steps, and
/// risks (weak preconditions in the latest check, overdue actions). Everything is read with the reader's visibility.
/// </summary>
public sealed class StuurgroepSummary(
    WijkkrachtDbContext db, ApproachService approaches, StepService steps, DecisionService decisions, RecentChanges changes,
    PreconditionCheckService checks, IGuideCatalog guide, TimeProvider time)
{
    /// <summary>A precondition scoring below this percentage counts as a risk.</summary>
    public const int WeakBelow = 50;

    /// <summary>How many changes the summary lists (the rest is counted).</summary>
    public const int MaxChanges = 12;

    public async Task<IReadOnlyList<ReportSection>> SectionsAsync(Guid approachId, Actor actor, ReportPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var access = (await approaches.ResolveAsync(approachId, actor, ct))!;
        var seen = VisibilityRules.For(actor, access.MyRole, access.PartnerType);
        var zone = time.LocalTimeZone;
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        var today = PlausibleDates.Today(time);

        // What happened and changed.
        var happened = await changes.ForApproachAsync(access, period.Start(zone), 500, until: period.End(zone), ct: ct);
        var happenedLines = happened.Take(MaxChanges).Select(c => $"• {c.At.ToDutchTime().ToString("d MMMM", nl)}: {c.Text}").ToList();
        if (happened.Count > MaxChanges)
            happenedLines.Add($"… en {happened.Count - MaxChanges} andere wijzigingen (zie de aanpak in Wijkkracht).");
        var happenedText = happened.Count == 0 ? "In deze periode is er niets vastgelegd of gewijzigd." : string.Join('\n', happenedLines);

        // Results: step results achieved and goals done in the period.
        var stepViews = (await steps.OverviewAsync(approachId, actor, ct)).Value ?? [];
        var results = new List<string>();
        foreach (var view in stepViews)
        {
            foreach (var r in view.Progress?.Results ?? [])
            {
                if (r.Achieved && r.AchievedOn is { } on && on >= period.From && on <= period.To && r.Index < view.Step.Results.Count)
                    results.Add($"• Stap {view.Step.Number} ({view.Step.MethodName}): {view.Step.Results[r.Index]} ({on.ToString("d MMMM", nl)})");
            }
        }

        var start = period.Start(zone);
        var end = period.End(zone);
        var goalsDone = await db.Set<Goal>().AsNoTracking().Where(g => g.ApproachId == approachId && g.Status == GoalStatus.Behaald).ToListAsync(ct);
        foreach (var g in goalsDone.Where(g => g.UpdatedAt >= start && g.UpdatedAt < end).OrderBy(g => g.Title, StringComparer.CurrentCulture))
            results.Add($"• Doel behaald: {g.Title}");
        var resultsText = results.Count == 0 ? "In deze periode zijn geen resultaten of doelen als behaald vastgelegd." : string.Join('\n', results);

        // The latest decision.
        var latest = await decisions.LatestAsync(approachId, ct);
        var essSteps = guide.StepsFor(ApproachMethod.WeerbareGemeenschappen);
        var lastStep = essSteps.Count == 0 ? 12 : essSteps.Max(s => s.Number);
        var decisionText = latest is null
            ? "Er is nog geen besluit vastgelegd bij het beslismoment."
            : $"{DecisionLabels.For(latest.Outcome)} ({latest.DecidedOn.ToString("d MMMM yyyy", nl)}, {latest.DecidedBy}).\n{DecisionEffects.Meaning(latest.Outcome, guide.DecisionMomentAfterStep, lastStep)}";

        // Next steps: per method the current phase and next step, then the open actions by deadline.
        var next = new List<string>();
        foreach (var method in stepViews.GroupBy(s => s.Step.MethodName))
        {
            var phase = ApproachOverviewService.PhaseOf(method.Key, method.ToList());
            next.Add(phase.NextStep is { } n
                ? $"• {method.Key}: fase '{phase.PhaseTitle}', volgende stap {n.Step.Number}. {n.Step.Title}"
                : $"• {method.Key}: alle stappen zijn afgerond");
        }

        var open = await db.Set<PreconditionAction>().AsNoTracking().Where(a => a.ApproachId == approachId && a.Status != ActionStatus.Gereed).ToListAsync(ct);
        foreach (var a in open.Where(a => a.DueDate is null || a.DueDate >= today).OrderBy(a => a.DueDate ?? DateOnly.MaxValue).Take(5))
            next.Add($"• Actie: {a.Description}{(a.DueDate is { } due ? $" (deadline {due.ToString("d MMMM yyyy", nl)})" : "")}");

        // Risks: weak preconditions in the latest visible check, overdue actions.
        var risks = new List<string>();
        var check = await VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking(), seen).Where(a => a.ApproachId == approachId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.CreatedAt).FirstOrDefaultAsync(ct);
        if (check is not null)
        {
            foreach (var row in checks.Scores(check).Where(r => r.Percentage < WeakBelow).OrderBy(r => r.Percentage))
                risks.Add($"• Zwakke randvoorwaarde: {row.Title} ({row.Percentage}% op orde bij de check van {check.AssessedOn.ToString("d MMMM yyyy", nl)})");
        }

        foreach (var a in open.Where(a => a.DueDate < today).OrderBy(a => a.DueDate))
            risks.Add($"• Actie over de deadline: {a.Description} (deadline {a.DueDate!.Value.ToString("d MMMM yyyy", nl)})");
        var risksText = risks.Count == 0 ? "Er zijn geen zwakke randvoorwaarden en geen acties over de deadline." : string.Join('\n', risks);

        return
        [
            new ReportSection("Samenvatting voor de stuurgroep", [
                ("Periode", period.Label),
                ("Wat is er gebeurd", happenedText),
                ("Resultaten", resultsText),
                ("Laatste besluit", decisionText),
                ("Volgende stappen", next.Count == 0 ? "Er zijn geen volgende stappen vastgelegd." : string.Join('\n', next)),
                ("Risico's", risksText),
            ], Intro: "Deze pagina vat de periode samen. Het volledige plan van aanpak, de stappen en de randvoorwaarden staan in de bijlagen."),
        ];
    }
}
