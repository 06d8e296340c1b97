using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;

namespace Wijkkracht.Core.Security;

/// <summary>Input for creating or changing a user.</summary>
public sealed class UserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public OrgRole? Role { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid? Version { get; set; }
}

/// <summary>Users of the organisation (Beheerder only). Every listing filters on the actor's organisation explicitly.</summary>
public sealed class UserAdminService(WijkkrachtDbContext db, UserManager<AppUser> users, AuditService audit)
{
    private IQueryable<AppUser> OwnUsers(Actor actor) => db.Users.Where(u => u.OrganisationId == actor.OrganisationId);

    public async Task<Result<Page<AppUser>>> ListAsync(PageRequest page, Actor actor, string? search = null, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageUsers))
            return Result<Page<AppUser>>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        var q = OwnUsers(actor).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToUpperInvariant();
            q = q.Where(u => u.DisplayName.ToUpper().Contains(s) || u.NormalizedEmail!.Contains(s));
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderBy(u => u.DisplayName).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        await audit.RecordViewAsync(actor, nameof(AppUser), null, null, $"Gebruikerslijst bekeken ({items.Count} gebruikers)", ct);
        return Result<Page<AppUser>>.Ok(new Page<AppUser>(items, page.PageNumber, page.PageSize, total));
    }

    public async Task<Result<AppUser>> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var user = await OwnUsers(actor).AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return Result<AppUser>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<AppUser>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        await audit.RecordViewAsync(actor, nameof(AppUser), id.ToString(), null, "Gebruiker bekeken", ct);
        return Result<AppUser>.Ok(user);
    }

    public async Task<Result<AppUser>> CreateAsync(UserInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ManageUsers))
            return Result<AppUser>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        var errors = Validate(input);
        if (errors.Any)
            return Result<AppUser>.Invalid(errors);

        var user = new AppUser
        {
            Email = input.Email!.Trim(),
            UserName = input.Email!.Trim(),
            DisplayName = input.DisplayName!.Trim(),
            Role = input.Role!.Value,
            IsActive = input.IsActive,
            OrganisationId = actor.OrganisationId,
            EmailConfirmed = true,
        };
        // No password: the user chooses one with a one-time activation link (ActivationService, issue 9 §8).
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
            return Result<AppUser>.Invalid(ToErrors(result));
        return Result<AppUser>.Ok(user);
    }

    public async Task<Result<AppUser>> UpdateAsync(Guid id, UserInput input, Actor actor, CancellationToken ct = default)
    {
        var user = await OwnUsers(actor).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return Result<AppUser>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<AppUser>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        var errors = Validate(input);
        errors.RequireVersion(input.Version);
        if (id == actor.UserId && (input.Role != OrgRole.Beheerder || !input.IsActive))
            errors.Add(nameof(UserInput.Role), "U kunt uw eigen beheerdersrol niet intrekken of uzelf blokkeren.");
        if (errors.Any)
            return Result<AppUser>.Invalid(errors);

        var roleOrActiveChanged = user.Role != input.Role || user.IsActive != input.IsActive;
        user.DisplayName = input.DisplayName!.Trim();
        user.Role = input.Role!.Value;
        user.IsActive = input.IsActive;
        if (!string.Equals(user.Email, input.Email!.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            user.Email = input.Email!.Trim();
            user.UserName = user.Email;
            user.NormalizedEmail = users.NormalizeEmail(user.Email);
            user.NormalizedUserName = users.NormalizeName(user.Email);
        }

        if (roleOrActiveChanged)
            user.SecurityStamp = Guid.NewGuid().ToString("N");

        try
        {
            return await db.SaveVersionedAsync(user, input.Version!.Value, user, ct);
        }
        catch (DbUpdateException)
        {
            return Result<AppUser>.Invalid(nameof(UserInput.Email), DutchIdentityErrorDescriber.UnusableEmail);
        }
    }

    /// <summary>
    /// Switches off a user's second factor (lost phone): the key and recovery codes are replaced and every session ends.
    /// The user sets it up again at the next sign-in if the organisation requires it. Audited.
    /// </summary>
    public async Task<Result<bool>> ResetSecondFactorAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var user = await OwnUsers(actor).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return Result<bool>.NotFound();
        if (!actor.Can(Permission.ManageUsers))
            return Result<bool>.Forbidden("Alleen een beheerder kan gebruikers beheren.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await users.UpdateSecurityStampAsync(user);
        audit.Add(actor, AuditActions.Update, nameof(AppUser), user.Id.ToString(), null, $"Tweestapsverificatie van {user.DisplayName} gereset door de beheerder");
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private static ValidationErrors Validate(UserInput input)
    {
        var errors = new ValidationErrors();
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email))
            errors.Add(nameof(UserInput.Email), "Vul het e-mailadres in.");
        else if (email.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            errors.Add(nameof(UserInput.Email), "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
        var name = input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name))
            errors.Add(nameof(UserInput.DisplayName), "Vul de naam in.");
        else if (name.Length > 200)
            errors.Add(nameof(UserInput.DisplayName), "De naam mag maximaal 200 tekens lang zijn.");
        if (input.Role is not { } role || !Enum.IsDefined(role))
            errors.Add(nameof(UserInput.Role), "Kies een rol.");
        return errors;
    }

    /// <summary>Maps Identity errors onto input fields.</summary>
    public static ValidationErrors ToErrors(IdentityResult result)
    {
        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(nameof(UserInput.Email), error.Description);
        }

        return errors;
    }
}
