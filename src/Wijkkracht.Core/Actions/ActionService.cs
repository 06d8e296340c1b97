using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Actions;

/// <summary>Input for an action (all kinds); experiment fields are ignored for the other kinds.</summary>
public sealed class ActionInput
{
    public ActionKind? Kind { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public PpctLevel? PpctLevel { get; set; }

    public int? ParticipationRung { get; set; }

    public string? ActivityExample { get; set; }

    public string? PlaceName { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>"Delen in het buurtbericht" (its title, date and place may appear in a buurtbericht).</summary>
    public bool Shareable { get; set; }

    /// <summary>A risky activity: the police contact is required before it starts.</summary>
    public bool Risky { get; set; }

    public string? PoliceContact { get; set; }

    public string? Organisers { get; set; }

    public string? LocalSuppliers { get; set; }

    public decimal? Cost { get; set; }

    public ActionStage? Status { get; set; }

    /// <summary>A member of the approach; partners always own what they create. Null: the creator (new) or unchanged.</summary>
    public Guid? OwnerUserId { get; set; }

    public List<Guid> GoalIds { get; set; } = [];

    public List<Guid> ThemeIds { get; set; } = [];

    public List<Guid> OpportunityIds { get; set; } = [];

    public List<string> InterventionSlugs { get; set; } = [];

    public string? WhoJoined { get; set; }

    public string? WhoDidNotJoin { get; set; }

    public string? PatternChange { get; set; }

    public string? ResidentFeedback { get; set; }

    public string? Pattern { get; set; }

    public string? ExpectedEffect { get; set; }

    public string? EvaluationPlan { get; set; }

    public DateOnly? EvaluationDate { get; set; }

    public string? StopCriterion { get; set; }

    public string? UndoPlan { get; set; }

    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static ActionInput From(NeighbourhoodAction a) => new()
    {
        Kind = a.Kind,
        Title = a.Title,
        Description = a.Description,
        PpctLevel = a.PpctLevel,
        ParticipationRung = a.ParticipationRung,
        ActivityExample = a.ActivityExample,
        PlaceName = a.PlaceName,
        StartDate = a.StartDate,
        EndDate = a.EndDate,
        Shareable = a.Shareable,
        Risky = a.Risky,
        PoliceContact = a.PoliceContact,
        Organisers = a.Organisers,
        LocalSuppliers = a.LocalSuppliers,
        Cost = a.Cost,
        Status = a.Status,
        OwnerUserId = a.OwnerUserId,
        GoalIds = [.. a.GoalIds],
        ThemeIds = [.. a.ThemeIds],
        OpportunityIds = [.. a.OpportunityIds],
        InterventionSlugs = [.. a.InterventionSlugs],
        WhoJoined = a.WhoJoined,
        WhoDidNotJoin = a.WhoDidNotJoin,
        PatternChange = a.PatternChange,
        ResidentFeedback = a.ResidentFeedback,
        Pattern = a.Pattern,
        ExpectedEffect = a.ExpectedEffect,
        EvaluationPlan = a.EvaluationPlan,
        EvaluationDate = a.EvaluationDate,
        StopCriterion = a.StopCriterion,
        UndoPlan = a.UndoPlan,
        Visibility = VisibilityChoice.From(a),
        Version = a.Version,
    };
}

/// <summary>The decision on an experiment after its neighbourhood meeting.</summary>
public sealed class DecisionInput
{
    public ExperimentDecision? Decision { get; set; }

    public string? Note { get; set; }

    public string? BorgingOwner { get; set; }

    public string? BorgingFunding { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Filter of the action list.</summary>
public sealed record ActionFilter(ActionKind? Kind = null, ActionStage? Status = null, string? Search = null, bool OverdueOnly = false);

/// <summary>
/// An action as a reader sees it: the owner's name, whether the after-meeting of an experiment was held (its date), and
/// whether it is overdue (a running experiment past its end date without that meeting), with what the reader may do.
/// </summary>
public sealed record ActionView(NeighbourhoodAction Action, string? OwnerName, DateOnly? AfterMeetingOn, bool Overdue, bool CanEdit, bool CanDecide);

/// <summary>What needs attention on the approach dashboard: running experiments (with their evaluation dates), actions due soon and recent decisions on experiments.</summary>
public sealed record ActionAttention(IReadOnlyList<ActionView> RunningExperiments, IReadOnlyList<ActionView> DueActions, int OverdueExperiments, IReadOnlyList<ActionView> RecentDecisions);

/// <summary>
/// Zichtbare acties, experimenten en activiteiten of an approach (issue 13 §1–2). Readers follow the visibility model
/// (ADR 0005; network members see the actions opened to the network; an owner always sees their own). The core team
/// (members with <see cref="ApproachPermission.Edit"/>) adds and changes every action; a partner adds actions (they own
/// them) and changes the ones they own; only the core team (<see cref="ApproachPermission.Edit"/> or
/// <see cref="ApproachPermission.Decide"/>) decides on an experiment, and only after its neighbourhood meeting was held
/// ("Organiseer altijd een bijeenkomst met de buurt na afloop van de experimenteerperiode").
/// </summary>
public sealed class ActionService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, FieldworkGuide guide, TimeProvider time)
{
    /// <summary>How far ahead the dashboard lists actions that end soon.</summary>
    public const int DueWithinDays = 14;

    /// <summary>How far back the dashboard lists decisions on experiments (the borging register's newest entries).</summary>
    public const int DecidedWithinDays = 60;

    public const string DecisionNeedsMeeting = "Organiseer eerst de bijeenkomst met de buurt na afloop van het experiment, en leg die vast als 'Bijeenkomst na een experiment'. Daarna legt u het besluit vast.";

    public async Task<Result<Page<ActionView>>> ListAsync(Guid approachId, ActionFilter filter, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (await ReadableAsync(approachId, actor, ct) is not { } readable)
            return Result<Page<ActionView>>.NotFound();
        var (access, query) = readable;
        var today = PlausibleDates.Today(time);
        if (filter.Kind is { } kind)
            query = query.Where(a => a.Kind == kind);
        if (filter.Status is { } status)
            query = query.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLower();
            query = query.Where(a => a.Title.ToLower().Contains(term) || a.PlaceName.ToLower().Contains(term) || a.Organisers.ToLower().Contains(term));
        }

        if (filter.OverdueOnly)
            query = OverdueExperiments(query, today);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(a => a.Status == ActionStage.Afgerond || a.Status == ActionStage.Gestopt)
            .ThenByDescending(a => a.StartDate).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var views = await ViewsAsync(access, items, today, ct);
        return Result<Page<ActionView>>.Ok(new Page<ActionView>(views, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<ActionView>> GetAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await ReadableAsync(approachId, actor, ct) is not { } readable)
            return Result<ActionView>.NotFound();
        var action = await readable.Query.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
            return Result<ActionView>.NotFound();
        var view = (await ViewsAsync(readable.Access, [action], PlausibleDates.Today(time), ct))[0];
        if (view.OwnerName is not null)
            await audit.RecordViewAsync(actor, nameof(NeighbourhoodAction), id.ToString(), approachId, $"Actie '{action.Title}' bekeken (met eigenaar)", ct);
        return Result<ActionView>.Ok(view);
    }

    /// <summary>Running experiments and actions that end within <see cref="DueWithinDays"/> days (or ended without being closed).</summary>
    public async Task<Result<ActionAttention>> AttentionAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await ReadableAsync(approachId, actor, ct) is not { } readable)
            return Result<ActionAttention>.NotFound();
        var today = PlausibleDates.Today(time);
        var soon = today.AddDays(DueWithinDays);
        var open = readable.Query.Where(a => a.Status != ActionStage.Afgerond && a.Status != ActionStage.Gestopt && a.Status != ActionStage.Idee);
        var experiments = await open.Where(a => a.Kind == ActionKind.Experiment && a.Decision == null)
            .OrderBy(a => a.EndDate ?? DateOnly.MaxValue).ThenBy(a => a.Title).Take(10).ToListAsync(ct);
        var due = await open.Where(a => a.Kind != ActionKind.Experiment && a.EndDate != null && a.EndDate <= soon)
            .OrderBy(a => a.EndDate).ThenBy(a => a.Title).Take(10).ToListAsync(ct);
        var overdue = await OverdueExperiments(readable.Query, today).CountAsync(ct);
        var since = today.AddDays(-DecidedWithinDays);
        var decided = await readable.Query.Where(a => a.Kind == ActionKind.Experiment && a.Decision != null && a.DecisionDate >= since)
            .OrderByDescending(a => a.DecisionDate).ThenBy(a => a.Title).Take(5).ToListAsync(ct);
        return Result<ActionAttention>.Ok(new ActionAttention(
            await ViewsAsync(readable.Access, experiments, today, ct), await ViewsAsync(readable.Access, due, today, ct), overdue,
            await ViewsAsync(readable.Access, decided, today, ct)));
    }

    public async Task<Result<ActionView>> CreateAsync(Guid approachId, ActionInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<ActionView>.NotFound();
        if (!CanCreate(access))
            return Result<ActionView>.Forbidden("Alleen het kernteam en partners kunnen acties toevoegen.");
        var action = new NeighbourhoodAction { ApproachId = approachId, CreatedByUserId = actor.UserId, OwnerUserId = actor.UserId };
        var (errors, foreign) = await ApplyAsync(action, input, access, isNew: true, ct);
        if (foreign)
            return Result<ActionView>.NotFound();
        if (errors.Any)
            return Result<ActionView>.Invalid(errors);
        db.Add(action);
        await db.SaveChangesAsync(ct);
        return Result<ActionView>.Ok((await ViewsAsync(access, [action], PlausibleDates.Today(time), ct))[0]);
    }

    public async Task<Result<ActionView>> UpdateAsync(Guid approachId, Guid id, ActionInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (action, access, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<ActionView>.Denied(status);
        if (!CanEdit(access!, action!))
            return Result<ActionView>.Forbidden("U kunt alleen de acties wijzigen die u zelf beheert.");
        if (VersionedSave.MissingVersionResult<ActionView>(input.Version) is { } missing)
            return missing;
        var (errors, foreign) = await ApplyAsync(action!, input, access!, isNew: false, ct);
        if (foreign)
            return Result<ActionView>.NotFound();
        if (errors.Any)
            return Result<ActionView>.Invalid(errors);
        var saved = await db.SaveVersionedAsync(action!, input.Version!.Value, true, ct);
        if (!saved.IsOk)
            return Result<ActionView>.Conflict(saved.Message ?? Messages.ConcurrencyConflict);
        return Result<ActionView>.Ok((await ViewsAsync(access!, [action!], PlausibleDates.Today(time), ct))[0]);
    }

    /// <summary>Records the decision on an experiment (core team only; after the neighbourhood meeting).</summary>
    public async Task<Result<ActionView>> DecideAsync(Guid approachId, Guid id, DecisionInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (action, access, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<ActionView>.Denied(status);
        if (!CanDecide(access!))
            return Result<ActionView>.Forbidden("Alleen het kernteam legt het besluit over een experiment vast.");
        if (action!.Kind != ActionKind.Experiment)
            return Result<ActionView>.Invalid(nameof(DecisionInput.Decision), "Alleen over een experiment legt u een besluit vast.");
        if (VersionedSave.MissingVersionResult<ActionView>(input.Version) is { } missing)
            return missing;
        var today = PlausibleDates.Today(time);
        var errors = new ValidationErrors();
        if (input.Decision is not { } decision || !Enum.IsDefined(decision))
            errors.Add(nameof(DecisionInput.Decision), "Kies het besluit: stoppen, aanpassen, voortzetten of borgen.");
        var note = ActionText.Optional(errors, nameof(DecisionInput.Note), input.Note, ActionLimits.Long);
        var owner = ActionText.Optional(errors, nameof(DecisionInput.BorgingOwner), input.BorgingOwner, ActionLimits.Short);
        var funding = ActionText.Optional(errors, nameof(DecisionInput.BorgingFunding), input.BorgingFunding, ActionLimits.Short);
        if (input.Decision == ExperimentDecision.Borgen)
        {
            if (owner.Length == 0)
                errors.Add(nameof(DecisionInput.BorgingOwner), "Wie neemt het over? Borg het bij de gemeente, een organisatie of samen met bewoners. Vul de eigenaar in.");
            if (funding.Length == 0)
                errors.Add(nameof(DecisionInput.BorgingFunding), "Hoe wordt het betaald? Vul de financiering in, bijvoorbeeld 'subsidie welzijn 2027' of 'begroting wijkbudget'.");
        }

        if (await AfterMeetingAsync(action.Id, today, ct) is null)
            errors.Add(nameof(DecisionInput.Decision), DecisionNeedsMeeting);
        if (errors.Any)
            return Result<ActionView>.Invalid(errors);
        action.Decision = input.Decision;
        action.DecisionDate = today;
        action.DecisionNote = note;
        action.BorgingOwner = input.Decision == ExperimentDecision.Borgen ? owner : "";
        action.BorgingFunding = input.Decision == ExperimentDecision.Borgen ? funding : "";
        action.DecidedByUserId = actor.UserId;
        action.Status = input.Decision switch
        {
            ExperimentDecision.Stoppen => ActionStage.Gestopt,
            ExperimentDecision.Borgen => ActionStage.Afgerond,
            _ => ActionStage.Loopt,
        };
        var saved = await db.SaveVersionedAsync(action, input.Version!.Value, true, ct);
        if (!saved.IsOk)
            return Result<ActionView>.Conflict(saved.Message ?? Messages.ConcurrencyConflict);
        return Result<ActionView>.Ok((await ViewsAsync(access!, [action], today, ct))[0]);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (action, access, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        if (!CanEdit(access!, action!))
            return Result<bool>.Forbidden("U kunt alleen de acties verwijderen die u zelf beheert.");
        db.Remove(action!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Every action of the approach the reader may see (the evaluation report, the buurtbericht); null when the approach is not visible.</summary>
    public async Task<List<NeighbourhoodAction>?> ReadableListAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await ReadableAsync(approachId, actor, ct) is { } readable
            ? await readable.Query.OrderBy(a => a.StartDate).ThenBy(a => a.Title).ThenBy(a => a.Id).ToListAsync(ct)
            : null;

    /// <summary>The experiments of the approach the reader may see (for the after-meeting's choice).</summary>
    public async Task<List<NeighbourhoodAction>> ExperimentsAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await ReadableAsync(approachId, actor, ct) is { } readable
            ? await readable.Query.Where(a => a.Kind == ActionKind.Experiment).OrderByDescending(a => a.StartDate).ThenBy(a => a.Title).ToListAsync(ct)
            : [];

    /// <summary>Core team and partners add actions.</summary>
    public static bool CanCreate(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit) || access.MyRole == ApproachRole.Partner;
    }

    /// <summary>The core team changes every action; a partner the ones they own.</summary>
    public static bool CanEdit(ApproachAccess access, NeighbourhoodAction action)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(action);
        return access.Has(ApproachPermission.Edit) || (access.MyRole == ApproachRole.Partner && action.OwnerUserId == access.Actor.UserId);
    }

    /// <summary>Only the core team decides on an experiment.</summary>
    public static bool CanDecide(ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Has(ApproachPermission.Edit) || access.Has(ApproachPermission.Decide);
    }

    /// <summary>Experiments without a decision whose end date passed and whose after-meeting was not held.</summary>
    private IQueryable<NeighbourhoodAction> OverdueExperiments(IQueryable<NeighbourhoodAction> query, DateOnly today) =>
        query.Where(a => a.Kind == ActionKind.Experiment && a.Decision == null && a.Status != ActionStage.Gestopt && a.Status != ActionStage.Idee
            && a.EndDate != null && a.EndDate < today
            && !db.Set<Meeting>().Any(m => m.ExperimentId == a.Id && m.Kind == MeetingKind.NaExperiment && m.Date <= today));

    private async Task<DateOnly?> AfterMeetingAsync(Guid experimentId, DateOnly today, CancellationToken ct) =>
        await db.Set<Meeting>().AsNoTracking()
            .Where(m => m.ExperimentId == experimentId && m.Kind == MeetingKind.NaExperiment && m.Date <= today)
            .OrderByDescending(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);

    private async Task<List<ActionView>> ViewsAsync(ApproachAccess access, List<NeighbourhoodAction> actions, DateOnly today, CancellationToken ct)
    {
        if (actions.Count == 0)
            return [];
        var experimentIds = actions.Where(a => a.Kind == ActionKind.Experiment).Select(a => a.Id).ToList();
        var held = experimentIds.Count == 0
            ? []
            : (await db.Set<Meeting>().AsNoTracking()
                .Where(m => m.ExperimentId != null && experimentIds.Contains(m.ExperimentId.Value) && m.Kind == MeetingKind.NaExperiment && m.Date <= today)
                .Select(m => new { ExperimentId = m.ExperimentId!.Value, m.Date }).ToListAsync(ct))
                .GroupBy(m => m.ExperimentId).ToDictionary(g => g.Key, g => g.Max(m => m.Date));
        var ownerIds = actions.Where(a => a.OwnerUserId is not null).Select(a => a.OwnerUserId!.Value).Distinct().ToList();
        var owners = ownerIds.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id) && u.OrganisationId == access.Actor.OrganisationId).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var canDecide = CanDecide(access);
        return actions.Select(a =>
        {
            DateOnly? meetingOn = held.TryGetValue(a.Id, out var on) ? on : null;
            var overdue = a.Kind == ActionKind.Experiment && a.Decision is null && a.Status is not (ActionStage.Gestopt or ActionStage.Idee)
                && a.EndDate is { } end && end < today && meetingOn is null;
            return new ActionView(a, a.OwnerUserId is { } o ? owners.GetValueOrDefault(o) : null, meetingOn, overdue, CanEdit(access, a), canDecide && a.Kind == ActionKind.Experiment);
        }).ToList();
    }

    private async Task<(ApproachAccess Access, IQueryable<NeighbourhoodAction> Query)?> ReadableAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return null;
        var seen = VisibilityRules.For(actor, access.MyRole, access.PartnerType);
        var all = db.Set<NeighbourhoodAction>().AsNoTracking().Where(a => a.ApproachId == approachId);
        // The visibility model, and an owner always sees their own action (a partner's action the team closed to partners).
        var me = actor.UserId;
        var types = (int)seen.PartnerType;
        var query = seen.CoreTeam ? all
            : seen.Partner ? all.Where(r => r.OwnerUserId == me || r.Visibility == VisibilityLevel.Netwerk
                || (r.Visibility == VisibilityLevel.Partners && (r.VisibleToPartnerTypes == PartnerType.Geen || ((int)r.VisibleToPartnerTypes & types) != 0)))
            : all.Where(r => r.OwnerUserId == me || r.Visibility == VisibilityLevel.Netwerk);
        return (access, query);
    }

    private async Task<(NeighbourhoodAction? Action, ApproachAccess? Access, ResultStatus? Denied)> FindForChangeAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return (null, null, ResultStatus.NotFound);
        var seen = VisibilityRules.For(actor, access.MyRole, access.PartnerType);
        var action = await db.Set<NeighbourhoodAction>().FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == id, ct);
        if (action is null || !(VisibilityRules.CanSee(action, seen) || action.OwnerUserId == actor.UserId))
            return (null, null, ResultStatus.NotFound);
        return (action, access, null);
    }

    private async Task<(ValidationErrors Errors, bool Foreign)> ApplyAsync(NeighbourhoodAction a, ActionInput input, ApproachAccess access, bool isNew, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var today = PlausibleDates.Today(time);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(ActionInput.Kind), "Kies het soort actie: zichtbare actie, experiment of activiteit.");
            kind = a.Kind;
        }
        else if (!isNew && kind != a.Kind)
        {
            errors.Add(nameof(ActionInput.Kind), "Het soort actie verandert niet meer na het aanmaken. Maak een nieuwe actie aan als het een ander soort is.");
        }

        var title = ActionText.Required(errors, nameof(ActionInput.Title), input.Title, ActionLimits.Title, "Geef de actie een korte titel, bijvoorbeeld 'Koffietafel op het plein'.");
        var description = ActionText.Optional(errors, nameof(ActionInput.Description), input.Description, ActionLimits.Long);
        var place = ActionText.Optional(errors, nameof(ActionInput.PlaceName), input.PlaceName, 200);
        var organisers = ActionText.Optional(errors, nameof(ActionInput.Organisers), input.Organisers, ActionLimits.Short);
        var suppliers = ActionText.Optional(errors, nameof(ActionInput.LocalSuppliers), input.LocalSuppliers, ActionLimits.Short);
        var example = ActionText.Optional(errors, nameof(ActionInput.ActivityExample), input.ActivityExample, 100);
        if (input.PpctLevel is { } level && !Enum.IsDefined(level))
            errors.Add(nameof(ActionInput.PpctLevel), "Kies een niveau uit de lijst.");
        if (input.ParticipationRung is { } rung && rung is < 1 or > 6)
            errors.Add(nameof(ActionInput.ParticipationRung), "Kies een trede van 1 tot en met 6 van de participatieladder.");
        if (example.Length > 0 && kind != ActionKind.Activiteit)
            example = "";
        else if (example.Length > 0 && !guide.IsActivityExample(example))
            errors.Add(nameof(ActionInput.ActivityExample), "Kies een voorbeeld uit de lijst, of laat het leeg.");
        if (input.Cost is { } cost && (cost < 0 || cost > 10_000_000))
            errors.Add(nameof(ActionInput.Cost), "Vul een bedrag in euro's in van 0 tot 10 miljoen, of laat het leeg.");
        PlausibleDates.Validate(errors, nameof(ActionInput.StartDate), input.StartDate, DateMeaning.Planned, today);
        PlausibleDates.Validate(errors, nameof(ActionInput.EndDate), input.EndDate, DateMeaning.Planned, today);
        PlausibleDates.Validate(errors, nameof(ActionInput.EvaluationDate), input.EvaluationDate, DateMeaning.Planned, today);
        if (input.StartDate is { } start && input.EndDate is { } end && end < start)
            errors.Add(nameof(ActionInput.EndDate), "De einddatum ligt vóór de startdatum.");
        var status = input.Status ?? (isNew ? ActionStage.Gepland : a.Status);
        if (!Enum.IsDefined(status))
            errors.Add(nameof(ActionInput.Status), "Kies een stand uit de lijst.");

        var whoJoined = ActionText.Optional(errors, nameof(ActionInput.WhoJoined), input.WhoJoined, ActionLimits.Long);
        var whoNot = ActionText.Optional(errors, nameof(ActionInput.WhoDidNotJoin), input.WhoDidNotJoin, ActionLimits.Long);
        var patternChange = ActionText.Optional(errors, nameof(ActionInput.PatternChange), input.PatternChange, ActionLimits.Long);
        var feedback = ActionText.Optional(errors, nameof(ActionInput.ResidentFeedback), input.ResidentFeedback, ActionLimits.Long);
        var pattern = ActionText.Optional(errors, nameof(ActionInput.Pattern), input.Pattern, ActionLimits.Long);
        var effect = ActionText.Optional(errors, nameof(ActionInput.ExpectedEffect), input.ExpectedEffect, ActionLimits.Long);
        var plan = ActionText.Optional(errors, nameof(ActionInput.EvaluationPlan), input.EvaluationPlan, ActionLimits.Long);
        var stop = ActionText.Optional(errors, nameof(ActionInput.StopCriterion), input.StopCriterion, ActionLimits.Long);
        var undo = ActionText.Optional(errors, nameof(ActionInput.UndoPlan), input.UndoPlan, ActionLimits.Long);
        if (kind == ActionKind.Experiment && status != ActionStage.Idee)
        {
            // [000] 5: the pattern, the evaluation agreed in advance and the way back are set before an experiment starts.
            if (pattern.Length == 0)
                errors.Add(nameof(ActionInput.Pattern), "Welk bestaand patroon wil het experiment verstoren? Vul dat in voordat het experiment gepland wordt.");
            if (effect.Length == 0)
                errors.Add(nameof(ActionInput.ExpectedEffect), "Wat verwacht u dat er verandert? Vul het verwachte effect in.");
            if (plan.Length == 0)
                errors.Add(nameof(ActionInput.EvaluationPlan), "Spreek vooraf af hoe en met wie u het experiment evalueert, en wanneer.");
            if (undo.Length == 0)
                errors.Add(nameof(ActionInput.UndoPlan), "Zorg dat het experiment verwijderd of gestopt kan worden bij negatieve effecten. Beschrijf hoe.");
            if (input.EndDate is null)
                errors.Add(nameof(ActionInput.EndDate), "Een experiment heeft een periode. Vul de einddatum in; daarna volgt de bijeenkomst met de buurt.");
        }

        var policeContact = ActionText.Optional(errors, nameof(ActionInput.PoliceContact), input.PoliceContact, ActionLimits.Long);
        if (input.Risky && policeContact.Length == 0 && status is ActionStage.Loopt or ActionStage.Afgerond)
            errors.Add(nameof(ActionInput.PoliceContact),
                "Een risicovolle actie start pas als de politie is betrokken. Vul in wie bij de politie het contact is en wat is afgesproken.");

        if (kind == ActionKind.Experiment && status == ActionStage.Afgerond && a.Decision is null)
            errors.Add(nameof(ActionInput.Status), "Een experiment rondt u af met een besluit na de bijeenkomst met de buurt. Gebruik 'Besluit vastleggen'.");

        var ownerId = a.OwnerUserId;
        if (input.OwnerUserId is { } wanted && wanted != a.OwnerUserId)
        {
            if (!access.Has(ApproachPermission.Edit))
                errors.Add(nameof(ActionInput.OwnerUserId), "Alleen het kernteam wijst een actie toe aan een ander.");
            else if (!await db.ApproachMembers.AnyAsync(m => m.ApproachId == a.ApproachId && m.UserId == wanted && m.Role != ApproachRole.Netwerklid, ct))
                errors.Add(nameof(ActionInput.OwnerUserId), "Kies als eigenaar iemand uit het kernteam of een partner van deze aanpak.");
            else
                ownerId = wanted;
        }

        var goalIds = Distinct(input.GoalIds);
        var themeIds = Distinct(input.ThemeIds);
        var opportunityIds = Distinct(input.OpportunityIds);
        var slugs = (input.InterventionSlugs ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (goalIds.Count > 0 && await db.Set<Goal>().CountAsync(g => g.ApproachId == a.ApproachId && goalIds.Contains(g.Id), ct) != goalIds.Count)
            return (errors, true);
        if (themeIds.Count > 0 && await db.Set<Theme>().CountAsync(t => t.ApproachId == a.ApproachId && themeIds.Contains(t.Id), ct) != themeIds.Count)
            return (errors, true);
        if (opportunityIds.Count > 0 && await db.Set<Opportunity>().CountAsync(o => o.ApproachId == a.ApproachId && opportunityIds.Contains(o.Id), ct) != opportunityIds.Count)
            return (errors, true);
        if (slugs.Count > 0 && await db.Set<ApproachIntervention>().CountAsync(i => i.ApproachId == a.ApproachId && slugs.Contains(i.InterventionId), ct) != slugs.Count)
            errors.Add(nameof(ActionInput.InterventionSlugs), "Kies interventies die bij deze aanpak horen (zie Interventies).");

        var changesVisibility = await ActionText.CheckVisibilityAsync(errors, input.Visibility, a, nameof(ActionInput.Visibility), access);
        if (errors.Any)
            return (errors, false);
        a.Kind = kind;
        a.Title = title;
        a.Description = description;
        a.PpctLevel = input.PpctLevel;
        a.ParticipationRung = input.ParticipationRung;
        a.ActivityExample = example;
        a.PlaceName = place;
        a.StartDate = input.StartDate;
        a.EndDate = input.EndDate;
        a.Shareable = input.Shareable;
        a.Risky = input.Risky;
        a.PoliceContact = policeContact;
        a.Organisers = organisers;
        a.LocalSuppliers = suppliers;
        a.Cost = input.Cost is { } c ? Math.Round(c, 2) : null;
        a.Status = status;
        a.OwnerUserId = ownerId;
        if (!a.GoalIds.SequenceEqual(goalIds))
            a.GoalIds = goalIds;
        if (!a.ThemeIds.SequenceEqual(themeIds))
            a.ThemeIds = themeIds;
        if (!a.OpportunityIds.SequenceEqual(opportunityIds))
            a.OpportunityIds = opportunityIds;
        if (!a.InterventionSlugs.SequenceEqual(slugs))
            a.InterventionSlugs = slugs;
        a.WhoJoined = whoJoined;
        a.WhoDidNotJoin = whoNot;
        a.PatternChange = patternChange;
        a.ResidentFeedback = feedback;
        var experiment = kind == ActionKind.Experiment;
        a.Pattern = experiment ? pattern : "";
        a.ExpectedEffect = experiment ? effect : "";
        a.EvaluationPlan = experiment ? plan : "";
        a.EvaluationDate = experiment ? input.EvaluationDate : null;
        a.StopCriterion = experiment ? stop : "";
        a.UndoPlan = experiment ? undo : "";
        if (changesVisibility)
            input.Visibility!.ApplyTo(a);
        return (errors, false);
    }

    private static List<Guid> Distinct(List<Guid>? ids) => (ids ?? []).Where(i => i != Guid.Empty).Distinct().ToList();
}

/// <summary>Shared input rules of the action and meeting forms.</summary>
public static class ActionText
{
    public static string Required(ValidationErrors errors, string field, string? value, int max, string missing)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = TextInput.Clean(value?.Trim() ?? "");
        if (text.Length == 0)
            errors.Add(field, missing);
        else if (text.Length > max)
            errors.Add(field, $"Maximaal {max} tekens.");
        return text;
    }

    public static string Optional(ValidationErrors errors, string field, string? value, int max)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = TextInput.Clean(value?.Trim() ?? "");
        if (text.Length > max)
            errors.Add(field, $"Maximaal {max} tekens.");
        return text;
    }

    /// <summary>Validates a visibility choice; true when it is valid and changes the record (then the caller applies it).</summary>
    public static Task<bool> CheckVisibilityAsync(ValidationErrors errors, VisibilityChoice? choice, IHasVisibility record, string field, ApproachAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return Task.FromResult(VisibilityChoice.CheckChange(errors, choice, record, field, access.Has(ApproachPermission.ManageMembers)));
    }
}
