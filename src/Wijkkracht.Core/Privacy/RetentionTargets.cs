using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Observations;

namespace Wijkkracht.Core.Privacy;

/// <summary>
/// The organisation and rule one retention pass works with. <see cref="Cutoff"/>: records dated on or before it (or of
/// approaches closed on or before it, by <see cref="EffectiveRetentionRule.CountFrom"/>) are due.
/// </summary>
public sealed record RetentionScope(Guid OrganisationId, EffectiveRetentionRule Rule, DateOnly Today)
{
    public DateOnly Cutoff => Rule.Cutoff(Today);

    /// <summary>The first instant after the cutoff day (Dutch time), for records dated by a timestamp.</summary>
    public DateTimeOffset CutoffEnd => AuditService.StartOfDutchDay(Cutoff.AddDays(1));

    public bool FromClosing => Rule.CountFrom == RetentionCountFrom.AfsluitingAanpak;
}

/// <summary>One line of a preview: how many records of a type of one approach, with one date, are due. Never content.</summary>
public sealed record RetentionDueGroup(RetentionRecordType RecordType, Guid? ApproachId, DateOnly RecordDate, int Count);

/// <summary>What one target did in a run: the counts per kind of record ("actoren", "relaties").</summary>
public sealed record RetentionTargetResult(RetentionRecordType RecordType, RetentionAction Action, IReadOnlyList<(string Noun, int Count)> Counts, bool ExecutedByApplication = true)
{
    public int Total => Counts.Sum(c => c.Count);
}

/// <summary>
/// One record type under retention. Registered in DI per type (FeatureServices); the retention service runs every
/// registered target with the organisation's rule for its type. A target must (1) only touch rows of
/// <see cref="RetentionScope.OrganisationId"/>, (2) never load what it removes into the change tracker (the audit
/// interceptor would copy the content into the audit log): use <c>ExecuteUpdateAsync</c>/<c>ExecuteDeleteAsync</c>, and
/// (3) not count a record it already anonymised. A record type without a target (the safety reports until that feature
/// is merged) shows its rule but nothing in preview or run.
/// </summary>
public interface IRetentionTarget
{
    RetentionRecordType RecordType { get; }

    /// <summary>What is due, grouped by approach and record date.</summary>
    Task<IReadOnlyList<RetentionDueGroup>> PreviewAsync(RetentionScope scope, CancellationToken ct);

    /// <summary>Anonymises or deletes what is due; returns the counts.</summary>
    Task<RetentionTargetResult> ExecuteAsync(RetentionScope scope, CancellationToken ct);
}

/// <summary>Helpers shared by the targets.</summary>
public static class RetentionQueries
{
    /// <summary>Rows per statement when a target updates by id.</summary>
    public const int Chunk = 200;

    /// <summary>The approaches of the organisation closed on or before the cutoff.</summary>
    public static IQueryable<Guid> ClosedApproaches(WijkkrachtDbContext db, RetentionScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var cutoff = scope.Cutoff;
        return db.Set<ApproachClosing>().Where(c => c.OrganisationId == scope.OrganisationId && c.ClosedOn != null && c.ClosedOn <= cutoff).Select(c => c.ApproachId);
    }

    /// <summary>Groups (approach, date) pairs into preview lines.</summary>
    public static IReadOnlyList<RetentionDueGroup> Group(RetentionRecordType type, IEnumerable<(Guid? ApproachId, DateOnly Date)> rows) =>
        rows.GroupBy(r => r)
            .Select(g => new RetentionDueGroup(type, g.Key.ApproachId, g.Key.Date, g.Count()))
            .OrderBy(g => g.RecordDate).ThenBy(g => g.ApproachId)
            .ToList();

    /// <summary>The calendar day (Dutch time) of a timestamp.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToDutchTime().DateTime);
}

/// <summary>Observations: the free text is emptied (what happens, answers to the prompts, other observers).</summary>
public sealed class ObservationRetentionTarget(WijkkrachtDbContext db) : IRetentionTarget
{
    public RetentionRecordType RecordType => RetentionRecordType.Waarnemingen;

    private IQueryable<Observation> Due(RetentionScope scope)
    {
        var cutoff = scope.Cutoff;
        var q = db.Set<Observation>().Where(o => o.OrganisationId == scope.OrganisationId
            && (o.WhatHappens != "" || o.PromptAnswers != "" || o.OtherObservers != ""));
        return scope.FromClosing
            ? q.Where(o => RetentionQueries.ClosedApproaches(db, scope).Contains(o.ApproachId))
            : q.Where(o => o.ObservedOn <= cutoff);
    }

    public async Task<IReadOnlyList<RetentionDueGroup>> PreviewAsync(RetentionScope scope, CancellationToken ct)
    {
        var rows = await Due(scope).AsNoTracking().Select(o => new { o.ApproachId, o.ObservedOn }).ToListAsync(ct);
        return RetentionQueries.Group(RecordType, rows.Select(r => ((Guid?)r.ApproachId, r.ObservedOn)));
    }

