using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Preconditions;

/// <summary>Input for a new precondition check.</summary>
public sealed class AssessmentInput
{
    public DateOnly? AssessedOn { get; set; }

    public string? Participants { get; set; }

    public string? Notes { get; set; }

    /// <summary>Who may read the check (ADR 0005); empty keeps the default (kernteam). Only members who manage the approach may choose another level.</summary>
    public VisibilityChoice? Visibility { get; set; }

    public List<AssessmentItemInput> Items { get; set; } = [];
}

/// <summary>One scored item: a precondition id with a 0-based ask index, or a step-4 question key with index 0.</summary>
public sealed class AssessmentItemInput
{
    public string? PreconditionId { get; set; }

    public int AskIndex { get; set; }

    public PreconditionScore? Score { get; set; }

    public string? Explanation { get; set; }
}

/// <summary>Input for an "aan de slag" action.</summary>
public sealed class ActionInput
{
    public string? PreconditionId { get; set; }

    public string? Description { get; set; }

    public Guid? OwnerUserId { get; set; }

    public DateOnly? DueDate { get; set; }

    public ActionStatus? Status { get; set; }

    public Guid? AssessmentId { get; set; }

    /// <summary>Must be true when the owner is a network member: their name will appear in reports.</summary>
    public bool ConfirmNetworkOwner { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>One part (screen) of a check done in parts: a precondition, or the step-4 questions.</summary>
public sealed record CheckPart(int Number, string Id, string Title, IReadOnlyList<(string PreconditionId, int AskIndex, string Question)> Items);

/// <summary>An owner an action may have: a member of the approach.</summary>
public sealed record OwnerChoice(Guid UserId, string DisplayName, ApproachRole Role);

/// <summary>Scores of one precondition (or step-4 question) in one assessment.</summary>
public sealed record PreconditionScoreRow(string Id, string Title, int? Percentage, int Assessed, int Total);

/// <summary>
/// The precondition check (randvoorwaardencheck): assess the 12 preconditions item by item plus the three step-4
/// questions, compare assessments over time, and turn gaps into actions with an owner and a due date.
/// </summary>
public sealed class PreconditionCheckService(WijkkrachtDbContext db, ApproachService approaches, IGuideCatalog guide, TimeProvider time, Audit.AuditService audit)
{
    public async Task<Result<List<PreconditionAssessment>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<List<PreconditionAssessment>>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct); // visibility (ADR 0005)
        var list = await VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking().Finished(), seen).Where(a => a.ApproachId == approachId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.CreatedAt).ToListAsync(ct);
        // The checks name their participants: reading them is a read of personal data.
        if (list.Exists(a => a.Participants.Length > 0))
            await audit.RecordViewAsync(actor, nameof(PreconditionAssessment), null, approachId, $"Deelnemers van randvoorwaardenchecks bekeken ({list.Count} checks)", ct);
        return Result<List<PreconditionAssessment>>.Ok(list);
    }

    public async Task<Result<PreconditionAssessment>> GetAsync(Guid approachId, Guid assessmentId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAssessment>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct); // visibility (ADR 0005)
        var assessment = await VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking().Finished(), seen).FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == assessmentId, ct);
        if (assessment is null)
            return Result<PreconditionAssessment>.NotFound();
        if (assessment.Participants.Length > 0)
            await audit.RecordViewAsync(actor, nameof(PreconditionAssessment), assessment.Id.ToString(), approachId, "Deelnemers van een randvoorwaardencheck bekeken", ct);
        return Result<PreconditionAssessment>.Ok(assessment);
    }

    /// <summary>Scores per precondition and per step-4 question, in the guide's order.</summary>
    public IReadOnlyList<PreconditionScoreRow> Scores(PreconditionAssessment assessment)
    {
        var rows = new List<PreconditionScoreRow>();
        foreach (var p in guide.Preconditions)
        {
            var items = assessment.Items.Where(i => i.PreconditionId == p.Id).ToList();
            rows.Add(new PreconditionScoreRow(p.Id, $"{p.Number}. {p.Title}", PreconditionLabels.Percentage(items.Select(i => i.Score)), items.Count(i => i.Score != PreconditionScore.WeetNiet), p.Asks.Count));
        }

        for (var q = 0; q < Step4Questions.All.Count; q++)
        {
            var (key, _) = Step4Questions.All[q];
            var items = assessment.Items.Where(i => i.PreconditionId == key).ToList();
            rows.Add(new PreconditionScoreRow(key, Step4Text(q), PreconditionLabels.Percentage(items.Select(i => i.Score)), items.Count(i => i.Score != PreconditionScore.WeetNiet), 1));
        }

        return rows;
    }

    /// <summary>The guide's wording of step-4 question <paramref name="index"/>.</summary>
    public string Step4Text(int index) =>
        index < guide.DecisionMomentQuestions.Count ? guide.DecisionMomentQuestions[index] : Step4Questions.All[index].Text;

    public async Task<Result<PreconditionAssessment>> CreateAsync(Guid approachId, AssessmentInput input, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAssessment>.Denied(access);

        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        var (participants, notes) = ValidateHeader(input, errors);

        var items = ReadItems(input.Items, errors, item =>
            (guide.Preconditions.FirstOrDefault(p => p.Id == item.PreconditionId) is { } p
                ? item.AskIndex >= 0 && item.AskIndex < p.Asks.Count
                : Step4Questions.All.Any(q => q.Key == item.PreconditionId) && item.AskIndex == 0)
                ? null
                : $"Onbekend onderdeel '{item.PreconditionId}' (vraag {item.AskIndex + 1}).");
        if (items.Count == 0)
            errors.Add(nameof(AssessmentInput.Items), "Beoordeel ten minste één onderdeel.");
        var (level, mask) = await ValidateVisibilityAsync(approachId, input, actor, errors, ct);
        if (errors.Any)
            return Result<PreconditionAssessment>.Invalid(errors);

        return await SaveNewAsync(new PreconditionAssessment { Items = items }, approachId, input, participants, notes, level, mask, actor, ct);
    }

    /// <summary>
    /// Reads the judged items of a check (the whole check at once, or one part): an item without an answer is left open
    /// unless it has an explanation (then the answer is asked for, so the text is not lost), an unknown item is named by
    /// <paramref name="unknown"/>, and each item may be judged once.
    /// </summary>
    private static List<AssessmentItem> ReadItems(IReadOnlyList<AssessmentItemInput> input, ValidationErrors errors, Func<AssessmentItemInput, string?> unknown)
    {
        var items = new List<AssessmentItem>();
        for (var i = 0; i < input.Count; i++)
        {
            var item = input[i];
            var field = $"Items[{i}]";
            var explanation = item.Explanation?.Trim() ?? "";
            if (item.Score is not { } score)
            {
                if (explanation.Length > 0)
                    errors.Add(field + ".Score", "Kies een antwoord bij uw toelichting, of laat de toelichting leeg.");
                continue;
            }

            if (!Enum.IsDefined(score))
            {
                errors.Add(field + ".Score", "Kies op orde, deels, niet op orde of weet niet.");
                continue;
            }

            if (unknown(item) is { } message)
            {
                errors.Add(field + ".PreconditionId", message);
                continue;
            }

            if (items.Exists(x => x.PreconditionId == item.PreconditionId && x.AskIndex == item.AskIndex))
            {
                errors.Add(field + ".PreconditionId", "Dit onderdeel is twee keer beoordeeld.");
                continue;
            }

            if (explanation.Length > 2000)
                errors.Add(field + ".Explanation", "Maximaal 2000 tekens.");
            items.Add(new AssessmentItem { PreconditionId = item.PreconditionId!, AskIndex = item.AskIndex, Score = score, Explanation = explanation });
        }

        return items;
    }

    /// <summary>
    /// The parts of a check done in parts, one per screen: the 12 preconditions in the guide's order, then the three
    /// step-4 questions of the decision moment as the last part.
    /// </summary>
    public IReadOnlyList<CheckPart> Parts()
    {
        var parts = new List<CheckPart>();
        foreach (var p in guide.Preconditions)
            parts.Add(new CheckPart(parts.Count + 1, p.Id, $"{p.Number}. {p.Title}", p.Asks.Select((ask, i) => (p.Id, i, ask)).ToList()));
        parts.Add(new CheckPart(parts.Count + 1, "beslismoment", "Vragen van het beslismoment (stap 4)",
            Step4Questions.All.Select((q, i) => (q.Key, 0, Step4Text(i))).ToList()));
        return parts;
    }

    /// <summary>How many items of <paramref name="part"/> have an answer in <paramref name="assessment"/>.</summary>
    public static int Answered(PreconditionAssessment assessment, CheckPart part)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(part);
        return part.Items.Count(i => assessment.Items.Exists(x => x.PreconditionId == i.PreconditionId && x.AskIndex == i.AskIndex));
    }

    /// <summary>Starts a check that is filled in part by part: a draft with the date, participants and visibility.</summary>
    public async Task<Result<PreconditionAssessment>> StartDraftAsync(Guid approachId, AssessmentInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAssessment>.Denied(access);
        var errors = new ValidationErrors();
        var (participants, notes) = ValidateHeader(input, errors);
        var (level, mask) = await ValidateVisibilityAsync(approachId, input, actor, errors, ct);
        if (errors.Any)
            return Result<PreconditionAssessment>.Invalid(errors);
        return await SaveNewAsync(new PreconditionAssessment { IsDraft = true }, approachId, input, participants, notes, level, mask, actor, ct);
    }

    /// <summary>Fills in the validated header of a new check (whole or draft) and saves it.</summary>
    private async Task<Result<PreconditionAssessment>> SaveNewAsync(PreconditionAssessment assessment, Guid approachId, AssessmentInput input, string participants, string notes, VisibilityLevel level, PartnerType mask, Actor actor, CancellationToken ct)
    {
        assessment.ApproachId = approachId;
        assessment.AssessedOn = input.AssessedOn!.Value;
        assessment.Participants = participants;
        assessment.Notes = notes;
        assessment.RecordedByUserId = actor.UserId;
        assessment.Visibility = level;
        assessment.VisibleToPartnerTypes = mask;
        db.Add(assessment);
        await db.SaveChangesAsync(ct);
        return Result<PreconditionAssessment>.Ok(assessment);
    }

    /// <summary>Unfinished checks of the approach (for those who may edit), newest first.</summary>
    public async Task<Result<List<PreconditionAssessment>>> DraftsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<List<PreconditionAssessment>>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var list = await VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking(), seen)
            .Where(a => a.ApproachId == approachId && a.IsDraft).OrderByDescending(a => a.UpdatedAt).ToListAsync(ct);
        return Result<List<PreconditionAssessment>>.Ok(list);
    }

    /// <summary>One unfinished check, to continue it; not found when it is finished or not visible.</summary>
    public async Task<Result<PreconditionAssessment>> GetDraftAsync(Guid approachId, Guid assessmentId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAssessment>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var draft = await VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking(), seen)
            .FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == assessmentId && a.IsDraft, ct);
        return draft is null ? Result<PreconditionAssessment>.NotFound() : Result<PreconditionAssessment>.Ok(draft);
    }

    /// <summary>
    /// Saves the answers of one part of a draft (replacing that part's earlier answers; unanswered items stay open)
    /// and, on the last screen, the notes. Nothing else of the draft changes.
    /// </summary>
    public async Task<Result<PreconditionAssessment>> SavePartAsync(Guid approachId, Guid assessmentId, int partNumber, IReadOnlyList<AssessmentItemInput> items, string? notes, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAssessment>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var draft = await VisibilityRules.Filter(db.Set<PreconditionAssessment>(), seen)
            .FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == assessmentId && a.IsDraft, ct);
        if (draft is null)
            return Result<PreconditionAssessment>.NotFound();
        var parts = Parts();
        var errors = new ValidationErrors();
        var answers = new List<AssessmentItem>();
        if (partNumber >= 1 && partNumber <= parts.Count)
        {
            var part = parts[partNumber - 1];
            answers = ReadItems(items, errors, item =>
                part.Items.Any(x => x.PreconditionId == item.PreconditionId && x.AskIndex == item.AskIndex) ? null : "Dit onderdeel hoort niet bij dit scherm.");
            if (errors.Any)
                return Result<PreconditionAssessment>.Invalid(errors);
            var ids = part.Items.Select(x => x.PreconditionId).ToHashSet(StringComparer.Ordinal);
            draft.Items = [.. draft.Items.Where(x => !ids.Contains(x.PreconditionId)), .. answers];
        }
        else if (partNumber != parts.Count + 1)
        {
            return Result<PreconditionAssessment>.NotFound();
        }

        if (notes is not null)
        {
            var trimmed = notes.Trim();
            if (trimmed.Length > 4000)
                return Result<PreconditionAssessment>.Invalid(nameof(AssessmentInput.Notes), "Maximaal 4000 tekens.");
            draft.Notes = trimmed;
        }

        await db.SaveChangesAsync(ct);
        return Result<PreconditionAssessment>.Ok(draft);
    }

    /// <summary>Finishes a draft: every item of every part must have an answer ("weet niet" counts as an answer).</summary>
    public async Task<Result<PreconditionAssessment>> FinishAsync(Guid approachId, Guid assessmentId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAssessment>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var draft = await VisibilityRules.Filter(db.Set<PreconditionAssessment>(), seen)
            .FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == assessmentId && a.IsDraft, ct);
        if (draft is null)
            return Result<PreconditionAssessment>.NotFound();
        var errors = new ValidationErrors();
        foreach (var part in Parts())
        {
            var open = part.Items.Count - Answered(draft, part);
            if (open > 0)
                errors.Add($"Part{part.Number}", $"{part.Title}: nog {open} van de {part.Items.Count} vragen zonder antwoord.");
        }

        if (errors.Any)
            return Result<PreconditionAssessment>.Invalid(errors);
        draft.IsDraft = false;
        await db.SaveChangesAsync(ct);
        return Result<PreconditionAssessment>.Ok(draft);
    }

    /// <summary>The members of the approach, who are the only possible owners of an action; listing them is an audited read.</summary>
    public async Task<Result<List<OwnerChoice>>> OwnerChoicesAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<List<OwnerChoice>>.Denied(access);
        var members = await db.ApproachMembers.AsNoTracking().Where(m => m.ApproachId == approachId && m.User!.IsActive)
            .OrderBy(m => m.User!.DisplayName).Select(m => new OwnerChoice(m.UserId, m.User!.DisplayName, m.Role)).ToListAsync(ct);
        await audit.RecordViewAsync(actor, nameof(Approaches.ApproachMember), null, approachId, $"Leden als eigenaar van een actie bekeken ({members.Count} leden)", ct);
        return Result<List<OwnerChoice>>.Ok(members);
    }

    /// <summary>Removes an action (those who may edit the approach); the version must match.</summary>
    public async Task<Result<PreconditionAction>> DeleteActionAsync(Guid approachId, Guid actionId, Guid? version, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAction>.Denied(access);
        var action = await db.Set<PreconditionAction>().FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == actionId, ct);
        if (action is null)
            return Result<PreconditionAction>.NotFound();
        if (version is null || version != action.Version)
            return Result<PreconditionAction>.Conflict(Messages.ConcurrencyConflict);
        db.Remove(action);
        await db.SaveChangesAsync(ct);
        return Result<PreconditionAction>.Ok(action);
    }

    private (string Participants, string Notes) ValidateHeader(AssessmentInput input, ValidationErrors errors)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        if (input.AssessedOn is not { } date)
            errors.Add(nameof(AssessmentInput.AssessedOn), "Vul de datum van de check in.");
        else if (date > today)
            errors.Add(nameof(AssessmentInput.AssessedOn), "De datum van de check kan niet in de toekomst liggen.");
        else
            PlausibleDates.Validate(errors, nameof(AssessmentInput.AssessedOn), date, DateMeaning.Happened, today);
        var participants = input.Participants?.Trim() ?? "";
        if (participants.Length > 1000)
            errors.Add(nameof(AssessmentInput.Participants), "Maximaal 1000 tekens.");
        var notes = input.Notes?.Trim() ?? "";
        if (notes.Length > 4000)
            errors.Add(nameof(AssessmentInput.Notes), "Maximaal 4000 tekens.");
        return (participants, notes);
    }

    /// <summary>
    /// The visibility of a new check (ADR 0005): the default unless chosen; choosing another level needs the right to
    /// manage members (those who decide who takes part decide who sees what).
    /// </summary>
    private async Task<(VisibilityLevel Level, PartnerType Mask)> ValidateVisibilityAsync(Guid approachId, AssessmentInput input, Actor actor, ValidationErrors errors, CancellationToken ct)
    {
        var choice = input.Visibility ?? VisibilityChoice.Default(VisibilityRules.AssessmentDefault);
        var record = new PreconditionAssessment { Visibility = VisibilityRules.AssessmentDefault };
        if (!choice.Validate(errors, nameof(AssessmentInput.Visibility)))
            return (record.Visibility, record.VisibleToPartnerTypes);
        if (choice.ChangesAnything(record) && !await approaches.CanAsync(approachId, actor, ApproachPermission.ManageMembers, ct))
            errors.Add($"{nameof(AssessmentInput.Visibility)}.{nameof(VisibilityChoice.Level)}", VisibilityChoice.NotAllowed);
        choice.ApplyTo(record);
        return (record.Visibility, record.VisibleToPartnerTypes);
    }

    public async Task<Result<List<PreconditionAction>>> ListActionsAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<List<PreconditionAction>>.Denied(access);
        return Result<List<PreconditionAction>>.Ok(await db.Set<PreconditionAction>().AsNoTracking().Where(a => a.ApproachId == approachId)
            .OrderBy(a => a.Status).ThenBy(a => a.DueDate).ToListAsync(ct));
    }

    public async Task<Result<PreconditionAction>> CreateActionAsync(Guid approachId, ActionInput input, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAction>.Denied(access);
        var action = new PreconditionAction { ApproachId = approachId };
        var errors = await ApplyActionAsync(action, input, actor, ct);
        if (errors.Any)
            return Result<PreconditionAction>.Invalid(errors);
        db.Add(action);
        await db.SaveChangesAsync(ct);
        return Result<PreconditionAction>.Ok(action);
    }

    public async Task<Result<PreconditionAction>> UpdateActionAsync(Guid approachId, Guid actionId, ActionInput input, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<PreconditionAction>.Denied(access);
        var action = await db.Set<PreconditionAction>().FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == actionId, ct);
        if (action is null)
            return Result<PreconditionAction>.NotFound();
        ArgumentNullException.ThrowIfNull(input);
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return await UpdateOwnStatusAsync(action, input, actor, ct);
        if (VersionedSave.MissingVersionResult<PreconditionAction>(input.Version) is { } missingVersion)
            return missingVersion;
        var errors = await ApplyActionAsync(action, input, actor, ct);
        if (errors.Any)
            return Result<PreconditionAction>.Invalid(errors);
        return await db.SaveVersionedAsync(action, input.Version!.Value, action, ct);
    }

    /// <summary>
    /// A member who may not edit the approach (a partner, a network member) but owns the action may change its status,
    /// and only that: a change of any other field is refused.
    /// </summary>
    private async Task<Result<PreconditionAction>> UpdateOwnStatusAsync(PreconditionAction action, ActionInput input, Actor actor, CancellationToken ct)
    {
        if (action.OwnerUserId != actor.UserId)
            return Result<PreconditionAction>.Denied(ResultStatus.Forbidden);
        var otherChange = (input.PreconditionId is not null && input.PreconditionId != action.PreconditionId)
            || (input.Description is not null && input.Description.Trim() != action.Description)
            || (input.OwnerUserId is not null && input.OwnerUserId != action.OwnerUserId)
            || (input.DueDate is not null && input.DueDate != action.DueDate)
            || (input.AssessmentId is not null && input.AssessmentId != action.AssessmentId);
        if (otherChange)
            return Result<PreconditionAction>.Forbidden("Als eigenaar kunt u alleen de status van de actie wijzigen.");
        if (VersionedSave.MissingVersionResult<PreconditionAction>(input.Version) is { } missingVersion)
            return missingVersion;
        if (input.Status is not { } status || !Enum.IsDefined(status))
            return Result<PreconditionAction>.Invalid(nameof(ActionInput.Status), "Kies een geldige status.");
        action.Status = status;
        return await db.SaveVersionedAsync(action, input.Version!.Value, action, ct);
    }

    private async Task<ValidationErrors> ApplyActionAsync(PreconditionAction action, ActionInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (guide.Preconditions.All(p => p.Id != input.PreconditionId) && Step4Questions.All.All(q => q.Key != input.PreconditionId))
            errors.Add(nameof(ActionInput.PreconditionId), "Kies de randvoorwaarde waar de actie bij hoort.");
        var description = input.Description?.Trim();
        if (string.IsNullOrEmpty(description))
            errors.Add(nameof(ActionInput.Description), "Beschrijf wat er moet gebeuren.");
        else if (description.Length > 2000)
            errors.Add(nameof(ActionInput.Description), "Maximaal 2000 tekens.");
        if (input.Status is { } status && !Enum.IsDefined(status))
            errors.Add(nameof(ActionInput.Status), "Kies een geldige status.");
        if (input.OwnerUserId is { } owner)
        {
            // Owners are members of the approach only; a network member's name appears in reports, so that is confirmed.
            var ownerRole = await db.ApproachMembers.Where(m => m.ApproachId == action.ApproachId && m.UserId == owner && m.User!.IsActive)
                .Select(m => (ApproachRole?)m.Role).FirstOrDefaultAsync(ct);
            if (ownerRole is null)
                errors.Add(nameof(ActionInput.OwnerUserId), "Kies een eigenaar die lid is van deze aanpak.");
            else if (ownerRole == ApproachRole.Netwerklid && owner != action.OwnerUserId && !input.ConfirmNetworkOwner)
                errors.Add(nameof(ActionInput.ConfirmNetworkOwner), "Deze eigenaar is netwerklid: de naam komt in rapportages. Vink aan dat dit de bedoeling is, of kies een andere eigenaar.");
        }

        DateOnly? assessedOn = null;
        if (input.AssessmentId is { } assessmentId)
        {
            assessedOn = await db.Set<PreconditionAssessment>().Where(a => a.Id == assessmentId && a.ApproachId == action.ApproachId)
                .Select(a => (DateOnly?)a.AssessedOn).FirstOrDefaultAsync(ct);
            if (assessedOn is null)
                errors.Add(nameof(ActionInput.AssessmentId), "Kies een randvoorwaardencheck van deze aanpak.");
        }

        PlausibleDates.Validate(errors, nameof(ActionInput.DueDate), input.DueDate, DateMeaning.Planned, PlausibleDates.Today(time));
        if (input.DueDate is { } due && assessedOn is { } checkedOn && due < checkedOn)
            errors.Add(nameof(ActionInput.DueDate), $"De deadline ligt vóór de datum van de check ({checkedOn:d-M-yyyy}).");
        if (errors.Any)
            return errors;
        action.PreconditionId = input.PreconditionId!;
        action.Description = description!;
        action.OwnerUserId = input.OwnerUserId;
        action.DueDate = input.DueDate;
        action.Status = input.Status ?? action.Status;
        action.AssessmentId = input.AssessmentId;
        return errors;
    }
}
