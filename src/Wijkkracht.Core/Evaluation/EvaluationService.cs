using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Evaluation;

/// <summary>Input for an evaluation round; <see cref="Answers"/> keyed "q.s" (main question 0–3, sub-question 0–2).</summary>
public sealed class EvaluationInput
{
    public DateOnly? HeldOn { get; set; }

    public string? Participants { get; set; }

    public Dictionary<string, string?> Answers { get; set; } = [];

    public string? OwnRole { get; set; }

    public string? Adjustments { get; set; }

    public DateOnly? CommunicatedOn { get; set; }

    public string? CommunicatedHow { get; set; }

    /// <summary>Afgerond closes the round (core team only); Concept reopens it.</summary>
    public EvaluationStatus? Status { get; set; }

    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static string Key(int question, int sub) => $"{question}.{sub}";

    public static EvaluationInput From(EvaluationRound r) => new()
    {
        HeldOn = r.HeldOn,
        Participants = r.Participants,
        Answers = r.Answers.ToDictionary(a => Key(a.Question, a.Sub), a => (string?)a.Answer),
        OwnRole = r.OwnRole,
        Adjustments = r.Adjustments,
        CommunicatedOn = r.CommunicatedOn,
        CommunicatedHow = r.CommunicatedHow,
        Status = r.Status,
        Visibility = VisibilityChoice.From(r),
        Version = r.Version,
    };
}

/// <summary>Input for an indicator (without its measurements).</summary>
public sealed class IndicatorInput
{
    public string? Name { get; set; }

    public Guid? GoalId { get; set; }

    public IndicatorKind? Kind { get; set; }

    public string? Unit { get; set; }

    public string? Source { get; set; }

    public DateOnly? BaselineDate { get; set; }

    public decimal? BaselineValue { get; set; }

    public string? BaselineNote { get; set; }

    public decimal? TargetValue { get; set; }

    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static IndicatorInput From(Indicator i) => new()
    {
        Name = i.Name,
        GoalId = i.GoalId,
        Kind = i.Kind,
        Unit = i.Unit,
        Source = i.Source,
        BaselineDate = i.BaselineDate,
        BaselineValue = i.BaselineValue,
        BaselineNote = i.BaselineNote,
        TargetValue = i.TargetValue,
        Visibility = VisibilityChoice.From(i),
        Version = i.Version,
    };
}

/// <summary>A new measurement of an indicator.</summary>
public sealed class MeasurementInput
{
    public DateOnly? Date { get; set; }

    public decimal? Value { get; set; }

    public string? Note { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>
/// Evaluation of an approach (issue 13 §5): evaluation rounds with the guide's four questions and indicators per goal with
/// a baseline and measurements. Readers follow the visibility model (a record one may not see is a 404); members with
/// <see cref="ApproachPermission.Edit"/> add and change; only the core team (Edit or Decide) closes or reopens a round.
/// </summary>
public sealed class EvaluationService(WijkkrachtDbContext db, ApproachService approaches, FieldworkGuide guide, TimeProvider time)
{
    /// <summary>The ids of the four question lists in content/fieldwork-questions.yaml.</summary>
    public static readonly IReadOnlyList<string> QuestionLists = ["evaluatie-1", "evaluatie-2", "evaluatie-3", "evaluatie-4"];

    public const int MaxMeasurements = 500;

    public async Task<Result<List<EvaluationRound>>> RoundsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await ReadableAsync<EvaluationRound>(approachId, actor, ct) is not { } query)
            return Result<List<EvaluationRound>>.NotFound();
        return Result<List<EvaluationRound>>.Ok(await query.OrderByDescending(r => r.HeldOn).ThenBy(r => r.Id).ToListAsync(ct));
    }

