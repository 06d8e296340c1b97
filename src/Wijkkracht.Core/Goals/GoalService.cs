using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Goals;

/// <summary>Input for a goal.</summary>
public sealed class GoalInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public PpctLevel? Level { get; set; }

    public GoalTerm? Term { get; set; }

    public GoalStatus? Status { get; set; }

    public Guid? OwnerUserId { get; set; }

    public DateOnly? TargetDate { get; set; }

    public int? ParticipationRung { get; set; }

    public string? RungRationale { get; set; }

    public Guid? Version { get; set; }

    public static GoalInput From(Goal g) => new()
    {
        Title = g.Title,
        Description = g.Description,
        Level = g.Level,
        Term = g.Term,
        Status = g.Status,
        OwnerUserId = g.OwnerUserId,
        TargetDate = g.TargetDate,
        ParticipationRung = g.ParticipationRung,
        RungRationale = g.RungRationale,
        Version = g.Version,
    };
}

/// <summary>
/// Goals of an approach per PPCT level with the chosen participation rung. Every member sees the goals (they are what
/// the approach shares with its network); members with Edit change them.
/// </summary>
public sealed class GoalService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    public async Task<Result<List<Goal>>> ListAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<List<Goal>>.Denied(access);
        return Result<List<Goal>>.Ok(await db.Set<Goal>().AsNoTracking().Where(g => g.ApproachId == approachId)
            .OrderBy(g => g.Level).ThenBy(g => g.Title).ToListAsync(ct));
    }

    public async Task<Result<Goal>> GetAsync(Guid approachId, Guid goalId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<Goal>.Denied(access);
        var goal = await db.Set<Goal>().AsNoTracking().FirstOrDefaultAsync(g => g.ApproachId == approachId && g.Id == goalId, ct);
        return goal is null ? Result<Goal>.NotFound() : Result<Goal>.Ok(goal);
    }

    public async Task<Result<Goal>> CreateAsync(Guid approachId, GoalInput input, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<Goal>.Denied(access);
        var goal = new Goal { ApproachId = approachId };
        var errors = await ApplyAsync(goal, input, actor, ct);
        if (errors.Any)
            return Result<Goal>.Invalid(errors);
        db.Add(goal);
        await db.SaveChangesAsync(ct);
        return Result<Goal>.Ok(goal);
    }

    public async Task<Result<Goal>> UpdateAsync(Guid approachId, Guid goalId, GoalInput input, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<Goal>.Denied(access);
        var goal = await db.Set<Goal>().FirstOrDefaultAsync(g => g.ApproachId == approachId && g.Id == goalId, ct);
        if (goal is null)
            return Result<Goal>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<Goal>.Denied(ResultStatus.Forbidden);
        if (VersionedSave.MissingVersionResult<Goal>(input.Version) is { } missingVersion)
            return missingVersion;
        var errors = await ApplyAsync(goal, input, actor, ct);
        if (errors.Any)
            return Result<Goal>.Invalid(errors);
        return await db.SaveVersionedAsync(goal, input.Version!.Value, goal, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid goalId, Actor actor, CancellationToken ct = default)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<bool>.Denied(access);
        var goal = await db.Set<Goal>().FirstOrDefaultAsync(g => g.ApproachId == approachId && g.Id == goalId, ct);
        if (goal is null)
            return Result<bool>.NotFound();
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return Result<bool>.Denied(ResultStatus.Forbidden);
        db.Remove(goal);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<ValidationErrors> ApplyAsync(Goal goal, GoalInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
            errors.Add(nameof(GoalInput.Title), "Beschrijf het doel kort en positief, bijvoorbeeld: 'Jongeren hebben een eigen plek in de buurt'.");
        else if (title.Length > 200)
            errors.Add(nameof(GoalInput.Title), "Maximaal 200 tekens.");
        var description = input.Description?.Trim() ?? "";
        if (description.Length > 4000)
            errors.Add(nameof(GoalInput.Description), "Maximaal 4000 tekens.");
        if (input.Level is not { } level || !Enum.IsDefined(level))
            errors.Add(nameof(GoalInput.Level), "Kies het niveau (micro, meso, exo of macro).");
        if (input.Term is not { } term || !Enum.IsDefined(term))
            errors.Add(nameof(GoalInput.Term), "Kies korte of lange termijn.");
        if (input.Status is { } status && !Enum.IsDefined(status))
            errors.Add(nameof(GoalInput.Status), "Kies een geldige status.");
        if (input.ParticipationRung is { } rung && rung is < 1 or > 6)
            errors.Add(nameof(GoalInput.ParticipationRung), "Kies een trede van 1 tot en met 6 van de participatieladder.");
        var rationale = input.RungRationale?.Trim() ?? "";
        if (rationale.Length > 4000)
            errors.Add(nameof(GoalInput.RungRationale), "Maximaal 4000 tekens.");
        if (input.OwnerUserId is { } owner && !await db.Users.AnyAsync(u => u.Id == owner && u.OrganisationId == actor.OrganisationId && u.IsActive, ct))
            errors.Add(nameof(GoalInput.OwnerUserId), "Kies een eigenaar uit uw organisatie.");
        if (input.TargetDate is { } target)
        {
            var start = await db.Approaches.Where(a => a.Id == goal.ApproachId).Select(a => a.StartDate).FirstAsync(ct);
            if (target < start)
                errors.Add(nameof(GoalInput.TargetDate), $"De streefdatum ligt vóór de start van de aanpak ({start:d-M-yyyy}).");
            else
                PlausibleDates.Validate(errors, nameof(GoalInput.TargetDate), target, DateMeaning.Planned, PlausibleDates.Today(time));
        }

        if (errors.Any)
            return errors;
        goal.Title = title!;
        goal.Description = description;
        goal.Level = input.Level!.Value;
        goal.Term = input.Term!.Value;
        goal.Status = input.Status ?? goal.Status;
        goal.OwnerUserId = input.OwnerUserId;
        goal.TargetDate = input.TargetDate;
        goal.ParticipationRung = input.ParticipationRung;
        goal.RungRationale = rationale;
        return errors;
    }
}
