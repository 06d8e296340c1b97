using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Notifications;

namespace Wijkkracht.Core.Security;

/// <summary>A freshly issued activation link: the token is shown once (or e-mailed) and never stored.</summary>
public sealed record ActivationIssued(AppUser User, string Token, DateTimeOffset ExpiresAt);

/// <summary>What an activation token leads to.</summary>
public enum ActivationState
{
    Valid,
    Expired,
    Unknown,
}

/// <summary>Input of the activation page.</summary>
public sealed class ActivationInput
{
    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

/// <summary>
/// One-time activation links (issue 9 §8): a new account gets a link instead of a password someone else chose; the
/// user chooses their own password with it. The Beheerder can issue a new link for an existing account (password reset).
/// Links are single-use, expire after <see cref="Lifetime"/>, and are stored only as a SHA-256 hash. Issuing and using
/// a link is audited.
/// </summary>
public sealed class ActivationService(WijkkrachtDbContext db, UserManager<AppUser> users, AuditService audit, TimeProvider time, IMailSender mail, TenantContext tenant)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public bool MailEnabled => mail.IsEnabled;

    /// <summary>Issues a new link for <paramref name="user"/>; older unused links of the user stop working.</summary>
    public async Task<ActivationIssued> IssueAsync(AppUser user, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        foreach (var old in await db.Set<ActivationLink>().Where(l => l.UserId == user.Id && l.UsedAt == null).ToListAsync(ct))
            old.UsedAt = now;
        var token = "wka_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var link = new ActivationLink
        {
            OrganisationId = user.OrganisationId,
            UserId = user.Id,
            TokenHash = ApiTokenService.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.Add(link);
        audit.Add(actor, AuditActions.Create, nameof(AppUser), user.Id.ToString(), null, $"Activatielink gemaakt voor {user.DisplayName} (geldig tot {link.ExpiresAt.ToDutchTime():d-M-yyyy})");
        await db.SaveChangesAsync(ct);
        return new ActivationIssued(user, token, link.ExpiresAt);
    }

    /// <summary>E-mails the link when SMTP is configured; false otherwise (the link is then shown to hand over).</summary>
    public Task<bool> SendAsync(ActivationIssued issued, string url, string organisationName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(issued);
        if (!mail.IsEnabled || string.IsNullOrEmpty(issued.User.Email))
            return Task.FromResult(false);
        var body =
            $"Beste {issued.User.DisplayName},\n\n" +
            $"Er is een account voor u gemaakt in Wijkkracht van {organisationName}.\n" +
            $"Open deze link en kies zelf een wachtwoord:\n\n{url}\n\n" +
            $"De link werkt één keer en is geldig tot {issued.ExpiresAt.ToDutchTime():d-M-yyyy HH:mm}.\n" +
            "Heeft u hier niet om gevraagd? Dan kunt u deze e-mail negeren.\n";
        return mail.SendAsync(issued.User.Email, issued.User.DisplayName, "Uw account in Wijkkracht", body, ct);
    }

    /// <summary>The state of a token and, when valid, its user.</summary>
    public async Task<(ActivationState State, AppUser? User)> CheckAsync(string? token, CancellationToken ct = default)
    {
        var (state, _, user) = await FindAsync(token, ct);
        return (state, user);
    }

    /// <summary>Sets the chosen password (under the normal password rules) and uses up the link.</summary>
    public async Task<Result<AppUser>> ActivateAsync(string? token, ActivationInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (state, link, user) = await FindAsync(token, ct);
        if (state != ActivationState.Valid)
            return Result<AppUser>.NotFound();
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(input.Password))
            errors.Add(nameof(ActivationInput.Password), "Kies een wachtwoord van minstens 12 tekens.");
        else if (!string.Equals(input.Password, input.ConfirmPassword, StringComparison.Ordinal))
            errors.Add(nameof(ActivationInput.ConfirmPassword), "De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.");
        if (errors.Any)
            return Result<AppUser>.Invalid(errors);

        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user!, input.Password!);
            foreach (var error in check.Errors)
                errors.Add(nameof(ActivationInput.Password), error.Description);
        }

        if (errors.Any)
            return Result<AppUser>.Invalid(errors);

        // The user is not signed in: the change is theirs, so the audit diff names them (not "systeem").
        if (tenant.Actor is null)
            tenant.SetActor(new Actor(user!.Id, user.OrganisationId, user.Role, user.DisplayName));
        user!.PasswordHash = users.PasswordHasher.HashPassword(user, input.Password!);
        user.MustChangePassword = false;
        user.EmailConfirmed = true;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        link!.UsedAt = time.GetUtcNow();
        db.AuditEvents.Add(new AuditEvent
        {
            OrganisationId = user.OrganisationId,
            At = time.GetUtcNow(),
            ActorUserId = user.Id,
            ActorName = user.DisplayName,
            Action = AuditActions.Update,
            EntityType = nameof(AppUser),
            EntityId = user.Id.ToString(),
            Summary = $"Account geactiveerd met de activatielink: {user.DisplayName} koos een wachtwoord",
        });
        await db.SaveChangesAsync(ct);
        return Result<AppUser>.Ok(user);
    }

    private async Task<(ActivationState, ActivationLink?, AppUser?)> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
            return (ActivationState.Unknown, null, null);
        var hash = ApiTokenService.Hash(token.Trim());
        var link = await db.Set<ActivationLink>().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null || link.UsedAt is not null)
            return (ActivationState.Unknown, null, null);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == link.UserId && u.OrganisationId == link.OrganisationId, ct);
        if (user is null || !user.IsActive)
            return (ActivationState.Unknown, null, null);
        if (link.ExpiresAt <= time.GetUtcNow())
            return (ActivationState.Expired, link, user);
        return (ActivationState.Valid, link, user);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
