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

    /// <summary>How the goal is going (the owner may change this and the status without edit rights).</summary>
    public string? ProgressNote { get; set; }

    /// <summary>
    /// Confirms that a network member (active resident) becomes the owner although their name will appear in reports.
    /// Asked for (as a field error) only when a network member is newly chosen as owner.
    /// </summary>
    public bool ConfirmNetworkOwner { get; set; }

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
        ProgressNote = g.ProgressNote,
        Version = g.Version,
    };
}

/// <summary>What the owner of a goal may change without edit rights: status and a progress note (issue 9 §2).</summary>
public sealed class GoalProgressInput
{
    public GoalStatus? Status { get; set; }

    public string? ProgressNote { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>
/// Goals of an approach per PPCT level with the chosen participation rung. Every member sees the goals (they are what
/// the approach shares with its network); members with Edit change them. The owner of a goal (always a member of the
/// approach) may update its status and progress note even without Edit (<see cref="UpdateProgressAsync"/>). Choosing a
/// network member as owner needs a confirmation: their name appears in reports.
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
        ArgumentNullException.ThrowIfNull(input);
        var (goal, refusal) = await FindToChangeAsync(approachId, goalId, input.Version, actor, (_, canEdit) => canEdit, null, ct);
        if (goal is null)
            return refusal!;
        var errors = await ApplyAsync(goal, input, actor, ct);
        if (errors.Any)
            return Result<Goal>.Invalid(errors);
        return await db.SaveVersionedAsync(goal, input.Version!.Value, goal, ct);
    }

    /// <summary>
    /// Status and progress note of a goal: for members with Edit and for the goal's owner (e.g. a partner who owns it).
    /// Title, level, owner and the rest stay as they are.
    /// </summary>
    public async Task<Result<Goal>> UpdateProgressAsync(Guid approachId, Guid goalId, GoalProgressInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var (goal, refusal) = await FindToChangeAsync(approachId, goalId, input.Version, actor, (g, canEdit) => CanUpdateProgress(g, actor, canEdit),
            "Alleen de eigenaar van dit doel of iemand die het plan mag wijzigen, kan de voortgang bijwerken.", ct);
        if (goal is null)
            return refusal!;
        var errors = new ValidationErrors();
        if (input.Status is not { } status || !Enum.IsDefined(status))
            errors.Add(nameof(GoalProgressInput.Status), "Kies de status van het doel.");
        var note = input.ProgressNote?.Trim() ?? "";
        if (note.Length > 2000)
            errors.Add(nameof(GoalProgressInput.ProgressNote), "Maximaal 2000 tekens.");
        if (errors.Any)
            return Result<Goal>.Invalid(errors);
        goal.Status = input.Status!.Value;
        goal.ProgressNote = note;
        return await db.SaveVersionedAsync(goal, input.Version!.Value, goal, ct);
    }

    /// <summary>
    /// The goal a change is about, or the refusal: not found when the approach or the goal is not visible to the actor,
    /// forbidden when <paramref name="allowed"/> (given the goal and whether the actor has Edit) says no, invalid when the
    /// change does not carry the version it was based on.
    /// </summary>
    private async Task<(Goal? Goal, Result<Goal>? Refusal)> FindToChangeAsync(Guid approachId, Guid goalId, Guid? version, Actor actor, Func<Goal, bool, bool> allowed, string? refusal, CancellationToken ct)
    {
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return (null, Result<Goal>.Denied(access));
        var goal = await db.Set<Goal>().FirstOrDefaultAsync(g => g.ApproachId == approachId && g.Id == goalId, ct);
        if (goal is null)
            return (null, Result<Goal>.NotFound());
        if (!allowed(goal, await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct)))
            return (null, refusal is null ? Result<Goal>.Denied(ResultStatus.Forbidden) : Result<Goal>.Forbidden(refusal));
        return VersionedSave.MissingVersionResult<Goal>(version) is { } missingVersion ? (null, missingVersion) : (goal, null);
    }

    /// <summary>Whether <paramref name="actor"/> may update the goal's progress: with edit rights, or as its owner.</summary>
    public static bool CanUpdateProgress(Goal goal, Actor actor, bool canEdit)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(actor);
        return canEdit || (goal.OwnerUserId is { } owner && owner == actor.UserId);
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
        var progress = input.ProgressNote?.Trim() ?? "";
        if (progress.Length > 2000)
            errors.Add(nameof(GoalInput.ProgressNote), "Maximaal 2000 tekens.");
        if (input.OwnerUserId is { } owner)
        {
            // Owners are members of the approach (issue 9 §2); an active user of the organisation is not enough.
            var ownerRole = await db.ApproachMembers.Where(m => m.ApproachId == goal.ApproachId && m.UserId == owner && m.User!.IsActive && m.User.OrganisationId == actor.OrganisationId)
                .Select(m => (ApproachRole?)m.Role).FirstOrDefaultAsync(ct);
            if (ownerRole is null)
                errors.Add(nameof(GoalInput.OwnerUserId), OwnerNotMember);
            else if (ownerRole == ApproachRole.Netwerklid && owner != goal.OwnerUserId && !input.ConfirmNetworkOwner)
                errors.Add(nameof(GoalInput.ConfirmNetworkOwner), NetworkOwnerWarning);
        }
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
        goal.ProgressNote = progress;
        return errors;
    }

    /// <summary>The Dutch message when the chosen owner is not a member of the approach.</summary>
    public const string OwnerNotMember = "Kies een eigenaar die lid is van deze aanpak. Is de persoon nog geen lid? Voeg hem of haar eerst toe bij Leden.";

    /// <summary>The Dutch warning when a network member (active resident) is chosen as owner.</summary>
    public const string NetworkOwnerWarning = "Let op: deze eigenaar is een netwerklid (bewoner). Zijn of haar naam komt dan in rapportages te staan, bijvoorbeeld in de voortgangsrapportage voor de stuurgroep. Vink aan dat u dit weet en dat de bewoner dit goed vindt, of kies een andere eigenaar.";
}
