using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;

namespace Wijkkracht.Core.Network;

/// <summary>Input for an actor. Judgements (influence, stance) are set by the core team only.</summary>
public sealed class ActorInput
{
    public ActorKind? Kind { get; set; }

    public string? DisplayName { get; set; }

    public bool Informal { get; set; }

    public List<string> Roles { get; set; } = [];

    public PpctLevel? Sphere { get; set; }

    public string? Talents { get; set; }

    public string? Drives { get; set; }

    public string? RespondsTo { get; set; }

    public Willingness? Willingness { get; set; }

    public string? Contribution { get; set; }

    public string? LanguageNeeds { get; set; }

    public Compensation? Compensation { get; set; }

    public DateOnly? MemberSince { get; set; }

    public Guid? ContactUserId { get; set; }

    public ProtectionLevel? Protection { get; set; }

    public string? Influence { get; set; }

    public Stance? Stance { get; set; }

    public Guid? Version { get; set; }

    public static ActorInput From(NetworkActor a) => new()
    {
        Kind = a.Kind,
        DisplayName = a.DisplayName,
        Informal = a.Informal,
        Roles = [.. a.Roles],
        Sphere = a.Sphere,
        Talents = a.Talents,
        Drives = a.Drives,
        RespondsTo = a.RespondsTo,
        Willingness = a.Willingness,
        Contribution = a.Contribution,
        LanguageNeeds = a.LanguageNeeds,
        Compensation = a.Compensation,
        MemberSince = a.MemberSince,
        ContactUserId = a.ContactUserId,
        Protection = a.Protection,
        Influence = a.Influence,
        Stance = a.Stance,
        Version = a.Version,
    };
}

/// <summary>Filters of the actor list.</summary>
public sealed record ActorFilter(ActorKind? Kind = null, string? Role = null, string? Search = null);

/// <summary>Input for showing a protected person's identity: the reason is required and goes into the audit log.</summary>
public sealed class RevealInput
{
    public string? Reason { get; set; }
}

/// <summary>
/// The actors of an approach's network (issue 12 §1). The core team reads and (with Edit) changes the register;
/// partners read only the actors they are the contact of; network members never see it. Protected persons are
/// pseudonymised for readers without need-to-know (<see cref="NetworkAccess"/>), and every read of a person is audited.
/// </summary>
public sealed class ActorService(WijkkrachtDbContext db, ApproachService approaches, AuditService audit, NetworkRoleCatalog roles, TimeProvider time)
{
    public const string ProtectedChangeMessage = "Deze persoon is afgeschermd. Alleen wie dat moet weten (de gemeenteverbinder, de procesregisseur of de eigen contactpersoon) kan de gegevens wijzigen.";

