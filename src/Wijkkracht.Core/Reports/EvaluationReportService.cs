using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Reports;

/// <summary>The evaluation report as a document, and the indicators it charts (the print page draws them itself).</summary>
public sealed record EvaluationReport(ApproachReport Report, IReadOnlyList<Indicator> Indicators);

/// <summary>
/// The evaluation report of an approach (issue 13 §8): actions, experiments with their decisions, indicators per goal with
/// a chart and a table, the evaluation rounds' answers per question, and lessons learned. Like the other reports it needs
/// <see cref="ApproachPermission.ViewPlan"/> (network members get Forbidden), and every part follows the visibility model
/// (ADR 0005) through the services that own it, so a partner's report holds only what that partner may see. Every build
/// is audited (a Word export as an export).
/// </summary>
public sealed class EvaluationReportService(
    WijkkrachtDbContext db, ApproachService approaches, ActionService actions, EvaluationService evaluation, LessonService lessons, GoalService goals,
    FieldworkGuide guide, AuditService audit, TimeProvider time)
{
    public const string Title = "Evaluatierapport";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<Result<EvaluationReport>> BuildAsync(Guid approachId, Actor actor, bool export, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<EvaluationReport>.Denied(access);
        var approach = await db.Approaches.AsNoTracking().Include(a => a.Area).FirstAsync(a => a.Id == approachId, ct);
        var all = await actions.ReadableListAsync(approachId, actor, ct) ?? [];
        var indicators = (await evaluation.IndicatorsAsync(approachId, actor, ct)).Value ?? [];
        var rounds = (await evaluation.RoundsAsync(approachId, actor, ct)).Value ?? [];
        var learned = (await lessons.ListAsync(approachId, actor, ct)).Value ?? [];
        var goalTitles = ((await goals.ListAsync(approachId, actor, ct)).Value ?? []).ToDictionary(g => g.Id, g => g.Title);

        var sections = new List<ReportSection>
        {
            new("De aanpak", [
                ("Titel", approach.Title),
                ("Gebied", $"{approach.Area?.Name} ({approach.Area?.Code})"),
                ("Vraagstuk", approach.Issue),
            ]),
            ActionsSection(all),
        };
        sections.AddRange(all.Where(a => a.Kind == ActionKind.Experiment).Select(ExperimentSection));
        sections.AddRange(IndicatorSections(indicators, goalTitles));
        sections.AddRange(rounds.OrderBy(r => r.HeldOn).Select(RoundSection));
        sections.Add(LessonsSection(learned));
        if (rounds.Count == 0)
            sections.Insert(sections.Count - 1, new ReportSection("Evaluatierondes", [("Stand", "Er is nog geen evaluatieronde vastgelegd.")]));

        var report = new ApproachReport($"{Title}: {approach.Title}", $"{approach.Area?.Name} · {ApproachLabels.For(approach.Method)}", time.GetUtcNow(), actor.DisplayName, sections);
        audit.Add(actor, export ? AuditActions.Export : AuditActions.View, nameof(Approach), approachId.ToString(), approachId, $"{Title} {(export ? "geëxporteerd (Word)" : "bekeken")}");
        await db.SaveChangesAsync(ct);
        return Result<EvaluationReport>.Ok(new EvaluationReport(report, indicators));
    }

    /// <summary>"12 mei 2026 – 30 juni 2026", "vanaf …", "tot …" or "–".</summary>
    public static string Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) when s == e => Date(s),
        ({ } s, { } e) => $"{Date(s)} – {Date(e)}",
        ({ } s, null) => "vanaf " + Date(s),
        (null, { } e) => "tot " + Date(e),
        _ => "–",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    private static string Number(decimal? value) => value?.ToString("0.##", Dutch) ?? "–";

    private static string Or(string value) => string.IsNullOrWhiteSpace(value) ? "–" : value;

    private static ReportSection ActionsSection(List<NeighbourhoodAction> all)
    {
        static string Observed(NeighbourhoodAction a)
        {
            var parts = new List<string>();
            if (a.WhoJoined.Length > 0)
                parts.Add("Deden mee: " + a.WhoJoined);
            if (a.WhoDidNotJoin.Length > 0)
                parts.Add("Deden niet mee: " + a.WhoDidNotJoin);
            if (a.PatternChange.Length > 0)
                parts.Add("Verandering: " + a.PatternChange);
            if (a.ResidentFeedback.Length > 0)
                parts.Add("Feedback: " + a.ResidentFeedback);
            return parts.Count == 0 ? "–" : string.Join(" ", parts);
        }

        return new ReportSection("Acties, experimenten en activiteiten", [],
            ["Soort", "Actie", "Periode", "Stand", "Wat zagen we?"],
            all.Select(a => (IReadOnlyList<string>)[ActionLabels.For(a.Kind), a.Title, Period(a.StartDate, a.EndDate), ActionLabels.For(a.Status), Observed(a)]).ToList(),
            all.Count == 0 ? "Er zijn nog geen acties vastgelegd." : "Wat het team tijdens en na de acties zag: wie meededen en wie niet, en of bestaande patronen veranderden.");
    }

    private static ReportSection ExperimentSection(NeighbourhoodAction a)
    {
        var fields = new List<(string, string)>
        {
            ("Periode", Period(a.StartDate, a.EndDate)),
            ("Stand", ActionLabels.For(a.Status)),
            ("Welk patroon wilde het experiment verstoren?", Or(a.Pattern)),
            ("Verwacht effect", Or(a.ExpectedEffect)),
            ("Evaluatieplan", Or(a.EvaluationPlan)),
        };
        if (a.PatternChange.Length > 0)
            fields.Add(("Wat veranderde er?", a.PatternChange));
        if (a.Decision is { } decision)
        {
            fields.Add(("Besluit", ActionLabels.For(decision) + (a.DecisionDate is { } on ? " (" + Date(on) + ")" : "")));
            if (a.DecisionNote.Length > 0)
                fields.Add(("Toelichting bij het besluit", a.DecisionNote));
            if (decision == ExperimentDecision.Borgen)
            {
                fields.Add(("Wie neemt het over?", Or(a.BorgingOwner)));
                fields.Add(("Financiering", Or(a.BorgingFunding)));
            }
        }
        else
        {
            fields.Add(("Besluit", "Nog geen besluit: dat volgt na de bijeenkomst met de buurt."));
        }

        return new ReportSection("Experiment: " + a.Title, fields);
    }

    private static IEnumerable<ReportSection> IndicatorSections(List<Indicator> indicators, Dictionary<Guid, string> goalTitles)
    {
        if (indicators.Count == 0)
        {
            yield return new ReportSection("Indicatoren", [("Stand", "Er zijn nog geen indicatoren vastgelegd.")]);
            yield break;
        }

        // Per goal (in goal order), then the indicators without a goal.
        var ordered = indicators
            .OrderBy(i => i.GoalId is { } g && goalTitles.ContainsKey(g) ? 0 : 1)
            .ThenBy(i => i.GoalId is { } g && goalTitles.TryGetValue(g, out var t) ? t : "", StringComparer.Ordinal)
            .ThenBy(i => i.Name, StringComparer.Ordinal);
        foreach (var i in ordered)
        {
            var goal = i.GoalId is { } g && goalTitles.TryGetValue(g, out var title) ? "Doel: " + title : "Niet gekoppeld aan een doel";
            var intro = string.Join(" · ", new[] { goal, EvaluationLabels.For(i.Kind), i.Unit, i.Source.Length > 0 ? "bron: " + i.Source : "" }.Where(p => p.Length > 0));
            var rows = new List<IReadOnlyList<string>>
            {
                new[] { "Nulmeting" + (i.BaselineDate is { } bd ? ", " + Date(bd) : ""), Number(i.BaselineValue), Or(i.BaselineNote) },
            };
            rows.AddRange(i.Measurements.OrderBy(m => m.Date).Select(m => (IReadOnlyList<string>)[Date(m.Date), Number(m.Value), Or(m.Note)]));
            if (i.TargetValue is { } target)
                rows.Add(["Streefwaarde", Number(target), "–"]);
            yield return new ReportSection("Indicator: " + i.Name, [], ["Datum", "Waarde", "Toelichting"], rows, intro, Chart: Chart(i));
        }
    }

    /// <summary>The chart of a number indicator: the baseline (when it has a value) and the measurements with a value, in date order. Null for fewer than two points.</summary>
    public static ReportChart? Chart(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Kind != IndicatorKind.Getal)
            return null;
        var points = new List<(string Label, decimal Value)>();
        if (indicator.BaselineValue is { } baseline)
            points.Add(("Nulmeting" + (indicator.BaselineDate is { } bd ? " " + bd.ToString("d-M-yyyy", CultureInfo.InvariantCulture) : ""), baseline));
        points.AddRange(indicator.Measurements.Where(m => m.Value is not null).OrderBy(m => m.Date)
            .Select(m => (m.Date.ToString("d-M-yyyy", CultureInfo.InvariantCulture), m.Value!.Value)));
        if (points.Count < 2)
            return null;
        var series = indicator.Unit.Length > 0 ? $"{indicator.Name} ({indicator.Unit})" : indicator.Name;
        return new ReportChart($"Verloop van {indicator.Name}: van {Number(points[0].Value)} naar {Number(points[^1].Value)} {indicator.Unit}".TrimEnd(),
            series, points.Select(p => p.Label).ToList(), points.Select(p => p.Value).ToList(), indicator.TargetValue, indicator.Id);
    }

    private ReportSection RoundSection(EvaluationRound round)
    {
        var fields = new List<(string, string)> { ("Met wie", Or(round.Participants)), ("Stand", EvaluationLabels.For(round.Status)) };
        foreach (var answer in round.Answers.OrderBy(a => a.Question).ThenBy(a => a.Sub))
        {
            if (answer.Question < 0 || answer.Question >= EvaluationService.QuestionLists.Count)
                continue;
            var list = guide.List(EvaluationService.QuestionLists[answer.Question]);
            var sub = answer.Sub >= 0 && answer.Sub < list.Questions.Count ? list.Questions[answer.Sub] : "";
            fields.Add(($"{list.Title} – {sub}", answer.Answer));
        }

        if (round.OwnRole.Length > 0)
            fields.Add(("Onze eigen rol als gemeente", round.OwnRole));
        if (round.Adjustments.Length > 0)
            fields.Add(("Aanpassingen", round.Adjustments));
        fields.Add(("Gedeeld met betrokkenen", round.CommunicatedOn is { } on ? Date(on) + (round.CommunicatedHow.Length > 0 ? ", " + round.CommunicatedHow : "") : "Nog niet gedeeld"));
        return new ReportSection("Evaluatieronde van " + Date(round.HeldOn), fields);
    }

    private static ReportSection LessonsSection(List<Lesson> learned) =>
        new("Geleerde lessen", [], ["Datum", "Les", "Toelichting"],
            learned.OrderBy(l => l.LearnedOn).Select(l => (IReadOnlyList<string>)[Date(l.LearnedOn), l.Title, l.Text]).ToList(),
            learned.Count == 0 ? "Er zijn nog geen lessen vastgelegd." : null);
}