    public async Task<RetentionTargetResult> ExecuteAsync(RetentionScope scope, CancellationToken ct)
    {
        var count = await Due(scope).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.WhatHappens, "")
            .SetProperty(o => o.PromptAnswers, "")
            .SetProperty(o => o.OtherObservers, ""), ct);
        return new(RecordType, RetentionAction.Anonimiseren, [("waarnemingen", count)]);
    }
}

/// <summary>
/// Conversations and their quotes: summary, answers, quotes, mentioned events and interviewers are emptied; date,
/// setting and partner category stay (the reach still counts who was heard).
/// </summary>
public sealed class ConversationRetentionTarget(WijkkrachtDbContext db) : IRetentionTarget
{
    public RetentionRecordType RecordType => RetentionRecordType.GesprekkenEnCitaten;

    private IQueryable<Conversation> Due(RetentionScope scope)
    {
        var cutoff = scope.Cutoff;
        var q = db.Set<Conversation>().Where(c => c.OrganisationId == scope.OrganisationId
            && (c.Summary != "" || c.ProudOf != "" || c.WorriedAbout != "" || c.Wants != "" || c.Interviewers != ""
                || c.Quotes.Count > 0 || c.Answers.Count > 0 || c.MentionedEvents.Count > 0));
        return scope.FromClosing
            ? q.Where(c => RetentionQueries.ClosedApproaches(db, scope).Contains(c.ApproachId))
            : q.Where(c => c.Date <= cutoff);
    }

    public async Task<IReadOnlyList<RetentionDueGroup>> PreviewAsync(RetentionScope scope, CancellationToken ct)
    {
        var rows = await Due(scope).AsNoTracking().Select(c => new { c.ApproachId, c.Date }).ToListAsync(ct);
        return RetentionQueries.Group(RecordType, rows.Select(r => ((Guid?)r.ApproachId, r.Date)));
    }

    public async Task<RetentionTargetResult> ExecuteAsync(RetentionScope scope, CancellationToken ct)
    {
        var ids = await Due(scope).AsNoTracking().Select(c => c.Id).ToListAsync(ct);
        // The JSON columns (answers, quotes, mentioned events) are emptied with SQL built from the model's own names,
        // the text columns with ExecuteUpdate: neither goes through the change tracker, so no content reaches the audit log.
        var entity = db.Model.FindEntityType(typeof(Conversation))!;
        var table = entity.GetTableName()!;
        var idColumn = entity.FindProperty(nameof(Conversation.Id))!.GetColumnName();
        var jsonColumns = new[] { nameof(Conversation.Answers), nameof(Conversation.Quotes), nameof(Conversation.MentionedEvents) }
            .Select(n => entity.FindNavigation(n)!.TargetEntityType.GetContainerColumnName()!)
            .ToList();
        foreach (var chunk in ids.Chunk(RetentionQueries.Chunk))
        {
            var chunkIds = chunk.ToList();
            await db.Set<Conversation>().Where(c => chunkIds.Contains(c.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Summary, "")
                .SetProperty(c => c.ProudOf, "")
                .SetProperty(c => c.WorriedAbout, "")
                .SetProperty(c => c.Wants, "")
                .SetProperty(c => c.Interviewers, ""), ct);
            var placeholders = string.Join(", ", chunk.Select((_, i) => "{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"));
            var set = string.Join(", ", jsonColumns.Select(c => $"\"{c}\" = '[]'"));
#pragma warning disable EF1002 // Identifiers come from the EF model, values are parameters.
            await db.Database.ExecuteSqlRawAsync($"UPDATE \"{table}\" SET {set} WHERE \"{idColumn}\" IN ({placeholders})", chunk.Cast<object>(), ct);
#pragma warning restore EF1002
        }

        return new(RecordType, RetentionAction.Anonimiseren, [("gesprekken", ids.Count)]);
    }
}

/// <summary>
/// The network: actors and relations are deleted (with their contact log, by the database's cascade). Counted from the
/// record's own date: its last change.
/// </summary>
public sealed class NetworkRetentionTarget(WijkkrachtDbContext db) : IRetentionTarget
{
    public RetentionRecordType RecordType => RetentionRecordType.Netwerk;

    private IQueryable<NetworkActor> DueActors(RetentionScope scope)
    {
        var end = scope.CutoffEnd;
        var q = db.Set<NetworkActor>().Where(a => a.OrganisationId == scope.OrganisationId);
        return scope.FromClosing
            ? q.Where(a => RetentionQueries.ClosedApproaches(db, scope).Contains(a.ApproachId))
            : q.Where(a => a.UpdatedAt < end);
    }

    private IQueryable<NetworkRelation> DueRelations(RetentionScope scope)
    {
        var end = scope.CutoffEnd;
        var q = db.Set<NetworkRelation>().Where(r => r.OrganisationId == scope.OrganisationId);
        return scope.FromClosing
            ? q.Where(r => RetentionQueries.ClosedApproaches(db, scope).Contains(r.ApproachId))
            : q.Where(r => r.UpdatedAt < end);
    }

