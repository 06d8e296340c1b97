using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.DeskResearch;

/// <summary>Input for an entry of the sociale kaart.</summary>
public sealed class SocialMapInput
{
    public string? Name { get; set; }

    public SocialMapKind? Kind { get; set; }

    public string? Involved { get; set; }

    public string? ContactVia { get; set; }

    public string? Notes { get; set; }

    /// <summary>Who may read it; null keeps the current level (or the default for a new record).</summary>
    public VisibilityChoice? Visibility { get; set; }

    public Guid? Version { get; set; }

    public static SocialMapInput From(SocialMapEntry e) => new()
    {
        Name = e.Name,
        Kind = e.Kind,
        Involved = e.Involved,
        ContactVia = e.ContactVia,
        Notes = e.Notes,
        Visibility = VisibilityChoice.From(e),
        Version = e.Version,
    };
}

/// <summary>
/// The approach's sociale kaart (ESS step 3, "Gebruik een sociale kaart"): existing networks, collaborations,
/// departments and key persons. Same rules as <see cref="TrajectoryService"/>: visibility per record, Edit to change,
/// ManageMembers to change who may read, every read audited (entries can name people).
/// </summary>
public sealed class SocialMapService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit)
{
    public async Task<Result<Page<SocialMapEntry>>> ListAsync(Guid approachId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<Page<SocialMapEntry>>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var query = VisibilityRules.Filter(db.Set<SocialMapEntry>().AsNoTracking(), seen).Where(e => e.ApproachId == approachId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(e => e.Kind).ThenBy(e => e.Name).ThenBy(e => e.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        if (items.Count > 0)
            await audit.RecordViewAsync(actor, nameof(SocialMapEntry), null, approachId, $"Sociale kaart bekeken ({items.Count})", ct);
        return Result<Page<SocialMapEntry>>.Ok(new Page<SocialMapEntry>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<SocialMapEntry>> GetAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return Result<SocialMapEntry>.Denied(access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var entry = await VisibilityRules.Filter(db.Set<SocialMapEntry>().AsNoTracking(), seen).FirstOrDefaultAsync(e => e.ApproachId == approachId && e.Id == id, ct);
        if (entry is null)
            return Result<SocialMapEntry>.NotFound();
        await audit.RecordViewAsync(actor, nameof(SocialMapEntry), id.ToString(), approachId, $"Sociale kaart: '{entry.Name}' bekeken", ct);
        return Result<SocialMapEntry>.Ok(entry);
    }

    public async Task<Result<SocialMapEntry>> CreateAsync(Guid approachId, SocialMapInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.Edit, ct);
        if (access != ResultStatus.Ok)
            return Result<SocialMapEntry>.Denied(access);
        var entry = new SocialMapEntry { ApproachId = approachId };
        var errors = await ApplyAsync(entry, input, actor, ct);
        if (errors.Any)
            return Result<SocialMapEntry>.Invalid(errors);
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return Result<SocialMapEntry>.Ok(entry);
    }

    public async Task<Result<SocialMapEntry>> UpdateAsync(Guid approachId, Guid id, SocialMapInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (entry, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is not null)
            return Result<SocialMapEntry>.Denied(denied.Value);
        if (VersionedSave.MissingVersionResult<SocialMapEntry>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(entry!, input, actor, ct);
        if (errors.Any)
            return Result<SocialMapEntry>.Invalid(errors);
        return await db.SaveVersionedAsync(entry!, input.Version!.Value, entry!, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct = default)
    {
        var (entry, denied) = await FindForChangeAsync(approachId, id, actor, ct);
        if (denied is not null)
            return Result<bool>.Denied(denied.Value);
        db.Remove(entry!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<(SocialMapEntry? Entry, ResultStatus? Denied)> FindForChangeAsync(Guid approachId, Guid id, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.View, ct);
        if (access != ResultStatus.Ok)
            return (null, access);
        var seen = await approaches.VisibilityAsync(approachId, actor, ct);
        var entry = await VisibilityRules.Filter(db.Set<SocialMapEntry>(), seen).FirstOrDefaultAsync(e => e.ApproachId == approachId && e.Id == id, ct);
        if (entry is null)
            return (null, ResultStatus.NotFound);
        if (!await approaches.CanAsync(approachId, actor, ApproachPermission.Edit, ct))
            return (null, ResultStatus.Forbidden);
        return (entry, null);
    }

    private async Task<ValidationErrors> ApplyAsync(SocialMapEntry entry, SocialMapInput input, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = DeskText.Required(errors, nameof(SocialMapInput.Name), input.Name, 200, "Vul de naam in van het netwerk, het samenwerkingsverband of de organisatie.");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(SocialMapInput.Kind), "Kies wat voor verband het is.");
        var involved = DeskText.Optional(errors, nameof(SocialMapInput.Involved), input.Involved, 2000);
        var contactVia = DeskText.Optional(errors, nameof(SocialMapInput.ContactVia), input.ContactVia, 500);
        var notes = DeskText.Optional(errors, nameof(SocialMapInput.Notes), input.Notes, 4000);
        var changesVisibility = await DeskText.CheckVisibilityAsync(errors, input.Visibility, entry, nameof(SocialMapInput.Visibility), approaches, entry.ApproachId, actor, ct);
        if (errors.Any)
            return errors;
        entry.Name = name;
        entry.Kind = input.Kind!.Value;
        entry.Involved = involved;
        entry.ContactVia = contactVia;
        entry.Notes = notes;
        if (changesVisibility)
            input.Visibility!.ApplyTo(entry);
        return errors;
    }
}
