using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Decisions;

/// <summary>Input for recording a decision.</summary>
public sealed class DecisionInput
{
    public DecisionOutcome? Outcome { get; set; }

    public string? Rationale { get; set; }

    public string? DecidedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public Guid? AssessmentId { get; set; }
}

/// <summary>The decision moment (beslismoment) of an approach. Decisions are recorded, not edited: a new decision supersedes.</summary>
public sealed class DecisionService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time, ApproachAccessContext accessContext)
{
    public async Task<Result<List<Decision>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ViewPlan, ct);
        if (access != ResultStatus.Ok)
            return Result<List<Decision>>.Denied(access);
        return Result<List<Decision>>.Ok(await db.Set<Decision>().AsNoTracking().Where(d => d.ApproachId == approachId)
            .OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.CreatedAt).ToListAsync(ct));
    }

    /// <summary>
    /// True when the latest decision of the approach is "door" (go). Only the newest decision counts (by decision date,
    /// then by when it was recorded): a later "nog niet" withdraws an earlier "door".
    /// </summary>
    public async Task<bool> HasGoAsync(Guid approachId, CancellationToken ct = default) =>
        (await Latest(approachId).Select(d => (DecisionOutcome?)d.Outcome).FirstOrDefaultAsync(ct)) == DecisionOutcome.Door;

    /// <summary>The newest decision of the approach, or null. No access check: callers have checked ViewPlan.</summary>
    public Task<Decision?> LatestAsync(Guid approachId, CancellationToken ct = default) =>
        Latest(approachId).AsNoTracking().FirstOrDefaultAsync(ct);

    /// <summary>The decisions of the approach, newest first: by decision date, then by when it was recorded.</summary>
    public IQueryable<Decision> Latest(Guid approachId) =>
        db.Set<Decision>().Where(d => d.ApproachId == approachId).OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id);

    public async Task<Result<Decision>> RecordAsync(Guid approachId, DecisionInput input, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Decide, ct);
        if (access != ResultStatus.Ok)
            return Result<Decision>.Denied(access);

        var errors = new ValidationErrors();
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
            errors.Add(nameof(DecisionInput.Outcome), "Kies het besluit.");
        var rationale = input.Rationale?.Trim();
        if (string.IsNullOrEmpty(rationale))
            errors.Add(nameof(DecisionInput.Rationale), "Leg uit waarom dit besluit is genomen.");
        else if (rationale.Length > 4000)
            errors.Add(nameof(DecisionInput.Rationale), "De onderbouwing mag maximaal 4000 tekens lang zijn.");
        var decidedBy = input.DecidedBy?.Trim();
        if (string.IsNullOrEmpty(decidedBy))
            errors.Add(nameof(DecisionInput.DecidedBy), "Vul in wie het besluit nam, bijvoorbeeld de stuurgroep of de wethouder.");
        else if (decidedBy.Length > 300)
            errors.Add(nameof(DecisionInput.DecidedBy), "Maximaal 300 tekens.");
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        if (input.DecidedOn is not { } date)
            errors.Add(nameof(DecisionInput.DecidedOn), "Vul de datum van het besluit in.");
        else if (date > today)
            errors.Add(nameof(DecisionInput.DecidedOn), "De datum van het besluit kan niet in de toekomst liggen.");
        else
            PlausibleDates.Validate(errors, nameof(DecisionInput.DecidedOn), date, DateMeaning.Happened, today);
        if (input.AssessmentId is { } assessmentId && !await db.Set<Preconditions.PreconditionAssessment>().Where(a => !a.IsDraft).AnyAsync(a => a.Id == assessmentId && a.ApproachId == approachId, ct))
            errors.Add(nameof(DecisionInput.AssessmentId), "Kies een randvoorwaardencheck van deze aanpak.");
        if (errors.Any)
            return Result<Decision>.Invalid(errors);

        var decision = new Decision
        {
            ApproachId = approachId,
            Outcome = input.Outcome!.Value,
            Rationale = rationale!,
            DecidedBy = decidedBy!,
            DecidedOn = input.DecidedOn!.Value,
            AssessmentId = input.AssessmentId,
            RecordedByUserId = actor.UserId,
        };
        db.Add(decision);

        // The approach status follows the newest decision (a back-dated decision older than the newest changes nothing).
        var newest = await Latest(approachId).Select(d => (DateOnly?)d.DecidedOn).FirstOrDefaultAsync(ct);
        if (newest is null || decision.DecidedOn >= newest)
        {
            var approach = await db.Approaches.FirstAsync(a => a.Id == approachId, ct);
            var status = DecisionEffects.StatusAfter(approach.Status, decision.Outcome);
            if (status != approach.Status)
            {
                approach.Status = status;
                accessContext.Invalidate(approachId);
            }
        }

        await db.SaveChangesAsync(ct);
        return Result<Decision>.Ok(decision);
    }
}
