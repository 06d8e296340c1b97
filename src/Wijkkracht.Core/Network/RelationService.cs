using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Network;

/// <summary>Input for a relation. <c>Confirm</c> marks it as confirmed today (an expired relation counts again).</summary>
public sealed class RelationInput
{
    public Guid? FromActorId { get; set; }

    public Guid? ToActorId { get; set; }

    public RelationType? Type { get; set; }

    public bool Directed { get; set; }

    public int? Strength { get; set; }

    public DateOnly? Since { get; set; }

    public RelationSource? Source { get; set; }

    public Confidence? Confidence { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public bool Confirm { get; set; }

    public Guid? Version { get; set; }

    public static RelationInput From(NetworkRelation r) => new()
    {
        FromActorId = r.FromActorId,
        ToActorId = r.ToActorId,
        Type = r.Type,
        Directed = r.Directed,
        Strength = r.Strength,
        Since = r.Since,
        Source = r.Source,
        Confidence = r.Confidence,
        ExpiresOn = r.ExpiresOn,
        Version = r.Version,
    };
}

/// <summary>
/// Relations between actors of one approach (issue 12 §2), with provenance. Only the core team reads and (with Edit)
/// changes them; an actor of another approach or organisation is answered as NotFound.
/// </summary>
public sealed class RelationService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    public async Task<Result<Page<NetworkRelation>>> ListAsync(Guid approachId, Guid? actorId, PageRequest page, Actor actor, CancellationToken ct = default)
    {
        if (await ReadAccessAsync(approachId, actor, ct) is { } denied)
            return Result<Page<NetworkRelation>>.Denied(denied);
        var query = db.Set<NetworkRelation>().AsNoTracking().Where(r => r.ApproachId == approachId);
        if (actorId is { } id)
            query = query.Where(r => r.FromActorId == id || r.ToActorId == id);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return Result<Page<NetworkRelation>>.Ok(new Page<NetworkRelation>(items, page.PageNumber, page.PageSize, total));
    }

    /// <summary>Every relation of the approach (or of one actor), for the register pages (core team).</summary>
    public async Task<Result<List<NetworkRelation>>> AllAsync(Guid approachId, Guid? actorId, Actor actor, CancellationToken ct = default)
    {
        if (await ReadAccessAsync(approachId, actor, ct) is { } denied)
            return Result<List<NetworkRelation>>.Denied(denied);
        var query = db.Set<NetworkRelation>().AsNoTracking().Where(r => r.ApproachId == approachId);
        if (actorId is { } id)
            query = query.Where(r => r.FromActorId == id || r.ToActorId == id);
        return Result<List<NetworkRelation>>.Ok(await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(ct));
    }

    public async Task<Result<NetworkRelation>> GetAsync(Guid approachId, Guid relationId, Actor actor, CancellationToken ct = default)
    {
        if (await ReadAccessAsync(approachId, actor, ct) is { } denied)
            return Result<NetworkRelation>.Denied(denied);
        var relation = await db.Set<NetworkRelation>().AsNoTracking().FirstOrDefaultAsync(r => r.ApproachId == approachId && r.Id == relationId, ct);
        return relation is null ? Result<NetworkRelation>.NotFound() : Result<NetworkRelation>.Ok(relation);
    }

    public async Task<Result<NetworkRelation>> CreateAsync(Guid approachId, RelationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (await WriteAccessAsync(approachId, actor, ct) is { } denied)
            return Result<NetworkRelation>.Denied(denied);
        var relation = new NetworkRelation { ApproachId = approachId, RecordedByUserId = actor.UserId, RecordedByName = actor.DisplayName };
        var (errors, unknown) = await ApplyAsync(relation, input, ct);
        if (unknown)
            return Result<NetworkRelation>.NotFound();
        if (errors.Any)
            return Result<NetworkRelation>.Invalid(errors);
        db.Add(relation);
        await db.SaveChangesAsync(ct);
        return Result<NetworkRelation>.Ok(relation);
    }

