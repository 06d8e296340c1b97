using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Reports;

/// <summary>Which document to produce.</summary>
public enum ReportKind
{
    /// <summary>The plan of approach (latest version, roles, goals, decision).</summary>
    Plan = 1,

    /// <summary>The progress report (steps, preconditions, decision, goals, interventions).</summary>
    Progress = 2,
}

/// <summary>
/// A heading with rows of label/value text, or a table, in document order. <see cref="Appendix"/>: part of the appendix.
/// <see cref="Chart"/>: a line chart drawn before the table (the table holds the same figures).
/// </summary>
public sealed record ReportSection(string Title, IReadOnlyList<(string Label, string Value)> Fields, IReadOnlyList<string>? TableHeader = null, IReadOnlyList<IReadOnlyList<string>>? TableRows = null, string? Intro = null, bool Appendix = false, ReportChart? Chart = null);

/// <summary>
/// A line chart of one series of figures (an indicator's baseline and measurements), with an optional target drawn as a
/// second, flat series. <see cref="SourceId"/>: the record the figures come from (the print page draws its own chart).
/// </summary>
public sealed record ReportChart(string Title, string SeriesName, IReadOnlyList<string> Categories, IReadOnlyList<decimal> Values, decimal? Target = null, Guid? SourceId = null);

/// <summary>Everything a report shows, in order. <see cref="Period"/>: the reporting period of a progress report.</summary>
public sealed record ApproachReport(string Title, string Subtitle, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<ReportSection> Sections, ReportPeriod? Period = null);

/// <summary>Contributes sections to the progress report (steps, precondition checks, chosen interventions, …).</summary>
public interface IReportContributor
{
    /// <summary>Order among contributors; lower comes first.</summary>
    int Order { get; }

    Task<IReadOnlyList<ReportSection>> SectionsAsync(Guid approachId, ReportKind kind, CancellationToken ct);
}

/// <summary>Builds the plan and progress reports of an approach; every build for an export is audited.</summary>
public sealed class ReportService(
    WijkkrachtDbContext db, ApproachService approaches, AuditService audit, TimeProvider time, IEnumerable<IReportContributor> contributors, Visibility.VisibilityContext visibility,
    StuurgroepSummary summary)
{
    private const string ProgressTitle = "Voortgangsrapportage";

    /// <summary>Builds the report; a progress report covers the default period (<see cref="DefaultPeriodAsync"/>).</summary>
    public Task<Result<ApproachReport>> BuildAsync(Guid approachId, ReportKind kind, Actor actor, bool export, CancellationToken ct = default) =>
        BuildAsync(approachId, kind, actor, export, null, ct);

    /// <summary>
    /// The default reporting period: since the previous progress report exported as a Word document (the audit log
    /// keeps every export), or the last three months.
    /// </summary>
    public async Task<ReportPeriod> DefaultPeriodAsync(Guid approachId, CancellationToken ct = default)
    {
        var previous = await db.AuditEvents.AsNoTracking()
            .Where(e => e.ApproachId == approachId && e.Action == AuditActions.Export && e.EntityType == nameof(Approach) && EF.Functions.Like(e.Summary, ProgressTitle + "%"))
            .OrderByDescending(e => e.Id).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(ct);
        var today = PlausibleDates.Today(time);
        return ReportPeriod.Default(today, previous is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, time.LocalTimeZone).DateTime) : null);
    }

    /// <summary>Builds the report. A progress report opens with one page for the stuurgroep over <paramref name="period"/>; the rest is the appendix.</summary>
    public async Task<Result<ApproachReport>> BuildAsync(Guid approachId, ReportKind kind, Actor actor, bool export, ReportPeriod? period, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<ApproachReport>.Denied(access);

        var approach = await db.Approaches.AsNoTracking().Include(a => a.Area).FirstAsync(a => a.Id == approachId, ct);
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        var sections = new List<ReportSection>
        {
            new("De aanpak", [
                ("Titel", approach.Title),
                ("Gebied", $"{approach.Area?.Name} ({approach.Area?.Code})"),
                ("Methode", ApproachLabels.For(approach.Method)),
                ("Startdatum", approach.StartDate.ToString("d MMMM yyyy", nl)),
                ("Status", ApproachLabels.For(approach.Status)),
                ("Vraagstuk", approach.Issue),
            ]),
        };

        visibility.Access = await approaches.VisibilityAsync(approachId, actor, ct); // visibility (ADR 0005)
        var plan = await Visibility.VisibilityRules.Filter(db.Set<PlanVersion>().AsNoTracking(), visibility.Access).Where(p => p.ApproachId == approachId).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
        sections.Add(plan is null
            ? new ReportSection("Globaal plan van aanpak", [("Stand", "Er is nog geen plan van aanpak vastgelegd.")])
            : new ReportSection($"Globaal plan van aanpak (versie {plan.Number})", PlanService.Fields.Select(f => (f.Label, Or(f.Get(plan)))).ToList(),
                Intro: $"Opgeslagen door {plan.CreatedByName} op {plan.CreatedAt.ToDutchTime().ToString("d MMMM yyyy", nl)}."));

        var decision = await db.Set<Decision>().AsNoTracking().Where(d => d.ApproachId == approachId).OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.CreatedAt).FirstOrDefaultAsync(ct);
        sections.Add(decision is null
            ? new ReportSection("Beslismoment", [("Stand", "Er is nog geen besluit vastgelegd.")])
            : new ReportSection("Beslismoment", [
                ("Besluit", DecisionLabels.For(decision.Outcome)),
                ("Datum", decision.DecidedOn.ToString("d MMMM yyyy", nl)),
                ("Genomen door", decision.DecidedBy),
                ("Onderbouwing", decision.Rationale),
            ]));

        var goals = await db.Set<Goal>().AsNoTracking().Where(g => g.ApproachId == approachId).OrderBy(g => g.Level).ThenBy(g => g.Title).ToListAsync(ct);
        sections.Add(new ReportSection("Doelen", [],
            ["Niveau", "Doel", "Termijn", "Status", "Participatietrede"],
            goals.Select(g => (IReadOnlyList<string>)[GoalLabels.For(g.Level), g.Title, GoalLabels.For(g.Term), GoalLabels.For(g.Status), g.ParticipationRung is { } r ? $"Trede {r}" : "–"]).ToList(),
            goals.Count == 0 ? "Er zijn nog geen doelen." : null));

        foreach (var contributor in contributors.OrderBy(c => c.Order))
            sections.AddRange(await contributor.SectionsAsync(approachId, kind, ct));

        var title = kind == ReportKind.Plan ? "Plan van aanpak" : ProgressTitle;
        if (kind == ReportKind.Progress)
        {
            period ??= await DefaultPeriodAsync(approachId, ct);
            var summarySections = await summary.SectionsAsync(approachId, actor, period, ct);
            sections = [.. summarySections, .. sections.Select(s => s with { Appendix = true })];
        }
        else
        {
            period = null;
        }

        var report = new ApproachReport($"{title}: {approach.Title}", $"{approach.Area?.Name} · {ApproachLabels.For(approach.Method)}", time.GetUtcNow(), actor.DisplayName, sections, period);
        audit.Add(actor, export ? AuditActions.Export : AuditActions.View, nameof(Approach), approachId.ToString(), approachId, $"{title} {(export ? "geëxporteerd (Word)" : "bekeken")}{(period is null ? "" : ", periode " + period.Label)}");
        await db.SaveChangesAsync(ct);
        return Result<ApproachReport>.Ok(report);
    }

    private static string Or(string value) => string.IsNullOrWhiteSpace(value) ? "–" : value;
}
