using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Privacy;

/// <summary>One record type's rule in the form or API: months and from when; the action is fixed per type.</summary>
public sealed class RetentionRuleInput
{
    public RetentionRecordType? RecordType { get; set; }

    public int? Months { get; set; }

    public RetentionCountFrom? CountFrom { get; set; }

    /// <summary>The version of the stored rule the change is based on; null while the default applies.</summary>
    public Guid? Version { get; set; }
}

/// <summary>The organisation's rules, one per record type.</summary>
public sealed class RetentionRulesInput
{
    public List<RetentionRuleInput> Rules { get; set; } = [];

    public static RetentionRulesInput From(IEnumerable<EffectiveRetentionRule> rules) => new()
    {
        Rules = rules.Select(r => new RetentionRuleInput { RecordType = r.RecordType, Months = r.Months, CountFrom = r.CountFrom, Version = r.Version }).ToList(),
    };
}

/// <summary>A preview: what a run on <see cref="Today"/> would anonymise or delete, per type, approach and date.</summary>
public sealed record RetentionPreview(DateOnly Today, IReadOnlyList<EffectiveRetentionRule> Rules, IReadOnlyList<RetentionDueGroup> Due, IReadOnlyDictionary<Guid, string> ApproachTitles)
{
    public string TitleOf(Guid? approachId) =>
        approachId is { } id ? ApproachTitles.GetValueOrDefault(id, "(aanpak bestaat niet meer)") : "(niet bij een aanpak)";

    public int Count(RetentionRecordType type) => Due.Where(d => d.RecordType == type).Sum(d => d.Count);
}

/// <summary>What a run did.</summary>
public sealed record RetentionRun(DateOnly Today, IReadOnlyList<RetentionTargetResult> Results)
{
    public int Total => Results.Where(r => r.ExecutedByApplication).Sum(r => r.Total);

    /// <summary>The run in one Dutch sentence for the page.</summary>
    public string Describe()
    {
        var done = Results.Where(r => r.ExecutedByApplication && r.Total > 0).Select(RetentionService.Summary).ToList();
        return done.Count == 0 ? "Er was niets om op te ruimen." : "Opgeruimd: " + string.Join("; ", done) + ".";
    }
}

/// <summary>
/// Retention (issue 14 §6): the organisation's periods per record type (defaults in <see cref="RetentionDefaults"/>),
/// a preview of what is due, and the run that anonymises or deletes it through the registered
/// <see cref="IRetentionTarget"/>s, writing one audit event per record type with counts, never content. The Beheerder
/// sets the rules and runs them; <see cref="RunForOrganisationAsync"/> is the daily job's entry (system mode for one
/// organisation). Every query is limited to one organisation.
/// </summary>
public sealed class RetentionService(WijkkrachtDbContext db, IEnumerable<IRetentionTarget> targets, TimeProvider time)
{
    /// <summary>The audit event's entity type for a run.</summary>
    public const string AuditEntityType = "Retention";

