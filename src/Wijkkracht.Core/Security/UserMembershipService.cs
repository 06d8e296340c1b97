using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Security;

/// <summary>One approach a user belongs to, as the Beheerder sees it on the user page.</summary>
public sealed record UserMembership(Guid MemberId, Guid ApproachId, string ApproachTitle, ApproachRole Role, PartnerType PartnerType, Guid Version);

/// <summary>Input for adding a user to an approach from the user page.</summary>
public sealed class UserMembershipInput
{
    public Guid? ApproachId { get; set; }

    public ApproachRole? Role { get; set; }

    public PartnerType? PartnerType { get; set; }
}

/// <summary>
/// The user page's approaches (issue 9 §8): the Beheerder, who manages accounts, sees and edits which approaches a user
/// belongs to with which approach role and partner type — access administration, not content. The same rules as on an
/// approach's member page apply (<see cref="RolePermissions.CanAssign"/>); every change is audited by the DbContext.
/// </summary>
public sealed class UserMembershipService(WijkkrachtDbContext db, ApproachAccessContext accessContext)
{
    public async Task<Result<List<UserMembership>>> ListAsync(Guid userId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await OwnUserExistsAsync(userId, actor, ct))
            return Result<List<UserMembership>>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<List<UserMembership>>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        var rows = await db.ApproachMembers.AsNoTracking().Where(m => m.UserId == userId)
            .OrderBy(m => m.Approach!.Title)
            .Select(m => new UserMembership(m.Id, m.ApproachId, m.Approach!.Title, m.Role, m.PartnerType, m.Version))
            .ToListAsync(ct);
        return Result<List<UserMembership>>.Ok(rows);
    }

    /// <summary>Approaches of the organisation the user is not yet a member of.</summary>
    public async Task<List<(Guid Id, string Title)>> OtherApproachesAsync(Guid userId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ManageUsers))
            return [];
        var rows = await db.Approaches.AsNoTracking().Where(a => !a.Members.Any(m => m.UserId == userId))
            .OrderBy(a => a.Title).Select(a => new { a.Id, a.Title }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Title)).ToList();
    }

    public async Task<Result<ApproachMember>> AddAsync(Guid userId, UserMembershipInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.OrganisationId == actor.OrganisationId, ct);
        if (user is null)
            return Result<ApproachMember>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<ApproachMember>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        var errors = new ValidationErrors();
        if (input.ApproachId is not { } approachId || !await db.Approaches.AnyAsync(a => a.Id == approachId, ct))
            errors.Add(nameof(UserMembershipInput.ApproachId), "Kies een aanpak.");
        else if (await db.ApproachMembers.AnyAsync(m => m.ApproachId == approachId && m.UserId == userId, ct))
            errors.Add(nameof(UserMembershipInput.ApproachId), "Deze gebruiker is al lid van deze aanpak.");
        ValidateRole(errors, user.Role, input.Role, input.PartnerType);
        if (errors.Any)
            return Result<ApproachMember>.Invalid(errors);
        var member = new ApproachMember { ApproachId = input.ApproachId!.Value, UserId = userId, Role = input.Role!.Value, PartnerType = input.PartnerType ?? PartnerType.Geen };
        return await ApproachService.SaveNewMemberAsync(db, accessContext, member, ct);
    }

    public async Task<Result<ApproachMember>> UpdateAsync(Guid userId, Guid memberId, MemberInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var member = await db.ApproachMembers.Include(m => m.User).FirstOrDefaultAsync(m => m.Id == memberId && m.UserId == userId && m.User!.OrganisationId == actor.OrganisationId, ct);
        if (member is null)
            return Result<ApproachMember>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<ApproachMember>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        var errors = new ValidationErrors();
        ValidateRole(errors, member.User!.Role, input.Role, input.PartnerType);
        errors.RequireVersion(input.Version);
        if (errors.Any)
            return Result<ApproachMember>.Invalid(errors);
        member.Role = input.Role!.Value;
        member.PartnerType = input.PartnerType ?? member.PartnerType;
        accessContext.Invalidate(member.ApproachId);
        return await db.SaveVersionedAsync(member, input.Version!.Value, member, ct);
    }

    public async Task<Result<bool>> RemoveAsync(Guid userId, Guid memberId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var member = await db.ApproachMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.UserId == userId && m.User!.OrganisationId == actor.OrganisationId, ct);
        if (member is null)
            return Result<bool>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<bool>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        accessContext.Invalidate(member.ApproachId);
        db.ApproachMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private static void ValidateRole(ValidationErrors errors, OrgRole accountRole, ApproachRole? role, PartnerType? partnerType)
    {
        if (role is not { } chosen || !Enum.IsDefined(chosen))
            errors.Add(nameof(UserMembershipInput.Role), "Kies een rol in de aanpak.");
        else if (!RolePermissions.CanAssign(accountRole, chosen))
            errors.Add(nameof(UserMembershipInput.Role), RoleLabels.AssignRefused(accountRole, chosen));
        if (!ApproachService.ValidPartnerType(partnerType))
            errors.Add(nameof(UserMembershipInput.PartnerType), "Kies één soort organisatie uit de lijst.");
    }

    private Task<bool> OwnUserExistsAsync(Guid userId, Actor actor, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.Id == userId && u.OrganisationId == actor.OrganisationId, ct);
}