    public async Task<Result<EvaluationRound>> RoundAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await ReadableAsync<EvaluationRound>(approachId, actor, ct) is not { } query)
            return Result<EvaluationRound>.NotFound();
        return await query.FirstOrDefaultAsync(r => r.Id == id, ct) is { } round ? Result<EvaluationRound>.Ok(round) : Result<EvaluationRound>.NotFound();
    }

    public async Task<Result<EvaluationRound>> CreateRoundAsync(Guid approachId, EvaluationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<EvaluationRound>.NotFound();
        if (!access.Has(ApproachPermission.Edit))
            return Result<EvaluationRound>.Forbidden("Alleen het kernteam legt een evaluatieronde vast.");
        var round = new EvaluationRound { ApproachId = approachId };
        var errors = Apply(round, input, access, actor);
        if (errors.Any)
            return Result<EvaluationRound>.Invalid(errors);
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return Result<EvaluationRound>.Ok(round);
    }

    public async Task<Result<EvaluationRound>> UpdateRoundAsync(Guid approachId, Guid id, EvaluationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (round, access, denied) = await FindForChangeAsync<EvaluationRound>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<EvaluationRound>.Denied(status);
        if (VersionedSave.MissingVersionResult<EvaluationRound>(input.Version) is { } missing)
            return missing;
        var errors = Apply(round!, input, access!, actor);
        if (errors.Any)
            return Result<EvaluationRound>.Invalid(errors);
        return await db.SaveVersionedAsync(round!, input.Version!.Value, round!, ct);
    }

    public async Task<Result<bool>> DeleteRoundAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (round, _, denied) = await FindForChangeAsync<EvaluationRound>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        db.Remove(round!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    public async Task<Result<List<Indicator>>> IndicatorsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await ReadableAsync<Indicator>(approachId, actor, ct) is not { } query)
            return Result<List<Indicator>>.NotFound();
        return Result<List<Indicator>>.Ok(await query.OrderBy(i => i.Name).ThenBy(i => i.Id).ToListAsync(ct));
    }

    public async Task<Result<Indicator>> IndicatorAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await ReadableAsync<Indicator>(approachId, actor, ct) is not { } query)
            return Result<Indicator>.NotFound();
        return await query.FirstOrDefaultAsync(i => i.Id == id, ct) is { } indicator ? Result<Indicator>.Ok(indicator) : Result<Indicator>.NotFound();
    }

    public async Task<Result<Indicator>> CreateIndicatorAsync(Guid approachId, IndicatorInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<Indicator>.NotFound();
        if (!access.Has(ApproachPermission.Edit))
            return Result<Indicator>.Forbidden("Alleen het kernteam legt indicatoren vast.");
        var indicator = new Indicator { ApproachId = approachId };
        var (errors, foreign) = await ApplyAsync(indicator, input, access, ct);
        if (foreign)
            return Result<Indicator>.NotFound();
        if (errors.Any)
            return Result<Indicator>.Invalid(errors);
        db.Add(indicator);
        await db.SaveChangesAsync(ct);
        return Result<Indicator>.Ok(indicator);
    }

    public async Task<Result<Indicator>> UpdateIndicatorAsync(Guid approachId, Guid id, IndicatorInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (indicator, access, denied) = await FindForChangeAsync<Indicator>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<Indicator>.Denied(status);
        if (VersionedSave.MissingVersionResult<Indicator>(input.Version) is { } missing)
            return missing;
        var (errors, foreign) = await ApplyAsync(indicator!, input, access!, ct);
        if (foreign)
            return Result<Indicator>.NotFound();
        if (errors.Any)
            return Result<Indicator>.Invalid(errors);
        return await db.SaveVersionedAsync(indicator!, input.Version!.Value, indicator!, ct);
    }

    /// <summary>Adds a measurement (a value for a number, a note for a qualitative indicator; both allowed).</summary>
    public async Task<Result<Indicator>> AddMeasurementAsync(Guid approachId, Guid id, MeasurementInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (indicator, _, denied) = await FindForChangeAsync<Indicator>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<Indicator>.Denied(status);
        if (VersionedSave.MissingVersionResult<Indicator>(input.Version) is { } missing)
            return missing;
        var errors = new ValidationErrors();
        if (input.Date is not { } date)
            errors.Add(nameof(MeasurementInput.Date), "Vul de datum van de meting in.");
        else
            PlausibleDates.Validate(errors, nameof(MeasurementInput.Date), date, DateMeaning.Happened, PlausibleDates.Today(time));
        var note = ActionText.Optional(errors, nameof(MeasurementInput.Note), input.Note, EvaluationDefaults.Long);
        if (indicator!.Kind == IndicatorKind.Getal && input.Value is null)
            errors.Add(nameof(MeasurementInput.Value), "Vul de gemeten waarde in (een getal).");
        if (indicator.Kind == IndicatorKind.Kwalitatief && note.Length == 0)
            errors.Add(nameof(MeasurementInput.Note), "Beschrijf wat u zag of hoorde: dit is een kwalitatieve indicator.");
        if (input.Value is { } v && Math.Abs(v) > 1_000_000_000m)
            errors.Add(nameof(MeasurementInput.Value), "Dit getal is te groot.");
        if (indicator.Measurements.Count >= MaxMeasurements)
            errors.Add(nameof(MeasurementInput.Date), $"Een indicator heeft ten hoogste {MaxMeasurements} metingen.");
        if (errors.Any)
            return Result<Indicator>.Invalid(errors);
        // A new list of new items (owned JSON): reusing tracked items in a second list confuses the change tracker.
        var added = new IndicatorMeasurement { Date = input.Date!.Value, Value = input.Value is { } val ? Math.Round(val, 2) : null, Note = note };
        indicator.Measurements = indicator.Measurements.Select(m => new IndicatorMeasurement { Date = m.Date, Value = m.Value, Note = m.Note }).Append(added)
            .OrderBy(m => m.Date).ToList();
        return await db.SaveVersionedAsync(indicator, input.Version!.Value, indicator, ct);
    }

    public async Task<Result<bool>> DeleteIndicatorAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (indicator, _, denied) = await FindForChangeAsync<Indicator>(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        db.Remove(indicator!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Only the core team closes or reopens an evaluation round.</summary>
    public static bool CanClose(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit) || access.Has(ApproachPermission.Decide);
    }

    private async Task<IQueryable<T>?> ReadableAsync<T>(Guid approachId, Actor actor, CancellationToken ct)
        where T : class, IHasVisibility, IApproachScoped =>
        (await approaches.VisibleRecordsAsync<T>(approachId, actor, ct))?.Records.AsNoTracking();

    private async Task<(T? Record, ApproachAccess? Access, ResultStatus? Denied)> FindForChangeAsync<T>(Guid approachId, Guid id, Actor actor, CancellationToken ct)
        where T : class, IHasVisibility, IApproachScoped
    {
        if (await approaches.VisibleRecordsAsync<T>(approachId, actor, ct) is not { } visible
            || await visible.Records.FirstOrDefaultAsync(r => EF.Property<Guid>(r, "Id") == id, ct) is not { } record)
            return (null, null, ResultStatus.NotFound);
        var access = visible.Access;
        if (!access.Has(ApproachPermission.Edit))
            return (null, null, ResultStatus.Forbidden);
        return (record, access, null);
    }

    private ValidationErrors Apply(EvaluationRound round, EvaluationInput input, ApproachAccess access, Actor actor)
    {
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        if (input.HeldOn is not { } held)
            errors.Add(nameof(EvaluationInput.HeldOn), "Vul de datum in waarop u samen evalueerde.");
        else
            PlausibleDates.Validate(errors, nameof(EvaluationInput.HeldOn), held, DateMeaning.Happened, today);
        PlausibleDates.Validate(errors, nameof(EvaluationInput.CommunicatedOn), input.CommunicatedOn, DateMeaning.Happened, today);
        if (input.HeldOn is { } h && input.CommunicatedOn is { } c && c < h)
            errors.Add(nameof(EvaluationInput.CommunicatedOn), "De resultaten kunnen niet vóór de evaluatie zijn gedeeld.");
        var participants = ActionText.Required(errors, nameof(EvaluationInput.Participants), input.Participants, EvaluationDefaults.Short, "Met wie evalueerde u? Evalueer samen met de gemeenschap: noem de groepen en organisaties.");
        var ownRole = ActionText.Optional(errors, nameof(EvaluationInput.OwnRole), input.OwnRole, EvaluationDefaults.Long);
        var adjustments = ActionText.Optional(errors, nameof(EvaluationInput.Adjustments), input.Adjustments, EvaluationDefaults.Long);
        var how = ActionText.Optional(errors, nameof(EvaluationInput.CommunicatedHow), input.CommunicatedHow, EvaluationDefaults.Short);
        var answers = new List<EvaluationAnswer>();
        foreach (var (key, value) in input.Answers ?? [])
        {
            var parts = key.Split('.');
            if (parts.Length != 2 || !int.TryParse(parts[0], out var q) || !int.TryParse(parts[1], out var s) || q is < 0 or > 3 || s < 0 || s >= SubQuestions(q))
            {
                errors.Add(nameof(EvaluationInput.Answers), $"Onbekende vraag '{key}'. Gebruik 'hoofdvraag.deelvraag', bijvoorbeeld '0.1'.");
                continue;
            }

            var text = ActionText.Optional(errors, $"{nameof(EvaluationInput.Answers)}[{key}]", value, EvaluationDefaults.Long);
            if (text.Length > 0)
                answers.Add(new EvaluationAnswer { Question = q, Sub = s, Answer = text });
        }

        var status = input.Status ?? round.Status;
        if (!Enum.IsDefined(status))
            errors.Add(nameof(EvaluationInput.Status), "Kies concept of afgerond.");
        else if (status != round.Status && !CanClose(access))
            errors.Add(nameof(EvaluationInput.Status), "Alleen het kernteam rondt een evaluatieronde af of opent hem weer.");
        else if (status == EvaluationStatus.Afgerond && answers.Count == 0)
            errors.Add(nameof(EvaluationInput.Status), "Beantwoord ten minste één vraag voordat u de ronde afrondt.");
        VisibilityChoice.CheckChange(errors, input.Visibility, round, nameof(EvaluationInput.Visibility), access.Has(ApproachPermission.ManageMembers));
        if (errors.Any)
            return errors;
        round.HeldOn = input.HeldOn!.Value;
        round.Participants = participants;
        round.OwnRole = ownRole;
        round.Adjustments = adjustments;
        round.CommunicatedOn = input.CommunicatedOn;
        round.CommunicatedHow = how;
        round.Answers = [.. answers.OrderBy(a => a.Question).ThenBy(a => a.Sub)];
        if (status != round.Status)
        {
            round.Status = status;
            round.ClosedOn = status == EvaluationStatus.Afgerond ? today : null;
            round.ClosedByUserId = status == EvaluationStatus.Afgerond ? actor.UserId : null;
        }

        if (input.Visibility is { } apply && apply.ChangesAnything(round))
            apply.ApplyTo(round);
        return errors;
    }

    private int SubQuestions(int question) => guide.List(QuestionLists[question]).Questions.Count;

    private async Task<(ValidationErrors Errors, bool Foreign)> ApplyAsync(Indicator indicator, IndicatorInput input, ApproachAccess access, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = ActionText.Required(errors, nameof(IndicatorInput.Name), input.Name, 200, "Geef de indicator een naam, bijvoorbeeld 'Meldingen van overlast per maand' of 'Gevoel van veiligheid op het plein'.");
        var unit = ActionText.Optional(errors, nameof(IndicatorInput.Unit), input.Unit, 100);
        var source = ActionText.Optional(errors, nameof(IndicatorInput.Source), input.Source, 200);
        var note = ActionText.Optional(errors, nameof(IndicatorInput.BaselineNote), input.BaselineNote, EvaluationDefaults.Long);
        var kind = input.Kind ?? IndicatorKind.Getal;
        if (!Enum.IsDefined(kind))
            errors.Add(nameof(IndicatorInput.Kind), "Kies getal of kwalitatief.");
        PlausibleDates.Validate(errors, nameof(IndicatorInput.BaselineDate), input.BaselineDate, DateMeaning.Happened, PlausibleDates.Today(time));
        if (kind == IndicatorKind.Getal && input.BaselineValue is null && note.Length == 0)
            errors.Add(nameof(IndicatorInput.BaselineValue), "Vul de beginwaarde (nulmeting) in, of beschrijf waarom die er nog niet is.");
        if (kind == IndicatorKind.Kwalitatief && note.Length == 0)
            errors.Add(nameof(IndicatorInput.BaselineNote), "Beschrijf de beginsituatie: niet alles is in getallen te vangen.");
        if (input.GoalId is { } goalId && !await db.Set<Goal>().AnyAsync(g => g.Id == goalId && g.ApproachId == indicator.ApproachId, ct))
            return (errors, true);
        VisibilityChoice.CheckChange(errors, input.Visibility, indicator, nameof(IndicatorInput.Visibility), access.Has(ApproachPermission.ManageMembers));
        if (errors.Any)
            return (errors, false);
        indicator.Name = name;
        indicator.GoalId = input.GoalId;
        indicator.Kind = kind;
        indicator.Unit = kind == IndicatorKind.Getal ? unit : "";
        indicator.Source = source;
        indicator.BaselineDate = input.BaselineDate;
        indicator.BaselineValue = kind == IndicatorKind.Getal && input.BaselineValue is { } b ? Math.Round(b, 2) : null;
        indicator.BaselineNote = note;
        indicator.TargetValue = kind == IndicatorKind.Getal && input.TargetValue is { } t ? Math.Round(t, 2) : null;
        if (input.Visibility is { } apply && apply.ChangesAnything(indicator))
            apply.ApplyTo(indicator);
        return (errors, false);
    }
}