    /// <summary>The name in the audit log of the daily job.</summary>
    public const string JobName = "Bewaartermijnen (dagelijkse taak)";

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), DutchTimeProvider.Zone).DateTime);

    /// <summary>The rule per record type for the organisation: its own, or the default.</summary>
    public async Task<IReadOnlyList<EffectiveRetentionRule>> RulesForAsync(Guid organisationId, CancellationToken ct = default)
    {
        var stored = await db.Set<RetentionRule>().AsNoTracking().Where(r => r.OrganisationId == organisationId).ToListAsync(ct);
        return RetentionDefaults.Types.Select(type => stored.FirstOrDefault(r => r.RecordType == type) is { } own
                ? new EffectiveRetentionRule(type, own.Months, own.CountFrom, RetentionDefaults.ActionFor(type), false, own.Version)
                : RetentionDefaults.For(type))
            .ToList();
    }

    public async Task<Result<IReadOnlyList<EffectiveRetentionRule>>> RulesAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ManageOrganisation))
            return Result<IReadOnlyList<EffectiveRetentionRule>>.Forbidden("Alleen een beheerder stelt de bewaartermijnen in.");
        return Result<IReadOnlyList<EffectiveRetentionRule>>.Ok(await RulesForAsync(actor.OrganisationId, ct));
    }

    /// <summary>Saves the rules that are sent (types not sent keep their rule). Every rule is checked before any is saved.</summary>
    public async Task<Result<IReadOnlyList<EffectiveRetentionRule>>> SaveRulesAsync(RetentionRulesInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ManageOrganisation))
            return Result<IReadOnlyList<EffectiveRetentionRule>>.Forbidden("Alleen een beheerder stelt de bewaartermijnen in.");
        var errors = new ValidationErrors();
        if (input.Rules.Count == 0)
            errors.Add(nameof(RetentionRulesInput.Rules), "Stuur ten minste één bewaartermijn mee.");
        var seen = new HashSet<RetentionRecordType>();
        for (var i = 0; i < input.Rules.Count; i++)
        {
            var rule = input.Rules[i];
            var prefix = $"{nameof(RetentionRulesInput.Rules)}[{i}].";
            var label = rule.RecordType is { } t && Enum.IsDefined(t) ? RetentionLabels.For(t) : "deze regel";
            if (rule.RecordType is not { } type || !Enum.IsDefined(type))
                errors.Add(prefix + nameof(RetentionRuleInput.RecordType), "Kies een soort gegevens uit de lijst.");
            else if (!seen.Add(type))
                errors.Add(prefix + nameof(RetentionRuleInput.RecordType), $"{label} staat twee keer in de lijst.");
            if (rule.Months is not { } months)
                errors.Add(prefix + nameof(RetentionRuleInput.Months), $"Vul bij {label.ToLowerInvariant()} in hoeveel maanden de gegevens bewaard blijven.");
            else if (months is < RetentionDefaults.MinMonths or > RetentionDefaults.MaxMonths)
                errors.Add(prefix + nameof(RetentionRuleInput.Months), $"Kies bij {label.ToLowerInvariant()} een bewaartermijn van {RetentionDefaults.MinMonths} tot {RetentionDefaults.MaxMonths} maanden (20 jaar).");
            if (rule.CountFrom is not { } from || !Enum.IsDefined(from))
                errors.Add(prefix + nameof(RetentionRuleInput.CountFrom), $"Kies bij {label.ToLowerInvariant()} vanaf wanneer de termijn telt.");
        }

        if (errors.Any)
            return Result<IReadOnlyList<EffectiveRetentionRule>>.Invalid(errors);

        var stored = await db.Set<RetentionRule>().Where(r => r.OrganisationId == actor.OrganisationId).ToListAsync(ct);
        for (var i = 0; i < input.Rules.Count; i++)
        {
            var rule = input.Rules[i];
            var own = stored.FirstOrDefault(r => r.RecordType == rule.RecordType);
            if (own is null)
            {
                db.Add(new RetentionRule { OrganisationId = actor.OrganisationId, RecordType = rule.RecordType!.Value, Months = rule.Months!.Value, CountFrom = rule.CountFrom!.Value });
                continue;
            }

            // A stored rule changes only from the version that was read: someone else's change in between is a conflict.
            if (VersionedSave.MissingVersionResult<IReadOnlyList<EffectiveRetentionRule>>(rule.Version, $"{nameof(RetentionRulesInput.Rules)}[{i}].{nameof(RetentionRuleInput.Version)}") is { } missing)
                return missing;
            db.Entry(own).Property(nameof(IVersioned.Version)).OriginalValue = rule.Version!.Value;
            own.Months = rule.Months!.Value;
            own.CountFrom = rule.CountFrom!.Value;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A changed version (concurrency) or a rule added by someone else at the same time (unique index).
            return Result<IReadOnlyList<EffectiveRetentionRule>>.Conflict(Messages.ConcurrencyConflict);
        }

        return Result<IReadOnlyList<EffectiveRetentionRule>>.Ok(await RulesForAsync(actor.OrganisationId, ct));
    }

    public async Task<Result<RetentionPreview>> PreviewAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ManageOrganisation))
            return Result<RetentionPreview>.Forbidden("Alleen een beheerder bekijkt wat de bewaartermijnen opruimen.");
        return Result<RetentionPreview>.Ok(await PreviewForAsync(actor.OrganisationId, ct));
    }

    /// <summary>What a run today would anonymise or delete in the organisation (counts, approaches and dates; no content).</summary>
    public async Task<RetentionPreview> PreviewForAsync(Guid organisationId, CancellationToken ct = default)
    {
        var today = Today;
        var rules = await RulesForAsync(organisationId, ct);
        var due = new List<RetentionDueGroup>();
        foreach (var target in targets)
        {
            var rule = rules.First(r => r.RecordType == target.RecordType);
            due.AddRange(await target.PreviewAsync(new RetentionScope(organisationId, rule, today), ct));
        }

        var ids = due.Where(d => d.ApproachId is not null).Select(d => d.ApproachId!.Value).Distinct().ToList();
        var titles = await db.Approaches.AsNoTracking().Where(a => a.OrganisationId == organisationId && ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        return new RetentionPreview(today, rules, due, titles);
    }

    /// <summary>The Beheerder runs the rules now.</summary>
    public async Task<Result<RetentionRun>> RunAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ManageOrganisation))
            return Result<RetentionRun>.Forbidden("Alleen een beheerder voert de bewaartermijnen uit.");
        return Result<RetentionRun>.Ok(await RunForOrganisationAsync(actor.OrganisationId, actor, ct));
    }

    /// <summary>
    /// Runs every target for one organisation; each type in its own transaction with its audit event (counts only).
    /// <paramref name="actor"/> null: the daily job.
    /// </summary>
    public async Task<RetentionRun> RunForOrganisationAsync(Guid organisationId, Actor? actor, CancellationToken ct = default)
    {
        var today = Today;
        var rules = await RulesForAsync(organisationId, ct);
        var results = new List<RetentionTargetResult>();
        foreach (var target in targets)
        {
            var rule = rules.First(r => r.RecordType == target.RecordType);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await target.ExecuteAsync(new RetentionScope(organisationId, rule, today), ct);
            results.Add(result);
            if (result.ExecutedByApplication && result.Total > 0)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    OrganisationId = organisationId,
                    At = time.GetUtcNow(),
                    ActorUserId = actor?.UserId,
                    ActorName = actor?.DisplayName ?? JobName,
                    Action = AuditActions.Retention,
                    EntityType = AuditEntityType,
                    EntityId = target.RecordType.ToString(),
                    Summary = $"Bewaartermijn {RetentionLabels.For(target.RecordType).ToLowerInvariant()} ({rule.Describe()}): {Summary(result)}",
                });
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }

        return new RetentionRun(today, results);
    }

    /// <summary>"3 actoren, 5 relaties verwijderd" — counts only.</summary>
    public static string Summary(RetentionTargetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verb = result.Action == RetentionAction.Anonimiseren ? "geanonimiseerd" : "verwijderd";
        return string.Join(", ", result.Counts.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.Noun}")) + " " + verb;
    }
}
