using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Overview;

/// <summary>One change in an approach, as a readable Dutch sentence.</summary>
public sealed record RecentChange(DateTimeOffset At, string Text, Guid? ActorUserId);

/// <summary>
/// Recent changes of one approach from its audit trail, limited to what the reader may see:
/// <list type="bullet">
/// <item>only changes (create, update, delete), never views, exports or sign-ins;</item>
/// <item>per record type the approach permission that reads it (goals and the approach with View; steps, checks, plan,
/// decisions, actions and interventions with ViewPlan; members with ViewMembers);</item>
/// <item>records with a visibility level (steps, checks, plan versions) only when the reader may see that record now
/// (ADR 0005); changes of deleted ones only for the core team;</item>
/// <item>who made the change only for readers who may see the whole member list (a network member sees "is gewijzigd").</item>
/// </list>
/// </summary>
public sealed class RecentChanges(WijkkrachtDbContext db, IGuideCatalog guide, Audit.AuditService audit)
{
    private static readonly string[] ChangeActions = [AuditActions.Create, AuditActions.Update, AuditActions.Delete];

    /// <summary>Changes since <paramref name="since"/> (and before <paramref name="until"/>), newest first; with <paramref name="excludeActor"/> only changes by other people (not that user's own, not start-up jobs).</summary>
    public async Task<List<RecentChange>> ForApproachAsync(ApproachAccess access, DateTimeOffset since, int take, Guid? excludeActor = null, DateTimeOffset? until = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var types = new List<string> { nameof(Goal), nameof(Approach) };
        var viewPlan = access.Has(ApproachPermission.ViewPlan);
        if (viewPlan)
        {
            types.AddRange([nameof(Decision), nameof(PreconditionAction), nameof(ApproachIntervention), nameof(StepProgress), nameof(PlanVersion), nameof(PreconditionAssessment)]);
        }

        var names = access.Has(ApproachPermission.ViewMembers);
        if (names)
            types.Add(nameof(ApproachMember));

        var approachId = access.ApproachId;
        var q = db.AuditEvents.AsNoTracking()
            .Where(e => e.ApproachId == approachId && ChangeActions.Contains(e.Action) && types.Contains(e.EntityType) && e.At >= since);
        if (excludeActor is { } excluded)
            q = q.Where(e => e.ActorUserId != null && e.ActorUserId != excluded); // changes by other people only
        if (until is { } end)
            q = q.Where(e => e.At < end);
        var events = await q.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(Math.Max(take * 4, 40)).ToListAsync(ct);
        if (events.Count == 0)
            return [];
        await audit.MaskErasedAsync(events, ct); // the name of a person erased at their request (issue 14 §7)

        var seen = VisibilityRules.For(access.Actor, access.MyRole, access.PartnerType);
        var goals = await db.Set<Goal>().AsNoTracking().Where(g => g.ApproachId == approachId).ToDictionaryAsync(g => g.Id.ToString(), g => g.Title, ct);
        Dictionary<string, string> steps = [];
        Dictionary<string, int> plans = [];
        HashSet<string> checks = [];
        Dictionary<string, string> actions = [];
        if (viewPlan)
        {
            steps = (await VisibilityRules.Filter(db.Set<StepProgress>().AsNoTracking(), seen).Where(p => p.ApproachId == approachId)
                .Select(p => new { p.Id, p.StepId }).ToListAsync(ct)).ToDictionary(p => p.Id.ToString(), p => p.StepId);
            plans = (await VisibilityRules.Filter(db.Set<PlanVersion>().AsNoTracking(), seen).Where(p => p.ApproachId == approachId)
                .Select(p => new { p.Id, p.Number }).ToListAsync(ct)).ToDictionary(p => p.Id.ToString(), p => p.Number);
            checks = (await VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking(), seen).Where(p => p.ApproachId == approachId)
                .Select(p => p.Id).ToListAsync(ct)).Select(id => id.ToString()).ToHashSet();
            actions = await db.Set<PreconditionAction>().AsNoTracking().Where(a => a.ApproachId == approachId).ToDictionaryAsync(a => a.Id.ToString(), a => a.Description, ct);
        }

        var result = new List<RecentChange>();
        foreach (var e in events)
        {
            var id = e.EntityId ?? "";
            string? what = e.EntityType switch
            {
                nameof(Goal) => goals.TryGetValue(id, out var title) ? $"het doel '{title}'" : "een doel",
                nameof(Approach) => "de gegevens van de aanpak",
                nameof(Decision) => "een besluit bij het beslismoment",
                nameof(PreconditionAction) => actions.TryGetValue(id, out var description) ? $"de actie '{Short(description)}'" : "een actie voor de randvoorwaarden",
                nameof(ApproachIntervention) => "de gekozen interventies",
                nameof(ApproachMember) => e.Action == AuditActions.Update ? "de rol van een lid" : "een lid",
                nameof(StepProgress) => steps.TryGetValue(id, out var stepId) ? StepName(stepId)
                    : seen.CoreTeam && e.Action == AuditActions.Delete ? "een stap" : null,
                nameof(PlanVersion) => plans.TryGetValue(id, out var number) ? $"het plan van aanpak (versie {number})"
                    : seen.CoreTeam && e.Action == AuditActions.Delete ? "het plan van aanpak" : null,
                nameof(PreconditionAssessment) => checks.Contains(id) || (seen.CoreTeam && e.Action == AuditActions.Delete) ? "een randvoorwaardencheck" : null,
                _ => null,
            };
            if (what is null)
                continue; // a record the reader may not see
            // Changes without a person (start-up jobs, the demo) read without a name.
            var who = names && e.ActorUserId is not null ? e.ActorName : null;
            result.Add(new RecentChange(e.At, Sentence(who, what, e.Action, e.EntityType), who is null ? null : e.ActorUserId));
            if (result.Count == take)
                break;
        }

        return result;
    }

    private string StepName(string stepId) =>
        guide.FindStep(stepId) is { } step ? $"stap {step.Number} '{step.Title}'" : "een stap";

    private static string Short(string text) => text.Length <= 80 ? text : text[..77].TrimEnd() + "…";

    /// <summary>"Carla heeft het doel 'X' gewijzigd." or, without a name, "Het doel 'X' is gewijzigd."</summary>
    public static string Sentence(string? actorName, string what, string action, string entityType)
    {
        ArgumentNullException.ThrowIfNull(what);
        var verb = action switch
        {
            AuditActions.Create => entityType is nameof(Decision) or nameof(PreconditionAssessment) or nameof(PlanVersion) ? "vastgelegd" : "toegevoegd",
            AuditActions.Delete => "verwijderd",
            _ => "gewijzigd",
        };
        if (!string.IsNullOrWhiteSpace(actorName))
            return $"{actorName} heeft {what} {verb}.";
        return $"{char.ToUpperInvariant(what[0])}{what[1..]} is {verb}.";
    }
}
