using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>
/// OpenID Connect sign-in via the municipality's identity provider. <see cref="OidcAccountLinker"/> decides (issuer +
/// subject after a first link by verified e-mail address in the provider's organisation; the organisation's MFA rule);
/// accounts are not created automatically.
/// </summary>
[PublicPage]
public sealed class InloggenExternModel(SignInManager<AppUser> signIn, AuditService audit, IAuthenticationSchemeProvider schemes, OidcAccountLinker linker) : PageModel
{
    public string Message { get; private set; } = "";

    public IActionResult OnGet() => RedirectToPage("/Inloggen");

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (await schemes.GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme) is null)
            return NotFound();
        var redirect = Url.Page("/InloggenExtern", "Callback", new { returnUrl = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/" });
        return Challenge(new AuthenticationProperties { RedirectUri = redirect }, OpenIdConnectDefaults.AuthenticationScheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is null)
        {
            Message = OidcAccountLinker.Refused;
            return Page();
        }

        var decision = await linker.DecideAsync(external.Principal, HttpContext.RequestAborted);
        var safeReturn = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        switch (decision.Outcome)
        {
            case OidcOutcome.SecondFactor:
                // The same second step as after a password sign-in.
                var twoFactor = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
                twoFactor.AddClaim(new Claim(ClaimTypes.Name, decision.User!.Id.ToString()));
                twoFactor.AddClaim(new Claim(ClaimTypes.AuthenticationMethod, "oidc"));
                await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(twoFactor));
                return RedirectToPage("/InloggenTweestaps", new { returnUrl = safeReturn });
            case OidcOutcome.SignIn:
                Claim[] claims = decision.CountsAsMfa
                    ? [new Claim(ClaimTypes.AuthenticationMethod, "oidc"), new Claim(ActorMiddleware.MfaClaim, "oidc")]
                    : [new Claim(ClaimTypes.AuthenticationMethod, "oidc")];
                await signIn.SignInWithClaimsAsync(decision.User!, isPersistent: false, claims);
                await audit.RecordAuthAsync(decision.User!.OrganisationId, decision.User.Id, decision.User.DisplayName, AuditActions.SignIn);
                return LocalRedirect(safeReturn);
            default:
                await audit.RecordAuthAsync(null, null, "onbekend", AuditActions.SignInFailed);
                Message = decision.Refusal ?? OidcAccountLinker.Refused;
                return Page();
        }
    }
}
