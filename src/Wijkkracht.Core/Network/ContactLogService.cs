using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Network;

/// <summary>Input for a contact log entry.</summary>
public sealed class ContactInput
{
    public Guid? ActorId { get; set; }

    public DateOnly? Date { get; set; }

    public ContactKind? Kind { get; set; }

    public string? TeamMember { get; set; }

    public string? Note { get; set; }

    public Guid? Version { get; set; }

    public static ContactInput From(ContactLogEntry c) => new() { ActorId = c.ActorId, Date = c.Date, Kind = c.Kind, TeamMember = c.TeamMember, Note = c.Note, Version = c.Version };
}

/// <summary>An actor and the date of the last contact with them (null: never).</summary>
public sealed record StaleContact(ActorView Actor, DateOnly? LastContact);

/// <summary>
/// The contact log (issue 12 §3): who of the team spoke to which actor, when, and a short note; and the actors nobody
/// has spoken to for N weeks. Core team only. The note of a contact with a protected person is hidden from readers
/// without need-to-know; reads of a person's contacts are audited.
/// </summary>
public sealed class ContactLogService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, TimeProvider time)
{
    public const string HiddenNote = "(notitie afgeschermd)";

    public async Task<Result<Page<ContactLogEntry>>> ListAsync(Guid approachId, Guid? actorId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        var (denied, access) = await AccessAsync(approachId, actor, false, ct);
        if (denied is { } status)
            return Result<Page<ContactLogEntry>>.Denied(status);
        var query = db.Set<ContactLogEntry>().AsNoTracking().Where(c => c.ApproachId == approachId);
        if (actorId is { } id)
            query = query.Where(c => c.ActorId == id);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.Date).ThenByDescending(c => c.CreatedAt).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var masked = await MaskAsync(access!, items, ct);
        if (items.Count > 0)
            await audit.RecordViewAsync(actor, nameof(ContactLogEntry), actorId?.ToString(), approachId, $"Contactlog bekeken ({items.Count} van {total})", ct);
        return Result<Page<ContactLogEntry>>.Ok(new Page<ContactLogEntry>(masked, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<ContactLogEntry>> GetAsync(Guid approachId, Guid contactId, Actor actor, CancellationToken ct = default)
    {
        var (denied, access) = await AccessAsync(approachId, actor, false, ct);
        if (denied is { } status)
            return Result<ContactLogEntry>.Denied(status);
        var entry = await db.Set<ContactLogEntry>().AsNoTracking().FirstOrDefaultAsync(c => c.ApproachId == approachId && c.Id == contactId, ct);
        if (entry is null)
            return Result<ContactLogEntry>.NotFound();
        await audit.RecordViewAsync(actor, nameof(ContactLogEntry), entry.Id.ToString(), approachId, $"Contact van {entry.Date:d-M-yyyy} bekeken", ct);
        return Result<ContactLogEntry>.Ok((await MaskAsync(access!, [entry], ct))[0]);
    }

    /// <summary>The actors (the reader may see) nobody has spoken to for <paramref name="weeks"/> weeks, longest ago first.</summary>
    public async Task<Result<List<StaleContact>>> StaleAsync(Guid approachId, int weeks, Actor actor, CancellationToken ct = default)
    {
        var (denied, access) = await AccessAsync(approachId, actor, false, ct);
        if (denied is { } status)
            return Result<List<StaleContact>>.Denied(status);
        var since = PlausibleDates.Today(time).AddDays(-7 * Math.Clamp(weeks, 1, 520));
        var last = await db.Set<ContactLogEntry>().AsNoTracking().Where(c => c.ApproachId == approachId)
            .GroupBy(c => c.ActorId).Select(g => new { g.Key, Last = g.Max(c => c.Date) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);
        var actors = await db.Set<NetworkActor>().AsNoTracking().Where(a => a.ApproachId == approachId).ToListAsync(ct);
        return Result<List<StaleContact>>.Ok(actors
            .Select(a => (Actor: a, Last: last.TryGetValue(a.Id, out var d) ? d : (DateOnly?)null))
            .Where(x => x.Last is null || x.Last < since)
            .OrderBy(x => x.Last ?? DateOnly.MinValue).ThenBy(x => x.Actor.DisplayName, StringComparer.CurrentCulture)
            .Select(x => new StaleContact(access!.View(x.Actor), x.Last)).ToList());
    }

    public async Task<Result<ContactLogEntry>> CreateAsync(Guid approachId, ContactInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var (denied, _) = await AccessAsync(approachId, actor, true, ct);
        if (denied is { } status)
            return Result<ContactLogEntry>.Denied(status);
        var entry = new ContactLogEntry { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var (errors, unknown) = await ApplyAsync(entry, input, ct);
        if (unknown)
            return Result<ContactLogEntry>.NotFound();
        if (errors.Any)
            return Result<ContactLogEntry>.Invalid(errors);
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return Result<ContactLogEntry>.Ok(entry);
    }

    public async Task<Result<ContactLogEntry>> UpdateAsync(Guid approachId, Guid contactId, ContactInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (readDenied, _) = await AccessAsync(approachId, actor, false, ct);
        if (readDenied is { } readStatus)
            return Result<ContactLogEntry>.Denied(readStatus);
        var entry = await db.Set<ContactLogEntry>().FirstOrDefaultAsync(c => c.ApproachId == approachId && c.Id == contactId, ct);
        if (entry is null)
            return Result<ContactLogEntry>.NotFound();
        var (denied, access) = await AccessAsync(approachId, actor, true, ct);
        if (denied is { } status)
            return Result<ContactLogEntry>.Denied(status);
        if (await db.Set<NetworkActor>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == entry.ActorId, ct) is { } person && !access!.NeedToKnow(person))
            return Result<ContactLogEntry>.Forbidden(ActorService.ProtectedChangeMessage);
        if (VersionedSave.MissingVersionResult<ContactLogEntry>(input.Version) is { } missing)
            return missing;
        var (errors, unknown) = await ApplyAsync(entry, input, ct);
        if (unknown)
            return Result<ContactLogEntry>.NotFound();
        if (errors.Any)
            return Result<ContactLogEntry>.Invalid(errors);
        return await db.SaveVersionedAsync(entry, input.Version!.Value, entry, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid contactId, Actor actor, CancellationToken ct = default)
    {
        var (readDenied, _) = await AccessAsync(approachId, actor, false, ct);
        if (readDenied is { } readStatus)
            return Result<bool>.Denied(readStatus);
        var entry = await db.Set<ContactLogEntry>().FirstOrDefaultAsync(c => c.ApproachId == approachId && c.Id == contactId, ct);
        if (entry is null)
            return Result<bool>.NotFound();
        var (denied, _) = await AccessAsync(approachId, actor, true, ct);
        if (denied is { } status)
            return Result<bool>.Denied(status);
        db.Remove(entry);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<(ResultStatus? Denied, NetworkAccess? Access)> AccessAsync(Guid approachId, Actor actor, bool write, CancellationToken ct)
    {
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return (status, null);
        return (write ? access!.CanEdit : access!.SeesRegister) ? (null, access) : (ResultStatus.Forbidden, null);
    }

    private async Task<List<ContactLogEntry>> MaskAsync(NetworkAccess access, List<ContactLogEntry> items, CancellationToken ct)
    {
        var ids = items.Select(c => c.ActorId).Distinct().ToList();
        var hidden = (await db.Set<NetworkActor>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct))
            .Where(a => !access.NeedToKnow(a)).Select(a => a.Id).ToHashSet();
        foreach (var item in items.Where(c => hidden.Contains(c.ActorId)))
            item.Note = item.Note.Length == 0 ? "" : HiddenNote;
        return items;
    }

    private async Task<(ValidationErrors Errors, bool UnknownActor)> ApplyAsync(ContactLogEntry entry, ContactInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.ActorId is not { } actorId)
            errors.Add(nameof(ContactInput.ActorId), "Kies met wie er contact was.");
        else if (!await db.Set<NetworkActor>().AnyAsync(a => a.ApproachId == entry.ApproachId && a.Id == actorId, ct))
            return (errors, true);
        if (input.Date is not { } date)
            errors.Add(nameof(ContactInput.Date), "Vul de datum van het contact in.");
        else
            PlausibleDates.Validate(errors, nameof(ContactInput.Date), date, DateMeaning.Happened, PlausibleDates.Today(time));
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(ContactInput.Kind), "Kies het soort contact (gesprek, telefoon, bericht, …).");
        var member = NetworkText.Clean(errors, nameof(ContactInput.TeamMember), input.TeamMember, 200);
        if (member.Length == 0)
            errors.Add(nameof(ContactInput.TeamMember), "Vul in wie van het team het contact had.");
        var note = NetworkText.Clean(errors, nameof(ContactInput.Note), input.Note, 1000);
        if (errors.Any)
            return (errors, false);
        entry.ActorId = input.ActorId!.Value;
        entry.Date = input.Date!.Value;
        entry.Kind = input.Kind!.Value;
        entry.TeamMember = member;
        entry.Note = note;
        return (errors, false);
    }
}
