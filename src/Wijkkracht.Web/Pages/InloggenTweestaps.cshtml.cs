using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>Second step of sign-in: the TOTP code, or one of the user's recovery codes.</summary>
[EnableRateLimiting(ServiceSetup.LoginRateLimit)]
[PublicPage]
public sealed class InloggenTweestapsModel(SignInManager<AppUser> signIn, AuditService audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Inloggen") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return RedirectToPage("/Inloggen");

        var raw = (Code ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);
        var code = raw.Replace("-", "", StringComparison.Ordinal);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        }
        else if (code.Length == 10 && code.All(char.IsAsciiLetterOrDigit))
        {
            // A recovery code ("XXXXX-XXXXX"); each code works once.
            var recovery = code.ToUpperInvariant();
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(recovery[..5] + "-" + recovery[5..]);
        }
        else
        {
            ModelState.AddModelError(nameof(Code), "Vul de code van 6 cijfers uit uw authenticator-app in, of een herstelcode.");
            return Page();
        }

        if (result.Succeeded)
        {
            await audit.RecordAuthAsync(user.OrganisationId, user.Id, user.DisplayName, AuditActions.SignIn);
            return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        await audit.RecordAuthAsync(user.OrganisationId, user.Id, user.DisplayName, AuditActions.SignInFailed);
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
            : "Deze code klopt niet. Let op: een code is maar 30 seconden geldig en werkt maar één keer.");
        return Page();
    }
}
