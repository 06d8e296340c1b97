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
public sealed class InloggenTweestapsModel(SignInManager<AppUser> signIn, AuditService audit, Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>A form kept when the session expired (<see cref="ExpiredSessionMiddleware"/>), carried from the sign-in page.</summary>
    [BindProperty]
    public string? BewaardFormulier { get; set; }

    /// <summary>After the code: the kept form, to post again to its page (only for the user who typed it).</summary>
    public SavedPost? Restore { get; private set; }

    public SecondFactorFormModel Form => new() { ReturnUrl = ReturnUrl, BewaardFormulier = BewaardFormulier, Code = Code };

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
            if (ExpiredSessionMiddleware.Read(protection, BewaardFormulier) is { } saved && saved.UserId == user.Id && Url.IsLocalUrl(saved.Path))
            {
                Restore = saved;
                // The fresh antiforgery token on the page must belong to the user who just signed in.
                HttpContext.User = await signIn.CreateUserPrincipalAsync(user);
                return Page();
            }

            return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        await audit.RecordAuthAsync(user.OrganisationId, user.Id, user.DisplayName, AuditActions.SignInFailed);
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
            : "Deze code klopt niet. Let op: een code is maar 30 seconden geldig en werkt maar één keer.");
        return Page();
    }
}

/// <summary>The code form of the second sign-in step (<c>Pages/Shared/_SecondFactorForm.cshtml</c>).</summary>
public sealed class SecondFactorFormModel
{
    public string? ReturnUrl { get; init; }

    public string? BewaardFormulier { get; init; }

    public string? Code { get; init; }
}
