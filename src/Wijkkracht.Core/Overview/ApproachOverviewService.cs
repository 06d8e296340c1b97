using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Core.Overview;

/// <summary>The phase a method of the approach is in now, with its steps and their (effective) status.</summary>
public sealed record PhaseNow(string MethodName, string PhaseTitle, IReadOnlyList<StepView> Steps, StepView? NextStep);

/// <summary>An open precondition action with its owner's name and whether its deadline has passed.</summary>
public sealed record OpenAction(PreconditionAction Action, string PreconditionTitle, string? OwnerName, bool Overdue);

/// <summary>"Waar staan we en wat is de volgende stap?" for one approach (issue 9 §1). Parts the reader may not read are null or empty.</summary>
public sealed record ApproachOverview(
    IReadOnlyList<PhaseNow> Phases,
    Decision? LatestDecision,
    string? DecisionMeaning,
    IReadOnlyList<OpenAction> OpenActions,
    IReadOnlyList<RecentChange> RecentChanges,
    bool CanViewPlan);

/// <summary>Builds the approach overview from the step plan, the decisions, the actions and the audit trail.</summary>
public sealed class ApproachOverviewService(
    WijkkrachtDbContext db, ApproachService approaches, StepService steps, DecisionService decisions, IGuideCatalog guide,
    RecentChanges changes, AuditService audit, TimeProvider time)
{
    /// <summary>How far back the overview lists changes.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    public async Task<Result<ApproachOverview>> GetAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<ApproachOverview>.NotFound();
        var recent = await changes.ForApproachAsync(access, time.GetUtcNow() - RecentWindow, 8, ct: ct);
        if (!access.Has(ApproachPermission.ViewPlan))
            return Result<ApproachOverview>.Ok(new ApproachOverview([], null, null, [], recent, false));

        var stepViews = (await steps.OverviewAsync(approachId, actor, ct)).Value ?? [];
        var phases = stepViews.GroupBy(s => s.Step.MethodName).Select(method => PhaseOf(method.Key, method.ToList())).ToList();

        var latest = await decisions.LatestAsync(approachId, ct);
        var essSteps = guide.StepsFor(ApproachMethod.WeerbareGemeenschappen);
        var lastStep = essSteps.Count == 0 ? 12 : essSteps.Max(s => s.Number);
        var meaning = latest is null ? null : DecisionEffects.Meaning(latest.Outcome, guide.DecisionMomentAfterStep, lastStep);

        var today = PlausibleDates.Today(time);
        var open = await db.Set<PreconditionAction>().AsNoTracking().Where(a => a.ApproachId == approachId && a.Status != ActionStatus.Gereed).ToListAsync(ct);
        var ownerIds = open.Where(a => a.OwnerUserId is not null).Select(a => a.OwnerUserId!.Value).Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id) && u.OrganisationId == actor.OrganisationId).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var titles = guide.Preconditions.ToDictionary(p => p.Id, p => $"{p.Number}. {p.Title}");
        var actions = open
            .Select(a => new OpenAction(a, titles.GetValueOrDefault(a.PreconditionId) ?? "Beslismoment", a.OwnerUserId is { } o ? owners.GetValueOrDefault(o) : null, a.DueDate is { } due && due < today))
            .OrderByDescending(a => a.Overdue).ThenBy(a => a.Action.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.Action.Description, StringComparer.CurrentCulture)
            .ToList();
        if (owners.Count > 0 || recent.Count > 0)
            await audit.RecordViewAsync(actor, nameof(Approach), approachId.ToString(), approachId, "Overzicht van de aanpak bekeken (eigenaren van acties en recente wijzigingen)", ct);
        return Result<ApproachOverview>.Ok(new ApproachOverview(phases, latest, meaning, actions, recent, true));
    }

    /// <summary>
    /// The current phase of one method: the phase of the first step in progress; with none in progress, of the first step
    /// not started (every step finished: the last phase). The next step is the first step of that phase not finished.
    /// </summary>
    public static PhaseNow PhaseOf(string methodName, IReadOnlyList<StepView> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var current = steps.FirstOrDefault(s => s.Status == StepStatus.Bezig)
            ?? steps.FirstOrDefault(s => s.Status == StepStatus.NietGestart)
            ?? steps[^1];
        var phaseSteps = steps.Where(s => s.Step.PhaseId == current.Step.PhaseId).ToList();
        var next = phaseSteps.FirstOrDefault(s => s.Status == StepStatus.Bezig) ?? phaseSteps.FirstOrDefault(s => s.Status != StepStatus.Afgerond)
            ?? steps.FirstOrDefault(s => s.Status != StepStatus.Afgerond);
        return new PhaseNow(methodName, current.Step.PhaseTitle ?? "", phaseSteps, next);
    }
}