    public async Task<Result<Page<ActorView>>> ListAsync(Guid approachId, ActorFilter filter, PageRequest page, Core.Security.Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<Page<ActorView>>.Denied(status);
        var query = Visible(access!);
        if (filter.Kind is { } kind)
            query = query.Where(a => a.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            var role = filter.Role.Trim();
            query = query.Where(a => a.Roles.Contains(role));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            query = query.Where(a => a.DisplayName.ToLower().Contains(term));
            // A search must not find a protected person by the name the reader may not see.
            if (!access!.ManagesApproach)
                query = query.Where(a => !(a.Kind == ActorKind.Persoon && a.Protection != ProtectionLevel.Normaal) || a.ContactUserId == actor.UserId);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(a => a.DisplayName).ThenBy(a => a.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        await AuditPersonsAsync(actor, approachId, items, total, ct);
        return Result<Page<ActorView>>.Ok(new Page<ActorView>(items.Select(access!.View).ToList(), page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<ActorView>> GetAsync(Guid approachId, Guid actorId, Core.Security.Actor actor, CancellationToken ct = default)
    {
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<ActorView>.Denied(status);
        var item = await Visible(access!).FirstOrDefaultAsync(a => a.Id == actorId, ct);
        if (item is null)
            return Result<ActorView>.NotFound();
        var view = access!.View(item);
        if (item.Kind == ActorKind.Persoon)
            await audit.RecordViewAsync(actor, nameof(NetworkActor), item.Id.ToString(), approachId, $"Persoon in het netwerk bekeken ({(item.IsProtected ? NetworkAccess.Pseudonym(item.Id) : view.Actor.DisplayName)})", ct);
        return Result<ActorView>.Ok(view);
    }

    /// <summary>
    /// Shows a protected person to a core-team reader without need-to-know, for this one request: the reason (10–500
    /// characters) is required and recorded in an audit event of its own. Partners and others: 403; another
    /// organisation's actor: 404. For a reader with need-to-know, or an actor who is not protected, it is the normal view.
    /// </summary>
    public async Task<Result<ActorView>> RevealAsync(Guid approachId, Guid actorId, RevealInput input, Core.Security.Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<ActorView>.Denied(status);
        var item = await Visible(access!).FirstOrDefaultAsync(a => a.Id == actorId, ct);
        if (item is null)
            return Result<ActorView>.NotFound();
        if (!access!.SeesRegister)
            return Result<ActorView>.Denied(ResultStatus.Forbidden);
        var reason = TextInput.Clean(input.Reason ?? "").Trim();
        if (reason.Length < 10)
            return Result<ActorView>.Invalid(nameof(RevealInput.Reason), "Schrijf in ten minste 10 tekens waarom u moet weten wie dit is. De reden komt in het auditlogboek.");
        if (reason.Length > 500)
            return Result<ActorView>.Invalid(nameof(RevealInput.Reason), "De reden is maximaal 500 tekens.");
        if (access.NeedToKnow(item))
            return Result<ActorView>.Ok(access.View(item));
        audit.Add(actor, AuditActions.Reveal, nameof(NetworkActor), item.Id.ToString(), approachId,
            $"Afgeschermde persoon getoond ({NetworkAccess.Pseudonym(item.Id)}). Reden: {reason}");
        await db.SaveChangesAsync(ct);
        return Result<ActorView>.Ok(new ActorView(item, false, access.SeesJudgements));
    }

    /// <summary>Every actor of the approach the reader may see, by name, for pick lists and the analysis table (audited when it holds persons).</summary>
    public async Task<Result<List<ActorView>>> AllAsync(Guid approachId, Core.Security.Actor actor, CancellationToken ct = default)
    {
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<List<ActorView>>.Denied(status);
        var items = await Visible(access!).OrderBy(a => a.DisplayName).ThenBy(a => a.Id).ToListAsync(ct);
        await AuditPersonsAsync(actor, approachId, items, items.Count, ct);
        return Result<List<ActorView>>.Ok(items.Select(access!.View).ToList());
    }

    public async Task<Result<ActorView>> CreateAsync(Guid approachId, ActorInput input, Core.Security.Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return Result<ActorView>.Denied(status);
        if (!access!.CanEdit)
            return Result<ActorView>.Denied(ResultStatus.Forbidden);
        var item = new NetworkActor { ApproachId = approachId, CreatedByUserId = actor.UserId };
        var errors = await ApplyAsync(item, input, ct);
        if (errors.Any)
            return Result<ActorView>.Invalid(errors);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return Result<ActorView>.Ok(access.View(item));
    }

    public async Task<Result<ActorView>> UpdateAsync(Guid approachId, Guid actorId, ActorInput input, Core.Security.Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (item, access, denied) = await FindForChangeAsync(approachId, actorId, actor, ct);
        if (denied is not null)
            return denied.Status == ResultStatus.Forbidden && denied.Message is { } message ? Result<ActorView>.Forbidden(message) : Result<ActorView>.Denied(denied.Status);
        if (VersionedSave.MissingVersionResult<ActorView>(input.Version) is { } missing)
            return missing;
        var errors = await ApplyAsync(item!, input, ct);
        if (errors.Any)
            return Result<ActorView>.Invalid(errors);
        // Editors are core team with need-to-know, so the view is the tracked entity itself and carries the new version.
        return await db.SaveVersionedAsync(item!, input.Version!.Value, access!.View(item!), ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid approachId, Guid actorId, Core.Security.Actor actor, CancellationToken ct = default)
    {
        var (item, _, denied) = await FindForChangeAsync(approachId, actorId, actor, ct);
        if (denied is not null)
            return denied.Status == ResultStatus.Forbidden && denied.Message is { } message ? Result<bool>.Forbidden(message) : Result<bool>.Denied(denied.Status);
        db.Remove(item!);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private sealed record Denial(ResultStatus Status, string? Message = null);

    private async Task<(NetworkActor? Item, NetworkAccess? Access, Denial? Denied)> FindForChangeAsync(Guid approachId, Guid actorId, Core.Security.Actor actor, CancellationToken ct)
    {
        var (status, access) = await NetworkAccess.ResolveAsync(approaches, approachId, actor, ct);
        if (status != ResultStatus.Ok)
            return (null, null, new Denial(status));
        var item = await db.Set<NetworkActor>().FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == actorId, ct);
        if (item is null || !access!.MaySee(item))
            return (null, null, new Denial(ResultStatus.NotFound));
        if (!access.CanEdit)
            return (null, null, new Denial(ResultStatus.Forbidden));
        if (!access.NeedToKnow(item))
            return (null, null, new Denial(ResultStatus.Forbidden, ProtectedChangeMessage));
        return (item, access, null);
    }

    private IQueryable<NetworkActor> Visible(NetworkAccess access)
    {
        var query = db.Set<NetworkActor>().AsNoTracking().Where(a => a.ApproachId == access.ApproachId);
        if (access.Level != NetworkReadLevel.Team)
        {
            var userId = access.Actor.UserId;
            query = query.Where(a => a.ContactUserId == userId);
        }

        return query;
    }

    private async Task AuditPersonsAsync(Core.Security.Actor actor, Guid approachId, List<NetworkActor> items, int total, CancellationToken ct)
    {
        var persons = items.Count(a => a.Kind == ActorKind.Persoon);
        if (persons > 0)
            await audit.RecordViewAsync(actor, nameof(NetworkActor), null, approachId, $"Personen in het netwerk bekeken ({persons}; {items.Count} van {total} actoren)", ct);
    }

    private async Task<ValidationErrors> ApplyAsync(NetworkActor item, ActorInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(nameof(ActorInput.Kind), "Kies of het een persoon, groep, organisatie of netwerk is.");
        var name = NetworkText.Clean(errors, nameof(ActorInput.DisplayName), input.DisplayName, 100);
        if (name.Length == 0)
            errors.Add(nameof(ActorInput.DisplayName), "Geef een naam. Bij een persoon: een voornaam en initiaal of een schuilnaam, geen volledige naam.");
        var chosenRoles = input.Roles.Select(r => r?.Trim() ?? "").Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (chosenRoles.Any(r => !roles.Contains(r)))
            errors.Add(nameof(ActorInput.Roles), "Kies rollen uit de lijst.");
        if (input.Sphere is { } sphere && !Enum.IsDefined(sphere))
            errors.Add(nameof(ActorInput.Sphere), "Kies een niveau uit de lijst.");
        if (input.Willingness is { } willingness && !Enum.IsDefined(willingness))
            errors.Add(nameof(ActorInput.Willingness), "Kies een waarde uit de lijst.");
        if (input.Compensation is { } compensation && !Enum.IsDefined(compensation))
            errors.Add(nameof(ActorInput.Compensation), "Kies vrijwilliger, vergoeding, betaald of niet van toepassing.");
        if (input.Stance is { } stance && !Enum.IsDefined(stance))
            errors.Add(nameof(ActorInput.Stance), "Kies een waarde uit de lijst.");
        var protection = input.Protection ?? ProtectionLevel.Normaal;
        if (!Enum.IsDefined(protection))
            errors.Add(nameof(ActorInput.Protection), "Kies een beschermingsniveau uit de lijst.");
        else if (protection != ProtectionLevel.Normaal && input.Kind is not ActorKind.Persoon)
            errors.Add(nameof(ActorInput.Protection), "Alleen een persoon kan afgeschermd worden. Kies 'Normaal' of kies soort 'Persoon'.");
        var talents = NetworkText.Clean(errors, nameof(ActorInput.Talents), input.Talents, 1000);
        var drives = NetworkText.Clean(errors, nameof(ActorInput.Drives), input.Drives, 1000);
        var respondsTo = NetworkText.Clean(errors, nameof(ActorInput.RespondsTo), input.RespondsTo, 1000);
        var contribution = NetworkText.Clean(errors, nameof(ActorInput.Contribution), input.Contribution, 1000);
        var language = NetworkText.Clean(errors, nameof(ActorInput.LanguageNeeds), input.LanguageNeeds, 200);
        var influence = NetworkText.Clean(errors, nameof(ActorInput.Influence), input.Influence, 1000);
        PlausibleDates.Validate(errors, nameof(ActorInput.MemberSince), input.MemberSince, DateMeaning.Happened, PlausibleDates.Today(time));
        if (input.ContactUserId is { } contact
            && !await db.ApproachMembers.AnyAsync(m => m.ApproachId == item.ApproachId && m.UserId == contact && m.Role != Security.ApproachRole.Netwerklid, ct))
            errors.Add(nameof(ActorInput.ContactUserId), "Kies als contactpersoon iemand uit het team of een partner van deze aanpak.");
        if (errors.Any)
            return errors;
        item.Kind = input.Kind!.Value;
        item.DisplayName = name;
        item.Informal = input.Informal;
        item.Roles = chosenRoles;
        item.Sphere = input.Sphere;
        item.Talents = talents;
        item.Drives = drives;
        item.RespondsTo = respondsTo;
        item.Willingness = input.Willingness ?? Willingness.Onbekend;
        item.Contribution = contribution;
        item.LanguageNeeds = language;
        item.Compensation = input.Compensation ?? Compensation.NietVanToepassing;
        item.MemberSince = input.MemberSince;
        item.ContactUserId = input.ContactUserId;
        item.Protection = protection;
        item.Influence = influence;
        item.Stance = input.Stance ?? Stance.Onbekend;
        return errors;
    }
}

/// <summary>Text rules of the network forms: refused characters removed, trimmed, a maximum length.</summary>
internal static class NetworkText
{
    public static string Clean(ValidationErrors errors, string field, string? value, int max)
    {
        var text = TextInput.Clean(value ?? "").Trim();
        if (text.Length > max)
            errors.Add(field, $"Maximaal {max} tekens.");
        return text;
    }
}
