using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Approaches;

/// <summary>Input for creating or changing an approach.</summary>
public sealed class ApproachInput
{
    public string? Title { get; set; }

    public string? Issue { get; set; }

    public Guid? AreaId { get; set; }

    public ApproachMethod? Method { get; set; }

    public DateOnly? StartDate { get; set; }

    public ApproachStatus? Status { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Input for adding a member or changing a member's role.</summary>
public sealed class MemberInput
{
    public Guid? UserId { get; set; }

    public ApproachRole? Role { get; set; }

    /// <summary>The kind of organisation the member works for. Null keeps the saved type.</summary>
    public PartnerType? PartnerType { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>Which record's visibility to change, and to what.</summary>
public sealed class VisibilityInput
{
    /// <summary>"plan" (every version of the plan of approach), "step" (with the step id) or "assessment" (with its id).</summary>
    public string? RecordType { get; set; }

    public string? RecordId { get; set; }

    public VisibilityLevel? Visibility { get; set; }

    /// <summary>With Partners: the partner types that may read it; empty means all partners.</summary>
    public List<PartnerType>? PartnerTypes { get; set; }
}

/// <summary>An approach with the current user's role in it.</summary>
public sealed record ApproachView(Approach Approach, ApproachRole? MyRole, bool CanEdit, bool CanManageMembers);

/// <summary>
/// One row of an approach's member list as the reader may see it: fields the reader may not see are null (the API
/// omits them). See <see cref="ApproachService.ListMembersAsync"/> for the rules.
/// </summary>
public sealed record MemberEntry(Guid? Id, Guid? UserId, string DisplayName, string? Email, ApproachRole Role, PartnerType? PartnerType, Guid? Version);

/// <summary>
/// Approaches and their members. Visibility: the Coördinator (manages all) and the Beheerder (reads all, audited, no
/// content changes) see all approaches of their organisation; everyone else only the approaches they are a member of.
/// Membership is read from the database once per request (<see cref="ResolveAsync"/>, cached in
/// <see cref="ApproachAccessContext"/>), so removing a member takes effect on the very next request. Invisible
/// approaches are reported as not found.
/// </summary>
public sealed class ApproachService(WijkkrachtDbContext db, AuditService audit, ApproachAccessContext accessContext)
{
    /// <summary>Approaches the actor may see.</summary>
    public IQueryable<Approach> Visible(Actor actor) =>
        actor.Can(Permission.ManageAllApproaches) || actor.Can(Permission.ViewAllApproaches)
            ? db.Approaches
            : db.Approaches.Where(a => a.Members.Any(m => m.UserId == actor.UserId));

    public async Task<Page<ApproachView>> ListAsync(PageRequest page, Actor actor, string? search = null, ApproachStatus? status = null, CancellationToken ct = default)
    {
        var q = Visible(actor).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToUpperInvariant();
            q = q.Where(a => a.Title.ToUpper().Contains(s) || a.Area!.Name.ToUpper().Contains(s));
        }

        if (status is { } st)
            q = q.Where(a => a.Status == st);

        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(a => a.Title).Skip(page.Skip).Take(page.PageSize)
            .Select(a => new { Approach = a, a.Area, MyRole = a.Members.Where(m => m.UserId == actor.UserId).Select(m => (ApproachRole?)m.Role).FirstOrDefault() })
            .ToListAsync(ct);
        var items = rows.Select(r =>
        {
            r.Approach.Area = r.Area;
            return ToView(r.Approach, r.MyRole, actor);
        }).ToList();
        return new Page<ApproachView>(items, page.PageNumber, page.PageSize, total);
    }

    public async Task<Result<ApproachView>> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await ResolveAsync(id, actor, ct) is not { } access)
            return Result<ApproachView>.NotFound();
        if (access.MyRole is null && !actor.Can(Permission.ManageAllApproaches))
            await audit.RecordViewAsync(actor, nameof(Approach), id.ToString(), id, "Aanpak ingezien zonder lid te zijn (beheer)", ct);
        return Result<ApproachView>.Ok(ToView(access.Approach, access.MyRole, actor));
    }

    public async Task<Result<Approach>> CreateAsync(ApproachInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.CreateApproach))
            return Result<Approach>.Forbidden("U mag geen aanpak starten.");

