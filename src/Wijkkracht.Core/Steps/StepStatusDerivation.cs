using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Steps;

/// <summary>The recorded work of an approach that says something about its steps (only what the reader may see).</summary>
public sealed record StepWorkSignals(bool HasPreconditionCheck, bool HasDecision, bool HasPlanVersion)
{
    public static readonly StepWorkSignals None = new(false, false, false);
}

/// <summary>
/// Step status that follows the recorded work (issue 9 §1), unless someone set the status by hand:
/// <list type="bullet">
/// <item>A step with saved progress keeps the status the team chose (set by hand always wins).</item>
/// <item>The step with the decision moment after it (ESS step 4, "Randvoorwaarden op orde"): a precondition check plus
/// a decision makes it <see cref="StepStatus.Afgerond"/>; a check without a decision makes it <see cref="StepStatus.Bezig"/>.</item>
/// <item>The step right after the decision moment (ESS step 5, "Globaal plan van aanpak"): a saved plan version makes it
/// <see cref="StepStatus.Bezig"/>.</item>
/// <item>Every other step without saved progress: <see cref="StepStatus.NietGestart"/>.</item>
/// </list>
/// The signals are read with the reader's visibility (ADR 0005), so a derived status never reveals a record the reader
/// may not see.
/// </summary>
public static class StepStatusDerivation
{
    /// <summary>The status to show for <paramref name="step"/>.</summary>
    public static StepStatus Effective(GuideStep step, StepProgress? progress, StepWorkSignals signals, int decisionMomentAfterStep)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(signals);
        if (progress is not null)
            return progress.Status;
        return Derived(step, signals, decisionMomentAfterStep) ?? StepStatus.NietGestart;
    }

    /// <summary>The status the recorded work implies, or null when the work says nothing about this step.</summary>
    public static StepStatus? Derived(GuideStep step, StepWorkSignals signals, int decisionMomentAfterStep)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(signals);
        if (step.DecisionMomentAfter || (step.MethodId == EssMethodId && step.Number == decisionMomentAfterStep))
        {
            if (signals.HasPreconditionCheck && signals.HasDecision)
                return StepStatus.Afgerond;
            return signals.HasPreconditionCheck ? StepStatus.Bezig : null;
        }

        if (step.MethodId == EssMethodId && step.Number == decisionMomentAfterStep + 1 && signals.HasPlanVersion)
            return StepStatus.Bezig;
        return null;
    }

    /// <summary>Reads the signals of one approach with the reader's visibility (three small EXISTS queries).</summary>
    public static async Task<StepWorkSignals> SignalsAsync(WijkkrachtDbContext db, Guid approachId, VisibilityAccess seen, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seen);
        var check = await VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking(), seen).AnyAsync(a => a.ApproachId == approachId, ct);
        var decision = await db.Set<Decision>().AsNoTracking().AnyAsync(d => d.ApproachId == approachId, ct);
        var plan = await VisibilityRules.Filter(db.Set<PlanVersion>().AsNoTracking(), seen).AnyAsync(p => p.ApproachId == approachId, ct);
        return new StepWorkSignals(check, decision, plan);
    }

    private const string EssMethodId = "weerbare-gemeenschappen";
}
