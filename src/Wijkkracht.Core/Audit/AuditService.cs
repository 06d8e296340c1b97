using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Audit;

/// <summary>Filters for the audit-log listing: kind (action, record type), approach, person and a date range (inclusive, Dutch time).</summary>
public sealed record AuditQuery(string? Action = null, string? EntityType = null, Guid? ApproachId = null, Guid? ActorUserId = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One changed field of an audit event, for display: before → after, secrets masked.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>Reads the audit log and records views and exports of personal data. Changes are audited by the DbContext.</summary>
public sealed class AuditService(WijkkrachtDbContext db, TimeProvider time, Safety.SensitiveText sensitive)
{
    /// <summary>Adds a "view" or "export" event; it is written with the next SaveChanges (callers save at once).</summary>
    public void Add(Actor actor, string action, string entityType, string? entityId, Guid? approachId, string summary) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OrganisationId = actor.OrganisationId,
            At = time.GetUtcNow(),
            ActorUserId = actor.UserId,
            ActorName = actor.DisplayName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            ApproachId = approachId,
            Summary = summary,
        });

    /// <summary>Records at once that <paramref name="actor"/> viewed personal data.</summary>
    public async Task RecordViewAsync(Actor actor, string entityType, string? entityId, Guid? approachId, string summary, CancellationToken ct = default)
    {
        Add(actor, AuditActions.View, entityType, entityId, approachId, summary);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a sign-in related event, possibly before any tenant is known.</summary>
    public async Task RecordAuthAsync(Guid? organisationId, Guid? userId, string actorName, string action, CancellationToken ct = default)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            OrganisationId = organisationId,
            At = time.GetUtcNow(),
            ActorUserId = userId,
            ActorName = actorName,
            Action = action,
            EntityType = nameof(AppUser),
            EntityId = userId?.ToString(),
            Summary = AuditText.Verb(action),
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<Result<Page<AuditEvent>>> ListAsync(AuditQuery query, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ViewAuditLog))
            return Result<Page<AuditEvent>>.Forbidden("U mag het auditlogboek niet bekijken.");

        var q = Filtered(query);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        await MaskErasedAsync(items, ct);
        // The audit log names people and what they did: reading it is itself a read of personal data.
        await RecordViewAsync(actor, nameof(AuditEvent), null, query.ApproachId, $"Auditlogboek bekeken ({items.Count} regels)", ct);
        return Result<Page<AuditEvent>>.Ok(new Page<AuditEvent>(items, page.PageNumber, page.PageSize, total));
    }

    /// <summary>The most rows one CSV export holds; narrow the filters for more.</summary>
    public const int ExportLimit = 10_000;

    /// <summary>
    /// The filtered events for a CSV export, newest first (at most <see cref="ExportLimit"/>). The export is itself
    /// audited: it hands personal data (who did what) out of the application.
    /// </summary>
    public async Task<Result<List<AuditEvent>>> ExportAsync(AuditQuery query, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ViewAuditLog))
            return Result<List<AuditEvent>>.Forbidden("U mag het auditlogboek niet bekijken.");
        var items = await Filtered(query).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(ExportLimit).ToListAsync(ct);
        await MaskErasedAsync(items, ct);
        Add(actor, AuditActions.Export, nameof(AuditEvent), null, query.ApproachId, $"Auditlogboek geëxporteerd als CSV ({items.Count} regels{Describe(query)})");
        await db.SaveChangesAsync(ct);
        return Result<List<AuditEvent>>.Ok(items);
    }

    /// <summary>
    /// Shows "[verwijderd]" for every term erased at a person's request (issue 14 §7, ADR 0009). For events read without
    /// tracking: every page that shows audit events (the log, its export, recent changes) calls this.
    /// </summary>
    public async Task MaskErasedAsync(List<AuditEvent> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var terms = await db.Set<Privacy.ErasedTerm>().AsNoTracking().Select(t => t.TermProtected).ToListAsync(ct);
        Privacy.SubjectRightsService.Mask(items, terms.Select(sensitive.Unprotect).ToList());
    }

    private IQueryable<AuditEvent> Filtered(AuditQuery query)
    {
        var q = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
            q = q.Where(a => a.Action == query.Action);
        if (!string.IsNullOrWhiteSpace(query.EntityType))
            q = q.Where(a => a.EntityType == query.EntityType);
        if (query.ApproachId is { } approachId)
            q = q.Where(a => a.ApproachId == approachId);
        if (query.ActorUserId is { } userId)
            q = q.Where(a => a.ActorUserId == userId);
        if (query.From is { } from)
        {
            var start = StartOfDutchDay(from);
            q = q.Where(a => a.At >= start);
        }

        if (query.To is { } to)
        {
            var end = StartOfDutchDay(to.AddDays(1));
            q = q.Where(a => a.At < end);
        }

        return q;
    }

    private static string Describe(AuditQuery q)
    {
        var parts = new List<string>();
        if (q.Action is not null)
            parts.Add("handeling " + AuditText.Verb(q.Action).ToLowerInvariant());
        if (q.EntityType is not null)
            parts.Add("soort " + AuditText.Noun(q.EntityType));
        if (q.ActorUserId is not null)
            parts.Add("één persoon");
        if (q.ApproachId is not null)
            parts.Add("één aanpak");
        if (q.From is { } from)
            parts.Add($"vanaf {from:d-M-yyyy}");
        if (q.To is { } to)
            parts.Add($"tot en met {to:d-M-yyyy}");
        return parts.Count == 0 ? "" : "; filter: " + string.Join(", ", parts);
    }

    /// <summary>Midnight of <paramref name="day"/> in Dutch time (Europe/Amsterdam), as an instant.</summary>
    public static DateTimeOffset StartOfDutchDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var zone = DutchTimeZone();
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeZoneInfo DutchTimeZone() => Common.DutchTimeProvider.Zone;

    /// <summary>Field names whose values are never shown, also in rows written before a field was masked at write time.</summary>
    private static readonly string[] SecretMarkers = ["hash", "token", "secret", "password", "wachtwoord", "stamp", "recovery"];

    /// <summary>The changed fields of an event (before → after), with secrets, hashes and tokens masked.</summary>
    public static IReadOnlyList<AuditChange> Changes(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (string.IsNullOrWhiteSpace(e.Changes))
            return [];
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(e.Changes);
            var root = doc.RootElement;
            var before = root.TryGetProperty("before", out var b) && b.ValueKind == System.Text.Json.JsonValueKind.Object ? b : default;
            var after = root.TryGetProperty("after", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.Object ? a : default;
            var names = new List<string>();
            foreach (var side in new[] { before, after })
            {
                if (side.ValueKind != System.Text.Json.JsonValueKind.Object)
                    continue;
                foreach (var p in side.EnumerateObject())
                {
                    if (!names.Contains(p.Name, StringComparer.Ordinal))
                        names.Add(p.Name);
                }
            }

            return names.Select(n => new AuditChange(n, Value(before, n), Value(after, n))).ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    /// <summary>"Veld: voor → na; …" on one line, for the CSV export.</summary>
    public static string ChangesLine(AuditEvent e) =>
        string.Join("; ", Changes(e).Select(c => $"{c.Field}: {c.Before ?? "–"} → {c.After ?? "–"}"));

    private static bool IsSecret(string field) =>
        SecretMarkers.Any(m => field.Contains(m, StringComparison.OrdinalIgnoreCase));

    private static string? Value(System.Text.Json.JsonElement side, string name)
    {
        if (side.ValueKind != System.Text.Json.JsonValueKind.Object || !side.TryGetProperty(name, out var v))
            return null;
        if (IsSecret(name))
            return "***";
        var text = v.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Null => "(leeg)",
            System.Text.Json.JsonValueKind.String => v.GetString() ?? "",
            _ => v.GetRawText(),
        };
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
