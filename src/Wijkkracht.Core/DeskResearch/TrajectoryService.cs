using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.DeskResearch;

/// <summary>Input for an earlier trajectory.</summary>
public sealed class TrajectoryInput
{
    public string? Title { get; set; }

    public string? Period { get; set; }

    public string? RunBy { get; set; }

    public string? Outcomes { get; set; }

    public string? KeyContacts { get; set; }

    public string? ResidentAdvice { get; set; }

    public string? FeedbackToResidents { get; set; }

    public string? Sources { get; set; }

    /// <summary>Who may read it; null keeps the current level (or the default for a new record).</summary>
    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static TrajectoryInput From(EarlierTrajectory t) => new()
    {
        Title = t.Title,
        Period = t.Period,
        RunBy = t.RunBy,
        Outcomes = t.Outcomes,
        KeyContacts = t.KeyContacts,
        ResidentAdvice = t.ResidentAdvice,
        FeedbackToResidents = t.FeedbackToResidents,
        Sources = t.Sources,
        Visibility = VisibilityChoice.From(t),
        Version = t.Version,
    };
}

/// <summary>
/// Earlier trajectories of an approach (ESS step 3, "Duik in de geschiedenis van het gebied"). Members read what their
/// visibility allows (ADR 0005); members with Edit add, change and delete; changing who may read needs ManageMembers.
/// Contact persons may be named, so every read is audited.
/// </summary>
public sealed class TrajectoryService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit)
{
    public async Task<Result<Page<EarlierTrajectory>>> ListAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<EarlierTrajectory>>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var query = VisibilityRules.Filter(db.Set<EarlierTrajectory>().AsNoTracking(), seen).Where(t => t.ApproachId == approachId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(t => t.Title).ThenBy(t => t.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        if (items.Count > 0)
            await audit.RecordViewAsync(actor, nameof(EarlierTrajectory), null, approachId, $"Eerdere trajecten bekeken ({items.Count})", ct);
        return Result<Page<EarlierTrajectory>>.Ok(new Page<EarlierTrajectory>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<EarlierTrajectory>> GetAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<EarlierTrajectory>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var trajectory = await VisibilityRules.Filter(db.Set<EarlierTrajectory>().AsNoTracking(), seen).FirstOrDefaultAsync(t => t.ApproachId == approachId && t.Id == id, ct);
        if (trajectory is null)
            return Result<EarlierTrajectory>.NotFound();
        await audit.RecordViewAsync(actor, nameof(EarlierTrajectory), id.ToString(), approachId, $"Eerder traject '{trajectory.Title}' bekeken", ct);
        return Result<EarlierTrajectory>.Ok(trajectory);
    }

    public async Task<Result<EarlierTrajectory>> CreateAsync(Guid approachId, TrajectoryInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<EarlierTrajectory>.Denied(access);
        var trajectory = new EarlierTrajectory { ApproachId = approachId };
        var errors = await ApplyAsync(trajectory, input, actor, ct);
        if (errors.Any)
            return Result<EarlierTrajectory>.Invalid(errors);
        db.Add(trajectory);
        await db.SaveChangesAsync(ct);
        return Result<EarlierTrajectory>.Ok(trajectory);
    }

    public async Task<Result<EarlierTrajectory>> UpdateAsync(Guid approachId, Guid id, TrajectoryInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (trajectory, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is not null)
            return Result<EarlierTrajectory>.Denied(denied.Value);
        if (VersionedSave.MissingVersionResult<EarlierTrajectory>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(trajectory!, input, actor, ct);
        if (errors.Any)
            return Result<EarlierTrajectory>.Invalid(errors);
        return await db.SaveVersionedAsync(trajectory!, input.Version!.Value, trajectory!, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (trajectory, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is not null)
            return Result<bool>.Denied(denied.Value);
        db.Remove(trajectory!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>The record for a change: NotFound when the approach or the record is not visible, Forbidden without Edit.</summary>
    private async Task<(EarlierTrajectory? Trajectory, ResultStatus? Denied)> FindForChangeAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return (null, access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var trajectory = await VisibilityRules.Filter(db.Set<EarlierTrajectory>(), seen).FirstOrDefaultAsync(t => t.ApproachId == approachId && t.Id == id, ct);
        if (trajectory is null)
            return (null, ResultStatus.NotFound);
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return (null, ResultStatus.Forbidden);
        return (trajectory, null);
    }

    private async Task<ValidationErrors> ApplyAsync(EarlierTrajectory trajectory, TrajectoryInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var title = DeskText.Required(errors, nameof(TrajectoryInput.Title), input.Title, 200, "Geef het traject een naam, bijvoorbeeld 'Buurtvisie Europaplein 2019'.");
        var period = DeskText.Optional(errors, nameof(TrajectoryInput.Period), input.Period, 100);
        var runBy = DeskText.Optional(errors, nameof(TrajectoryInput.RunBy), input.RunBy, 200);
        var outcomes = DeskText.Optional(errors, nameof(TrajectoryInput.Outcomes), input.Outcomes, 4000);
        var contacts = DeskText.Optional(errors, nameof(TrajectoryInput.KeyContacts), input.KeyContacts, 4000);
        var advice = DeskText.Optional(errors, nameof(TrajectoryInput.ResidentAdvice), input.ResidentAdvice, 4000);
        var feedback = DeskText.Optional(errors, nameof(TrajectoryInput.FeedbackToResidents), input.FeedbackToResidents, 4000);
        var sources = DeskText.Optional(errors, nameof(TrajectoryInput.Sources), input.Sources, 2000);
        var changesVisibility = await DeskText.CheckVisibilityAsync(errors, input.Visibility, trajectory, nameof(TrajectoryInput.Visibility), approaches, trajectory.ApproachId, actor, ct);
        if (errors.Any)
            return errors;
        trajectory.Title = title;
        trajectory.Period = period;
        trajectory.RunBy = runBy;
        trajectory.Outcomes = outcomes;
        trajectory.KeyContacts = contacts;
        trajectory.ResidentAdvice = advice;
        trajectory.FeedbackToResidents = feedback;
        trajectory.Sources = sources;
        if (changesVisibility)
            input.Visibility!.ApplyTo(trajectory);
        return errors;
    }
}

/// <summary>Shared input rules of the desk-research forms.</summary>
internal static class DeskText
{
    public static string Required(ValidationErrors errors, string field, string? value, int max, string missing) =>
        Actions.ActionText.Required(errors, field, value, max, missing);

    public static string Optional(ValidationErrors errors, string field, string? value, int max) =>
        Actions.ActionText.Optional(errors, field, value, max);

    /// <summary>Validates a visibility choice; true when it is valid and changes the record (then the caller applies it).</summary>
    public static async Task<bool> CheckVisibilityAsync(ValidationErrors errors, VisibilityChoice? choice, IHasVisibility record, string field, ApproachService approaches, Guid approachId, Actor actor, CancellationToken ct)
    {
        if (choice is null || !choice.Validate(errors, field) || !choice.ChangesAnything(record))
            return false;
        return VisibilityChoice.CheckChange(errors, choice, record, field, await approaches.CanAsync(approachId, actor, ApproachPermission.ManageMembers, ct));
    }
}