    public async Task<Result<NetworkRelation>> UpdateAsync(Guid approachId, Guid relationId, RelationInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await ReadAccessAsync(approachId, actor, ct) is { } readDenied)
            return Result<NetworkRelation>.Denied(readDenied);
        var relation = await db.Set<NetworkRelation>().FirstOrDefaultAsync(r => r.ApproachId == approachId && r.Id == relationId, ct);
        if (relation is null)
            return Result<NetworkRelation>.NotFound();
        if (await WriteAccessAsync(approachId, actor, ct) is { } denied)
            return Result<NetworkRelation>.Denied(denied);
        if (VersionedSave.MissingVersionResult<NetworkRelation>(input.Version) is { } missing)
            return missing;
        var (errors, unknown) = await ApplyAsync(relation, input, ct);
        if (unknown)
            return Result<NetworkRelation>.NotFound();
        if (errors.Any)
            return Result<NetworkRelation>.Invalid(errors);
        return await db.SaveVersionedAsync(relation, input.Version!.Value, relation, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid relationId, Actor actor, CancellationToken ct = default)
    {
        if (await ReadAccessAsync(approachId, actor, ct) is { } readDenied)
            return Result<bool>.Denied(readDenied);
        var relation = await db.Set<NetworkRelation>().FirstOrDefaultAsync(r => r.ApproachId == approachId && r.Id == relationId, ct);
        if (relation is null)
            return Result<bool>.NotFound();
        if (await WriteAccessAsync(approachId, actor, ct) is { } denied)
            return Result<bool>.Denied(denied);
        db.Remove(relation);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private async Task<ResultStatus?> ReadAccessAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return status;
        return access!.SeesRegister ? null : ResultStatus.Forbidden;
    }

    private async Task<ResultStatus?> WriteAccessAsync(Guid approachId, Actor actor, CancellationToken ct)
    {
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return status;
        return access!.CanEdit ? null : ResultStatus.Forbidden;
    }

    private async Task<(ValidationErrors Errors, bool UnknownActor)> ApplyAsync(NetworkRelation relation, RelationInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.FromActorId is null)
            errors.Add(nameof(RelationInput.FromActorId), "Kies van wie de relatie uitgaat.");
        if (input.ToActorId is null)
            errors.Add(nameof(RelationInput.ToActorId), "Kies met wie de relatie is.");
        if (input.FromActorId is { } from && input.ToActorId is { } to)
        {
            if (from == to)
                errors.Add(nameof(RelationInput.ToActorId), "Een relatie is tussen twee verschillende actoren. Kies een andere actor.");
            var known = await db.Set<NetworkActor>().CountAsync(a => a.ApproachId == relation.ApproachId && (a.Id == from || a.Id == to), ct);
            if (known != (from == to ? 1 : 2))
                return (errors, true);
        }

        if (input.Type is not { } type || !Enum.IsDefined(type))
            errors.Add(nameof(RelationInput.Type), "Kies het soort relatie (kent, helpt of leent, werkt samen, vertrouwt, conflict).");
        var strength = input.Strength ?? 3;
        if (strength is < 1 or > 5)
            errors.Add(nameof(RelationInput.Strength), "De sterkte is een getal van 1 (zwak) tot en met 5 (sterk).");
        if (input.Source is { } source && !Enum.IsDefined(source))
            errors.Add(nameof(RelationInput.Source), "Kies een bron uit de lijst.");
        if (input.Confidence is { } confidence && !Enum.IsDefined(confidence))
            errors.Add(nameof(RelationInput.Confidence), "Kies laag, middel of hoog.");
        var today = PlausibleDates.Today(time);
        PlausibleDates.Validate(errors, nameof(RelationInput.Since), input.Since, DateMeaning.Happened, today);
        if (input.ExpiresOn is { } expires)
        {
            if (input.Since is { } since && expires < since)
                errors.Add(nameof(RelationInput.ExpiresOn), "De vervaldatum ligt vóór de datum waarop de relatie begon.");
            else if (PlausibleDates.Check(expires, DateMeaning.Planned, today) is { } problem)
                errors.Add(nameof(RelationInput.ExpiresOn), problem);
        }

        if (errors.Any)
            return (errors, false);
        relation.FromActorId = input.FromActorId!.Value;
        relation.ToActorId = input.ToActorId!.Value;
        relation.Type = input.Type!.Value;
        relation.Directed = input.Directed;
        relation.Strength = strength;
        relation.Since = input.Since;
        relation.Source = input.Source ?? RelationSource.EigenWaarneming;
        relation.Confidence = input.Confidence ?? Confidence.Middel;
        relation.ExpiresOn = input.ExpiresOn;
        if (input.Confirm)
            relation.ConfirmedOn = today;
        return (errors, false);
    }
}
