using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Overview;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Tasks;

/// <summary>What kind of thing a task is.</summary>
public enum MyTaskKind
{
    Goal = 1,
    Action = 2,

    /// <summary>A zichtbare actie, experiment or activiteit the user owns (issue 13).</summary>
    NeighbourhoodAction = 3,

    /// <summary>An agreement from a meeting that the user took on (issue 13).</summary>
    Agreement = 4,
}

/// <summary>One goal or precondition action the user owns, in one of their approaches.</summary>
public sealed record MyTask(MyTaskKind Kind, Guid RecordId, string Title, Guid ApproachId, string ApproachTitle, DateOnly? Due, bool Overdue, string StatusLabel);

/// <summary>An approach where others changed something since the user last looked, with the newest change.</summary>
public sealed record ChangedApproach(Guid ApproachId, string ApproachTitle, int Changes, RecentChange Newest);

/// <summary>"Mijn taken" for the home page.</summary>
public sealed record MyTasks(IReadOnlyList<MyTask> Tasks, IReadOnlyList<ChangedApproach> Changed, DateTimeOffset ChangesSince);

/// <summary>
/// "Mijn taken" (issue 9 §1, issue 13 §7): the open goals, precondition actions, zichtbare acties and experimenten and the meeting agreements the user owns in the approaches they may see,
/// overdue first, then by deadline; and the approaches where someone else changed something the user may see.
/// "Since I last looked" is defined as: since the user's previous sign-in (the one before the current session), but
/// never further back than <see cref="MaxChangesWindow"/> and at least <see cref="MinChangesWindow"/>, so a user who
/// signs in twice in a minute still sees today's changes. Users of the API only (no sign-in) get the 14-day window.
/// Only changes by other people count (not the user's own, not start-up jobs or the demo seeding).
/// The list names other people (who changed what): reading it is audited like other personal data.
/// </summary>
public sealed class MyTasksService(WijkkrachtDbContext db, ApproachService approaches, RecentChanges changes, AuditService audit, TimeProvider time)
{
    public static readonly TimeSpan MaxChangesWindow = TimeSpan.FromDays(14);

    public static readonly TimeSpan MinChangesWindow = TimeSpan.FromDays(1);

    /// <summary>At most this many approaches are checked for changes (the newest changed first).</summary>
    private const int MaxApproaches = 25;

    public async Task<MyTasks> GetAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var today = PlausibleDates.Today(time);
        var visible = approaches.Visible(actor).AsNoTracking();
        var titles = await visible.Select(a => new { a.Id, a.Title }).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var ids = titles.Keys.ToList();

        var goals = await db.Set<Goal>().AsNoTracking()
            .Where(g => g.OwnerUserId == actor.UserId && ids.Contains(g.ApproachId) && g.Status != GoalStatus.Behaald && g.Status != GoalStatus.Gestopt)
            .ToListAsync(ct);
        var actions = await db.Set<PreconditionAction>().AsNoTracking()
            .Where(a => a.OwnerUserId == actor.UserId && ids.Contains(a.ApproachId) && a.Status != ActionStatus.Gereed)
            .ToListAsync(ct);
        var fieldActions = await db.Set<Actions.NeighbourhoodAction>().AsNoTracking()
            .Where(a => a.OwnerUserId == actor.UserId && ids.Contains(a.ApproachId) && (a.Status == Actions.ActionStage.Gepland || a.Status == Actions.ActionStage.Loopt))
            .Select(a => new { a.Id, a.Title, a.ApproachId, a.EndDate, a.Status, a.Kind, a.Decision })
            .ToListAsync(ct);
        var agreements = await db.Set<Meetings.MeetingAgreement>().AsNoTracking()
            .Where(a => a.OwnerUserId == actor.UserId && ids.Contains(a.ApproachId) && a.Status == Meetings.AgreementStatus.Open)
            .Select(a => new { a.Id, a.What, a.ApproachId, a.DueDate })
            .ToListAsync(ct);
        var tasks = goals.Select(g => new MyTask(MyTaskKind.Goal, g.Id, g.Title, g.ApproachId, titles[g.ApproachId], g.TargetDate, g.TargetDate < today, GoalLabels.For(g.Status)))
            .Concat(actions.Select(a => new MyTask(MyTaskKind.Action, a.Id, a.Description, a.ApproachId, titles[a.ApproachId], a.DueDate, a.DueDate < today, PreconditionLabels.For(a.Status))))
            .Concat(fieldActions.Select(a => new MyTask(MyTaskKind.NeighbourhoodAction, a.Id, a.Title, a.ApproachId, titles[a.ApproachId], a.EndDate, a.EndDate < today,
                Actions.ActionLabels.For(a.Kind) + ", " + Actions.ActionLabels.For(a.Status).ToLowerInvariant())))
            .Concat(agreements.Select(a => new MyTask(MyTaskKind.Agreement, a.Id, a.What, a.ApproachId, titles[a.ApproachId], a.DueDate, a.DueDate < today, "Afspraak uit een bijeenkomst")))
            .OrderByDescending(t => t.Overdue).ThenBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.Title, StringComparer.CurrentCulture)
            .ToList();

        var since = await ChangesSinceAsync(actor, ct);
        var candidates = await db.AuditEvents.AsNoTracking()
            .Where(e => e.ApproachId != null && ids.Contains(e.ApproachId.Value) && e.At >= since && e.ActorUserId != null && e.ActorUserId != actor.UserId
                && (e.Action == AuditActions.Create || e.Action == AuditActions.Update || e.Action == AuditActions.Delete))
            .GroupBy(e => e.ApproachId!.Value).Select(g => new { ApproachId = g.Key, Newest = g.Max(e => e.Id) })
            .OrderByDescending(g => g.Newest).Take(MaxApproaches).ToListAsync(ct);
        var changed = new List<ChangedApproach>();
        foreach (var candidate in candidates)
        {
            if (await approaches.ResolveAsync(candidate.ApproachId, actor, ct) is not { } access)
                continue;
            var visibleChanges = await changes.ForApproachAsync(access, since, 50, actor.UserId, ct: ct);
            if (visibleChanges.Count > 0)
                changed.Add(new ChangedApproach(candidate.ApproachId, titles[candidate.ApproachId], visibleChanges.Count, visibleChanges[0]));
        }

        if (tasks.Count > 0 || changed.Count > 0)
            await audit.RecordViewAsync(actor, nameof(AppUser), actor.UserId.ToString(), null, $"Mijn taken bekeken ({tasks.Count} taken, {changed.Count} aanpakken met wijzigingen)", ct);
        return new MyTasks(tasks, changed, since);
    }

    /// <summary>The start of the "changed since I last looked" window (see the class summary).</summary>
    public async Task<DateTimeOffset> ChangesSinceAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var signIns = await db.AuditEvents.AsNoTracking()
            .Where(e => e.ActorUserId == actor.UserId && e.Action == AuditActions.SignIn)
            .OrderByDescending(e => e.Id).Select(e => e.At).Take(2).ToListAsync(ct);
        var previous = signIns.Count == 2 ? signIns[1] : now - MaxChangesWindow;
        if (previous < now - MaxChangesWindow)
            previous = now - MaxChangesWindow;
        if (previous > now - MinChangesWindow)
            previous = now - MinChangesWindow;
        return previous;
    }
}