    public async Task<IReadOnlyList<RetentionDueGroup>> PreviewAsync(RetentionScope scope, CancellationToken ct)
    {
        var actors = await DueActors(scope).AsNoTracking().Select(a => new { a.ApproachId, a.UpdatedAt }).ToListAsync(ct);
        var relations = await DueRelations(scope).AsNoTracking().Select(r => new { r.ApproachId, r.UpdatedAt }).ToListAsync(ct);
        return RetentionQueries.Group(RecordType, actors.Select(a => ((Guid?)a.ApproachId, RetentionQueries.Day(a.UpdatedAt)))
            .Concat(relations.Select(r => ((Guid?)r.ApproachId, RetentionQueries.Day(r.UpdatedAt)))));
    }

    public async Task<RetentionTargetResult> ExecuteAsync(RetentionScope scope, CancellationToken ct)
    {
        // Relations first: those of a due actor that are not themselves due go with the actor (cascade) and are counted there.
        var relations = await DueRelations(scope).ExecuteDeleteAsync(ct);
        var dueActors = DueActors(scope).Select(a => a.Id);
        relations += await db.Set<NetworkRelation>()
            .Where(r => r.OrganisationId == scope.OrganisationId && (dueActors.Contains(r.FromActorId) || dueActors.Contains(r.ToActorId)))
            .ExecuteDeleteAsync(ct);
        var contacts = await db.Set<ContactLogEntry>()
            .Where(c => c.OrganisationId == scope.OrganisationId && dueActors.Contains(c.ActorId))
            .ExecuteDeleteAsync(ct);
        var actors = await DueActors(scope).ExecuteDeleteAsync(ct);
        return new(RecordType, RetentionAction.Verwijderen, [("actoren", actors), ("relaties", relations), ("contactmomenten van die actoren", contacts)]);
    }
}

/// <summary>The contact log: entries are deleted.</summary>
public sealed class ContactLogRetentionTarget(WijkkrachtDbContext db) : IRetentionTarget
{
    public RetentionRecordType RecordType => RetentionRecordType.Contactmomenten;

    private IQueryable<ContactLogEntry> Due(RetentionScope scope)
    {
        var cutoff = scope.Cutoff;
        var q = db.Set<ContactLogEntry>().Where(c => c.OrganisationId == scope.OrganisationId);
        return scope.FromClosing
            ? q.Where(c => RetentionQueries.ClosedApproaches(db, scope).Contains(c.ApproachId))
            : q.Where(c => c.Date <= cutoff);
    }

    public async Task<IReadOnlyList<RetentionDueGroup>> PreviewAsync(RetentionScope scope, CancellationToken ct)
    {
        var rows = await Due(scope).AsNoTracking().Select(c => new { c.ApproachId, c.Date }).ToListAsync(ct);
        return RetentionQueries.Group(RecordType, rows.Select(r => ((Guid?)r.ApproachId, r.Date)));
    }

    public async Task<RetentionTargetResult> ExecuteAsync(RetentionScope scope, CancellationToken ct) =>
        new(RecordType, RetentionAction.Verwijderen, [("contactmomenten", await Due(scope).ExecuteDeleteAsync(ct))]);
}

/// <summary>
/// Audit events: the preview shows what is due; the run deletes nothing, because the database refuses every delete on
/// the audit log (trigger; on PostgreSQL also revoked privileges). The database administrator deletes with the statement
/// in docs/privacy.md (ADR 0009). Counted from the event's own time; a rule "from closing" uses the approach's closing.
/// </summary>
public sealed class AuditEventRetentionTarget(WijkkrachtDbContext db) : IRetentionTarget
{
    public RetentionRecordType RecordType => RetentionRecordType.Auditgebeurtenissen;

    private IQueryable<AuditEvent> Due(RetentionScope scope)
    {
        var end = scope.CutoffEnd;
        var q = db.AuditEvents.Where(a => a.OrganisationId == scope.OrganisationId);
        return scope.FromClosing
            ? q.Where(a => a.ApproachId != null && RetentionQueries.ClosedApproaches(db, scope).Contains(a.ApproachId.Value))
            : q.Where(a => a.At < end);
    }

    public async Task<IReadOnlyList<RetentionDueGroup>> PreviewAsync(RetentionScope scope, CancellationToken ct)
    {
        var rows = await Due(scope).AsNoTracking().Select(a => new { a.ApproachId, a.At }).ToListAsync(ct);
        return RetentionQueries.Group(RecordType, rows.Select(r => (r.ApproachId, RetentionQueries.Day(r.At))));
    }

    public async Task<RetentionTargetResult> ExecuteAsync(RetentionScope scope, CancellationToken ct) =>
        new(RecordType, RetentionAction.Verwijderen, [("auditgebeurtenissen klaar voor de databasebeheerder", await Due(scope).CountAsync(ct))], ExecutedByApplication: false);
}
