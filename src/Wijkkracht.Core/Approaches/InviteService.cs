using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Approaches;

/// <summary>A coordinator's invitation of a (new) partner into an approach.</summary>
public sealed class InviteInput
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public PartnerType? PartnerType { get; set; }

    /// <summary>Partner or Netwerklid: the account becomes a Partnermedewerker or a Bewoner accordingly.</summary>
    public ApproachRole? Role { get; set; }
}

/// <summary>The outcome: the membership, and an activation link when a new account was made.</summary>
public sealed record InviteOutcome(ApproachMember Member, AppUser User, ActivationIssued? Activation);

/// <summary>
/// Invites a partner into an approach (issue 9 §8): with an e-mail address that already has an account in the
/// organisation only the membership is added; otherwise an account is made (organisation role Partner for the approach
/// role Partner, Netwerklid for Netwerklid), it becomes a member, and it gets a one-time activation link. Accounts of
/// other organisations are never matched: an address in use elsewhere gets the same neutral message as any unusable one.
/// </summary>
public sealed class InviteService(WijkkrachtDbContext db, UserManager<AppUser> users, ApproachService approaches, ActivationService activation)
{
    /// <summary>The approach roles one can invite a new account into.</summary>
    public static readonly IReadOnlyList<ApproachRole> InvitableRoles = [ApproachRole.Partner, ApproachRole.Netwerklid];

    public async Task<Result<InviteOutcome>> InviteAsync(Guid approachId, InviteInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.AccessAsync(approachId, actor, ApproachPermission.ManageMembers, ct);
        if (access != ResultStatus.Ok)
            return Result<InviteOutcome>.Denied(access);

        var errors = new ValidationErrors();
        var name = input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name))
            errors.Add(nameof(InviteInput.DisplayName), "Vul de naam in.");
        else if (name.Length > 200)
            errors.Add(nameof(InviteInput.DisplayName), "De naam mag maximaal 200 tekens lang zijn.");
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email))
            errors.Add(nameof(InviteInput.Email), "Vul het e-mailadres in.");
        else if (email.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            errors.Add(nameof(InviteInput.Email), "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.");
        if (input.Role is not { } role || !InvitableRoles.Contains(role))
            errors.Add(nameof(InviteInput.Role), "Kies partner of netwerklid.");
        if (errors.Any)
            return Result<InviteOutcome>.Invalid(errors);

        var key = EmailNormalizer.Key(email!);
        var existing = await db.Users.FirstOrDefaultAsync(u => u.OrganisationId == actor.OrganisationId && u.NormalizedEmail == key, ct);
        if (existing is not null)
        {
            var added = await approaches.AddMemberAsync(approachId, new MemberInput { UserId = existing.Id, Role = input.Role, PartnerType = input.PartnerType }, actor, ct);
            return added.IsOk
                ? Result<InviteOutcome>.Ok(new InviteOutcome(added.Value!, existing, null))
                : Result<InviteOutcome>.Invalid(ToInviteErrors(added));
        }

        var user = new AppUser
        {
            Email = email,
            UserName = email,
            DisplayName = name!,
            Role = input.Role == ApproachRole.Netwerklid ? OrgRole.Netwerklid : OrgRole.Partner,
            IsActive = true,
            OrganisationId = actor.OrganisationId,
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            return Result<InviteOutcome>.Invalid(nameof(InviteInput.Email), DutchIdentityErrorDescriber.UnusableEmail);
        var member = await approaches.AddMemberAsync(approachId, new MemberInput { UserId = user.Id, Role = input.Role, PartnerType = input.PartnerType }, actor, ct);
        if (!member.IsOk)
            return Result<InviteOutcome>.Invalid(ToInviteErrors(member));
        var issued = await activation.IssueAsync(user, actor, ct);
        return Result<InviteOutcome>.Ok(new InviteOutcome(member.Value!, user, issued));
    }

    /// <summary>Maps the member form's field names onto the invite form's.</summary>
    private static ValidationErrors ToInviteErrors(Result<ApproachMember> result)
    {
        var errors = new ValidationErrors();
        foreach (var (field, messages) in result.Errors)
        {
            var target = field == nameof(MemberInput.UserId) ? nameof(InviteInput.Email) : field;
            foreach (var message in messages)
                errors.Add(target, message);
        }

        if (!errors.Any)
            errors.Add(nameof(InviteInput.Email), result.Message ?? "Het uitnodigen is niet gelukt. Probeer het opnieuw.");
        return errors;
    }
}
