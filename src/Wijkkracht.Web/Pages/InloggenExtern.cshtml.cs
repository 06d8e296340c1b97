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
/// OpenID Connect sign-in via the municipality's identity provider. The provider's verified e-mail address must
/// belong to an active Wijkkracht account; accounts are not created automatically.
/// </summary>
[PublicPage]
public sealed class InloggenExternModel(SignInManager<AppUser> signIn, AuditService audit, IAuthenticationSchemeProvider schemes) : PageModel
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
        var email = external.Principal?.FindFirstValue("email") ?? external.Principal?.FindFirstValue(ClaimTypes.Email);
        var verified = external.Principal?.FindFirstValue("email_verified");
        if (!external.Succeeded || string.IsNullOrEmpty(email) || string.Equals(verified, "false", StringComparison.OrdinalIgnoreCase))
        {
            Message = "Uw organisatie gaf geen (bevestigd) e-mailadres door.";
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || !user.IsActive)
        {
            await audit.RecordAuthAsync(user?.OrganisationId, user?.Id, "onbekend", AuditActions.SignInFailed);
            Message = "Er is geen actief Wijkkracht-account met uw e-mailadres. Vraag de beheerder van uw organisatie om een account.";
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "oidc");
        await audit.RecordAuthAsync(user.OrganisationId, user.Id, user.DisplayName, AuditActions.SignIn);
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