        var approach = new Approach();
        var errors = await ApplyAsync(approach, input, ct);
        if (errors.Any)
            return Result<Approach>.Invalid(errors);

        db.Approaches.Add(approach);
        await db.SaveChangesAsync(ct);
        return Result<Approach>.Ok(approach);
    }

    public async Task<Result<Approach>> UpdateAsync(Guid id, ApproachInput input, Actor actor, CancellationToken ct = default)
    {
        if (await ResolveAsync(id, actor, ct) is not { } access)
            return Result<Approach>.NotFound();
        if (!access.Has(ApproachPermission.Edit))
            return Result<Approach>.Forbidden("U mag deze aanpak niet wijzigen.");
        var approach = await db.Approaches.FirstAsync(a => a.Id == id, ct);
        accessContext.Invalidate(id);
        if (VersionedSave.MissingVersionResult<Approach>(input.Version) is { } missingVersion)
            return missingVersion;

        var errors = await ApplyAsync(approach, input, ct);
        if (errors.Any)
            return Result<Approach>.Invalid(errors);

        return await db.SaveVersionedAsync(approach, input.Version!.Value, approach, ct);
    }

    public async Task<Result<bool>> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var approach = await Visible(actor).Include(a => a.Members).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (approach is null)
            return Result<bool>.NotFound();
        if (!actor.Can(Permission.ManageAllApproaches))
            return Result<bool>.Forbidden("Alleen een coördinator kan een aanpak verwijderen.");

        accessContext.Invalidate(id);
        db.ApproachMembers.RemoveRange(approach.Members);
        db.Approaches.Remove(approach);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>
    /// Members of an approach as the reader may see them. The read is audited: members are personal data.
    /// <list type="bullet">
    /// <item>Without <see cref="ApproachPermission.ViewMembers"/> (a network member): only the core-team members who are
    /// their contact (<see cref="RolePermissions.NetworkContactRoles"/>), with display name and approach role only.
    /// Other network members are never listed to them.</item>
    /// <item>With ViewMembers: everyone, with ids; e-mail addresses of professional members with
    /// <see cref="ApproachPermission.ViewMemberEmail"/>, of network members only with
    /// <see cref="ApproachPermission.ViewNetworkContacts"/> (the core team).</item>
    /// </list>
    /// </summary>
    public async Task<Result<List<MemberEntry>>> ListMembersAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<List<MemberEntry>>.NotFound();

        var myRole = access.MyRole;
        var full = RolePermissions.Has(actor.Role, myRole, ApproachPermission.ViewMembers);
        var q = db.ApproachMembers.AsNoTracking().Include(m => m.User).Where(m => m.ApproachId == approachId);
        if (!full)
        {
            var contacts = RolePermissions.NetworkContactRoles.ToList();
            q = q.Where(m => contacts.Contains(m.Role));
        }

        var members = await q.OrderBy(m => m.User!.DisplayName).ToListAsync(ct);
        var entries = members.Select(m => ToEntry(m, actor, myRole)).ToList();
        await audit.RecordViewAsync(actor, nameof(ApproachMember), null, approachId, $"Ledenlijst bekeken ({entries.Count} leden)", ct);
        return Result<List<MemberEntry>>.Ok(entries);
    }

    /// <summary>One member, under the same rules as the list (a member the reader may not see is not found).</summary>
    public async Task<Result<MemberEntry>> GetMemberAsync(Guid approachId, Guid memberId, Actor actor, CancellationToken ct = default)
    {
        if (await ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<MemberEntry>.NotFound();
        var myRole = access.MyRole;
        if (!access.Has(ApproachPermission.ViewMembers))
            return Result<MemberEntry>.NotFound();
        var member = await db.ApproachMembers.AsNoTracking().Include(m => m.User)
            .FirstOrDefaultAsync(m => m.ApproachId == approachId && m.Id == memberId, ct);
        if (member is null)
            return Result<MemberEntry>.NotFound();
        await audit.RecordViewAsync(actor, nameof(ApproachMember), member.Id.ToString(), approachId, "Lid bekeken", ct);
        return Result<MemberEntry>.Ok(ToEntry(member, actor, myRole));
    }

    /// <summary>The member row with only the fields the reader may see.</summary>
    public static MemberEntry ToEntry(ApproachMember m, Actor actor, ApproachRole? readerRole)
    {
        var name = m.User?.DisplayName ?? "";
        if (!RolePermissions.Has(actor.Role, readerRole, ApproachPermission.ViewMembers))
            return new MemberEntry(null, null, name, null, m.Role, null, null);
        var email = RolePermissions.Has(actor.Role, readerRole, m.Role == ApproachRole.Netwerklid ? ApproachPermission.ViewNetworkContacts : ApproachPermission.ViewMemberEmail)
            ? m.User?.Email
            : null;
        return new MemberEntry(m.Id, m.UserId, name, email, m.Role, m.PartnerType, m.Version);
    }

    public async Task<Result<ApproachMember>> AddMemberAsync(Guid approachId, MemberInput input, Actor actor, CancellationToken ct = default)
    {
        if (await ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<ApproachMember>.NotFound();
        if (!access.Has(ApproachPermission.ManageMembers))
            return Result<ApproachMember>.Forbidden("U mag de leden van deze aanpak niet beheren.");
        accessContext.Invalidate(approachId);

        var errors = new ValidationErrors();
        if (input.Role is not { } role || !Enum.IsDefined(role))
            errors.Add(nameof(MemberInput.Role), "Kies een rol in de aanpak.");
        if (!ValidPartnerType(input.PartnerType))
            errors.Add(nameof(MemberInput.PartnerType), "Kies één soort organisatie uit de lijst.");
        AppUser? user = null;
        if (input.UserId is not { } userId)
        {
            errors.Add(nameof(MemberInput.UserId), "Kies een gebruiker.");
        }
        else
        {
            user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.OrganisationId == actor.OrganisationId && u.IsActive, ct);
            if (user is null)
                errors.Add(nameof(MemberInput.UserId), "Deze gebruiker bestaat niet (of is niet actief) in uw organisatie.");
            else if (await db.ApproachMembers.AnyAsync(m => m.ApproachId == approachId && m.UserId == userId, ct))
                errors.Add(nameof(MemberInput.UserId), "Deze gebruiker is al lid van de aanpak.");
            else if (input.Role is { } chosen && Enum.IsDefined(chosen) && !RolePermissions.CanAssign(user.Role, chosen))
                errors.Add(nameof(MemberInput.Role), RoleLabels.AssignRefused(user.Role, chosen));
        }

        if (errors.Any)
            return Result<ApproachMember>.Invalid(errors);

        var member = new ApproachMember { ApproachId = approachId, UserId = user!.Id, Role = input.Role!.Value, PartnerType = input.PartnerType ?? PartnerType.Geen, User = user };
        return await SaveNewMemberAsync(db, accessContext, member, ct);
    }

    /// <summary>
    /// Adds a validated membership and saves it (the approach's member page and the user page both end here): the access
    /// cache of the approach is dropped, and a concurrent add of the same user answers 409 instead of a server error.
    /// </summary>
    public static async Task<Result<ApproachMember>> SaveNewMemberAsync(WijkkrachtDbContext db, ApproachAccessContext accessContext, ApproachMember member, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(accessContext);
        ArgumentNullException.ThrowIfNull(member);
        db.ApproachMembers.Add(member);
        accessContext.Invalidate(member.ApproachId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return Result<ApproachMember>.Conflict("Deze gebruiker is intussen al aan de aanpak toegevoegd.");
        }

        return Result<ApproachMember>.Ok(member);
    }

    public async Task<Result<ApproachMember>> UpdateMemberAsync(Guid approachId, Guid memberId, MemberInput input, Actor actor, CancellationToken ct = default)
    {
        if (await ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<ApproachMember>.NotFound();
        var member = await db.ApproachMembers.Include(m => m.User).FirstOrDefaultAsync(m => m.ApproachId == approachId && m.Id == memberId, ct);
        if (member is null)
            return Result<ApproachMember>.NotFound();
        if (!access.Has(ApproachPermission.ManageMembers))
            return Result<ApproachMember>.Forbidden("U mag de leden van deze aanpak niet beheren.");
        accessContext.Invalidate(approachId);
        if (input.Role is not { } role || !Enum.IsDefined(role))
            return Result<ApproachMember>.Invalid(nameof(MemberInput.Role), "Kies een rol in de aanpak.");
        if (VersionedSave.MissingVersionResult<ApproachMember>(input.Version) is { } missingVersion)
            return missingVersion;
        if (member.User is { } memberUser && !RolePermissions.CanAssign(memberUser.Role, role))
            return Result<ApproachMember>.Invalid(nameof(MemberInput.Role), RoleLabels.AssignRefused(memberUser.Role, role));
        if (!ValidPartnerType(input.PartnerType))
            return Result<ApproachMember>.Invalid(nameof(MemberInput.PartnerType), "Kies één soort organisatie uit de lijst.");

        member.Role = role;
        member.PartnerType = input.PartnerType ?? member.PartnerType;
        return await db.SaveVersionedAsync(member, input.Version!.Value, member, ct);
    }

    public async Task<Result<bool>> RemoveMemberAsync(Guid approachId, Guid memberId, Actor actor, CancellationToken ct = default)
    {
        if (await ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<bool>.NotFound();
        var member = await db.ApproachMembers.FirstOrDefaultAsync(m => m.ApproachId == approachId && m.Id == memberId, ct);
        if (member is null)
            return Result<bool>.NotFound();
        if (!access.Has(ApproachPermission.ManageMembers))
            return Result<bool>.Forbidden("U mag de leden van deze aanpak niet beheren.");
        accessContext.Invalidate(approachId);

        db.ApproachMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Users of the organisation who can still be added to the approach.</summary>
    /// <remarks>The list names the organisation's people: reading it is audited (issue 7, L6).</remarks>
    public async Task<List<AppUser>> CandidatesAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == actor.OrganisationId && u.IsActive)
            .Where(u => !db.ApproachMembers.Any(m => m.ApproachId == approachId && m.UserId == u.Id))
            .OrderBy(u => u.DisplayName).ToListAsync(ct);
        await audit.RecordViewAsync(actor, nameof(AppUser), null, approachId, $"Gebruikerslijst voor nieuw lid bekeken ({users.Count} gebruikers)", ct);
        return users;
    }

    /// <summary>
    /// Access check for approach-scoped features: NotFound when the actor may not see the approach at all (so ids of
    /// other organisations and of approaches one is not a member of look alike), Forbidden when visible but the
    /// permission is missing, Ok otherwise.
    /// </summary>
    public async Task<ResultStatus> AccessAsync(Guid approachId, Actor actor, ApproachPermission permission, CancellationToken ct = default) =>
        await ResolveAsync(approachId, actor, ct) is { } access ? access.Check(permission) : ResultStatus.NotFound;

    /// <summary>Whether the actor holds the permission in the approach; false for an approach the actor may not see.</summary>
    public async Task<bool> CanAsync(Guid approachId, Actor actor, ApproachPermission permission, CancellationToken ct = default) =>
        await ResolveAsync(approachId, actor, ct) is { } access && access.Has(permission);

    /// <summary>
    /// The records of <typeparamref name="T"/> in the approach that the actor may read (the visibility model, ADR 0005),
    /// tracked, with the actor's access; null when the actor may not see the approach. Readers add AsNoTracking.
    /// </summary>
    public async Task<(IQueryable<T> Records, ApproachAccess Access)?> VisibleRecordsAsync<T>(Guid approachId, Actor actor, CancellationToken ct = default)
        where T : class, IHasVisibility, IApproachScoped
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return null;
        var seen = VisibilityRules.For(actor, access.MyRole, access.PartnerType);
        return (VisibilityRules.Filter(db.Set<T>(), seen).Where(r => r.ApproachId == approachId), access);
    }

    /// <summary>What the actor may see of the approach's records with a visibility level (ADR 0005).</summary>
    public async Task<VisibilityAccess> VisibilityAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var access = await ResolveAsync(approachId, actor, ct);
        return VisibilityRules.For(actor, access?.MyRole, access?.PartnerType ?? PartnerType.Geen);
    }

    /// <summary>
    /// Changes who may read a record of the approach. Needs <see cref="ApproachPermission.ManageMembers"/> (the
    /// coordinator and the leads who decide who takes part also decide who sees what).
    /// </summary>
    public async Task<Result<VisibilityInput>> SetVisibilityAsync(Guid approachId, VisibilityInput input, Actor actor, CancellationToken ct = default)
    {
        var access = await AccessAsync(approachId, actor, ApproachPermission.ManageMembers, ct);
        if (access != ResultStatus.Ok)
            return Result<VisibilityInput>.Denied(access);
        var errors = new ValidationErrors();
        if (input.Visibility is not { } level || !Enum.IsDefined(level))
            errors.Add(nameof(VisibilityInput.Visibility), "Kies wie dit mag zien.");
        var types = input.PartnerTypes ?? [];
        if (types.Any(t => t == PartnerType.Geen || !Enum.IsDefined(t)))
            errors.Add(nameof(VisibilityInput.PartnerTypes), "Kies alleen soorten organisaties uit de lijst.");
        if (input.Visibility is not VisibilityLevel.Partners && types.Count > 0)
            errors.Add(nameof(VisibilityInput.PartnerTypes), "Soorten partners kiest u alleen bij 'Kernteam en partners'.");
        if (errors.Any)
            return Result<VisibilityInput>.Invalid(errors);

        var mask = VisibilityRules.Combine(types);
        List<IHasVisibility> records;
        switch (input.RecordType?.Trim().ToLowerInvariant())
        {
            case "plan":
                records = [.. await db.Set<Plans.PlanVersion>().Where(p => p.ApproachId == approachId).ToListAsync(ct)];
                break;
            case "step":
                var stepId = input.RecordId?.Trim() ?? "";
                var step = await db.Set<Steps.StepProgress>().FirstOrDefaultAsync(p => p.ApproachId == approachId && p.StepId == stepId, ct);
                if (step is null)
                    return Result<VisibilityInput>.NotFound();
                records = [step];
                break;
            case "assessment":
                if (!Guid.TryParse(input.RecordId, out var assessmentId))
                    return Result<VisibilityInput>.NotFound();
                var assessment = await db.Set<Preconditions.PreconditionAssessment>().FirstOrDefaultAsync(a => a.ApproachId == approachId && a.Id == assessmentId, ct);
                if (assessment is null)
                    return Result<VisibilityInput>.NotFound();
                records = [assessment];
                break;
            default:
                return Result<VisibilityInput>.Invalid(nameof(VisibilityInput.RecordType), "Kies plan, step of assessment.");
        }

        if (records.Count == 0)
            return Result<VisibilityInput>.NotFound();
        foreach (var record in records)
        {
            record.Visibility = input.Visibility!.Value;
            record.VisibleToPartnerTypes = mask;
        }

        await db.SaveChangesAsync(ct);
        return Result<VisibilityInput>.Ok(input);
    }

    /// <summary>No partner type, or exactly one partner type from the list.</summary>
    public static bool ValidPartnerType(PartnerType? type) =>
        type is null || type == PartnerType.Geen || (Enum.IsDefined(type.Value) && VisibilityRules.Split(type.Value).Count == 1);

    /// <summary>
    /// The actor's access to the approach, or null when the actor may not see it (another organisation's id, or not a
    /// member). One query — the approach with its area and the actor's membership role — per request and (approach,
    /// actor); later calls in the same request read the cached result.
    /// </summary>
    public const string AccessQueryTag = "approach-access";

    public async Task<ApproachAccess?> ResolveAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (accessContext.TryGet(approachId, actor, out var cached))
            return cached;
        var row = await Visible(actor).AsNoTracking().TagWith(AccessQueryTag).Where(a => a.Id == approachId)
            .Select(a => new
            {
                Approach = a,
                a.Area,
                MyRole = a.Members.Where(m => m.UserId == actor.UserId).Select(m => (ApproachRole?)m.Role).FirstOrDefault(),
                MyPartnerType = a.Members.Where(m => m.UserId == actor.UserId).Select(m => (PartnerType?)m.PartnerType).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
            return null;
        row.Approach.Area = row.Area;
        var access = new ApproachAccess(row.Approach, actor, row.MyRole, row.MyPartnerType ?? PartnerType.Geen);
        accessContext.Set(access);
        return access;
    }

    private static ApproachView ToView(Approach approach, ApproachRole? myRole, Actor actor) => new(
        approach,
        myRole,
        RolePermissions.Has(actor.Role, myRole, ApproachPermission.Edit),
        RolePermissions.Has(actor.Role, myRole, ApproachPermission.ManageMembers));

    private async Task<ValidationErrors> ApplyAsync(Approach approach, ApproachInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
            errors.Add(nameof(ApproachInput.Title), "Geef de aanpak een titel.");
        else if (title.Length > 200)
            errors.Add(nameof(ApproachInput.Title), "De titel mag maximaal 200 tekens lang zijn.");

        var issue = input.Issue?.Trim();
        if (string.IsNullOrEmpty(issue))
            errors.Add(nameof(ApproachInput.Issue), "Beschrijf het vraagstuk van de aanpak.");
        else if (issue.Length > 4000)
            errors.Add(nameof(ApproachInput.Issue), "De beschrijving van het vraagstuk mag maximaal 4000 tekens lang zijn.");

        if (input.AreaId is not { } areaId)
            errors.Add(nameof(ApproachInput.AreaId), "Kies het gebied van de aanpak.");
        else if (!await db.Areas.AnyAsync(a => a.Id == areaId, ct))
            errors.Add(nameof(ApproachInput.AreaId), "Dit gebied bestaat niet in uw organisatie.");

        if (input.Method is not { } method || !Enum.IsDefined(method))
            errors.Add(nameof(ApproachInput.Method), "Kies de methode die de aanpak volgt.");

        if (input.StartDate is not { } start)
            errors.Add(nameof(ApproachInput.StartDate), "Vul een geldige startdatum in (dag-maand-jaar).");
        else if (start.Year is < 2000 or > 2100)
            errors.Add(nameof(ApproachInput.StartDate), "De startdatum moet tussen 2000 en 2100 liggen.");

        if (input.Status is { } status && !Enum.IsDefined(status))
            errors.Add(nameof(ApproachInput.Status), "Kies een geldige status.");

        if (errors.Any)
            return errors;

        approach.Title = title!;
        approach.Issue = issue!;
        approach.AreaId = input.AreaId!.Value;
        approach.Method = input.Method!.Value;
        approach.StartDate = input.StartDate!.Value;
        approach.Status = input.Status ?? approach.Status;
        return errors;
    }
}
