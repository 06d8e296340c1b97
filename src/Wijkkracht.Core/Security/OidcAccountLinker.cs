using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;

namespace Wijkkracht.Core.Security;

/// <summary>Settings of the OpenID Connect provider (section Authentication:OpenIdConnect).</summary>
public sealed class OidcSettings
{
    /// <summary>GM code of the organisation the provider belongs to. Required when there is more than one organisation.</summary>
    public string? OrganisationGmCode { get; set; }
}

/// <summary>What to do with an OpenID Connect sign-in.</summary>
public enum OidcOutcome
{
    /// <summary>Sign the user in; the sign-in counts as multi-factor when <see cref="OidcDecision.CountsAsMfa"/>.</summary>
    SignIn,

    /// <summary>The user must still give a TOTP code (second step of the password sign-in).</summary>
    SecondFactor,

    Refused,
}

/// <summary>The decision for one OpenID Connect sign-in.</summary>
public sealed record OidcDecision(OidcOutcome Outcome, AppUser? User, bool CountsAsMfa, string? Refusal)
{
    public static OidcDecision Refuse(string message) => new(OidcOutcome.Refused, null, false, message);
}

/// <summary>
/// Links an OpenID Connect identity to a Wijkkracht account. After the first link an identity is found by issuer +
/// subject (Identity's user logins) only. The first link needs <c>email_verified</c> to be exactly true (missing means
/// not verified) and an e-mail address of an active account in the provider's own organisation (compared with
/// <see cref="EmailNormalizer"/>). A sign-in counts as multi-factor only if the provider says so in <c>amr</c>;
/// otherwise the organisation's MFA rule sends the user to the TOTP step.
/// </summary>
public sealed class OidcAccountLinker(UserManager<AppUser> users, WijkkrachtDbContext db, OidcSettings settings)
{
    public const string Refused = "Inloggen via uw organisatie is niet gelukt. Vraag de beheerder van uw organisatie om hulp.";

    /// <summary>amr values (RFC 8176) that show more than one factor or a possession factor.</summary>
    private static readonly HashSet<string> MfaMethods = new(StringComparer.Ordinal) { "mfa", "otp", "hwk", "sc" };

    public async Task<OidcDecision> DecideAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var subject = principal.FindFirstValue("sub") ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var issuer = principal.FindFirstValue("iss") ?? principal.FindFirst("sub")?.Issuer;
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(issuer) || issuer == ClaimsIdentity.DefaultIssuer)
            return OidcDecision.Refuse(Refused);

        var organisationId = await OrganisationAsync(ct);
        if (organisationId is null)
            return OidcDecision.Refuse("Inloggen via uw organisatie is niet ingesteld: de beheerder moet kiezen bij welke gemeente deze inlogdienst hoort.");

        var user = await users.FindByLoginAsync(issuer, subject);
        if (user is null)
        {
            var verified = principal.FindFirst("email_verified")?.Value;
            var email = principal.FindFirstValue("email");
            if (!string.Equals(verified, "true", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(email))
                return OidcDecision.Refuse("Uw organisatie gaf geen bevestigd e-mailadres door. Vraag de beheerder van uw organisatie om hulp.");
            var key = EmailNormalizer.Key(email);
            var matches = await db.Users.Where(u => u.NormalizedEmail == key && u.OrganisationId == organisationId).Take(2).ToListAsync(ct);
            if (matches.Count != 1 || !matches[0].IsActive)
                return OidcDecision.Refuse("Er is geen actief Wijkkracht-account met uw e-mailadres. Vraag de beheerder van uw organisatie om een account.");
            user = matches[0];
            // An account is linked to one subject per provider; another subject with the same address is refused.
            if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == issuer))
                return OidcDecision.Refuse(Refused);
            var added = await users.AddLoginAsync(user, new UserLoginInfo(issuer, subject, "OpenID Connect"));
            if (!added.Succeeded)
                return OidcDecision.Refuse(Refused);
        }

        if (!user.IsActive || user.OrganisationId != organisationId)
            return OidcDecision.Refuse(Refused);

        var countsAsMfa = principal.FindAll("amr").Any(c => MfaMethods.Contains(c.Value));
        if (countsAsMfa)
            return new OidcDecision(OidcOutcome.SignIn, user, true, null);
        if (user.TwoFactorEnabled)
            return new OidcDecision(OidcOutcome.SecondFactor, user, false, null);
        // Without a second factor the actor middleware sends the user to the TOTP set-up when the organisation
        // requires one, exactly as after a password sign-in.
        return new OidcDecision(OidcOutcome.SignIn, user, false, null);
    }

    private async Task<Guid?> OrganisationAsync(CancellationToken ct)
    {
        var organisations = db.Organisations.IgnoreQueryFilters();
        if (!string.IsNullOrWhiteSpace(settings.OrganisationGmCode))
        {
            var code = settings.OrganisationGmCode.Trim();
            return await organisations.Where(o => o.GmCode == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        }

        var ids = await organisations.Select(o => o.Id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }
}
