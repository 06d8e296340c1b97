using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Core.Preconditions;

/// <summary>Input for a new precondition check.</summary>
public sealed class AssessmentInput
{
    public DateOnly? AssessedOn { get; set; }

    public string? Participants { get; set; }

    public string? Notes { get; set; }

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

    public Guid? Version { get; set; }
}

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
        var list = await Visibility.VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking(), seen).Where(a => a.ApproachId == approachId)
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
        var assessment = await Visibility.VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking(), seen).FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == assessmentId, ct);
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

        var errors = new ValidationErrors();
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

        var items = new List<AssessmentItem>();
        var seen = new HashSet<(string, int)>();
        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            var field = $"Items[{i}]";
            if (item.Score is null)
                continue;
            if (!Enum.IsDefined(item.Score.Value))
            {
                errors.Add(field + ".Score", "Kies op orde, deels, niet op orde of weet niet.");
                continue;
            }

            var known = guide.Preconditions.FirstOrDefault(p => p.Id == item.PreconditionId) is { } p
                ? item.AskIndex >= 0 && item.AskIndex < p.Asks.Count
                : Step4Questions.All.Any(q => q.Key == item.PreconditionId) && item.AskIndex == 0;
            if (!known)
            {
                errors.Add(field + ".PreconditionId", $"Onbekend onderdeel '{item.PreconditionId}' (vraag {item.AskIndex + 1}).");
                continue;
            }

            if (!seen.Add((item.PreconditionId!, item.AskIndex)))
            {
                errors.Add(field + ".PreconditionId", "Dit onderdeel is twee keer beoordeeld.");
                continue;
            }

            var explanation = item.Explanation?.Trim() ?? "";
            if (explanation.Length > 2000)
                errors.Add(field + ".Explanation", "Maximaal 2000 tekens.");
            items.Add(new AssessmentItem { PreconditionId = item.PreconditionId!, AskIndex = item.AskIndex, Score = item.Score.Value, Explanation = explanation });
        }

        if (items.Count == 0)
            errors.Add(nameof(AssessmentInput.Items), "Beoordeel ten minste één onderdeel.");
        if (errors.Any)
            return Result<PreconditionAssessment>.Invalid(errors);

        var assessment = new PreconditionAssessment
        {
            ApproachId = approachId,
            AssessedOn = input.AssessedOn!.Value,
            Participants = participants,
            Notes = notes,
            RecordedByUserId = actor.UserId,
            Items = items,
        };
        db.Add(assessment);
        await db.SaveChangesAsync(ct);
        return Result<PreconditionAssessment>.Ok(assessment);
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
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<PreconditionAction>.Denied(ResultStatus.Forbidden);
        if (VersionedSave.MissingVersionResult<PreconditionAction>(input.Version) is { } missingVersion)
            return missingVersion;
        var errors = await ApplyActionAsync(action, input, actor, ct);
        if (errors.Any)
            return Result<PreconditionAction>.Invalid(errors);
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
        if (input.OwnerUserId is { } owner && !await db.Users.AnyAsync(u => u.Id == owner && u.OrganisationId == actor.OrganisationId && u.IsActive, ct))
            errors.Add(nameof(ActionInput.OwnerUserId), "Kies een eigenaar uit uw organisatie.");
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
