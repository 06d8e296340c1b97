using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>Sign-in with e-mail and password; lockout after 5 failures; POSTs are rate-limited per IP.</summary>
[EnableRateLimiting(ServiceSetup.LoginRateLimit)]
[PublicPage]
public sealed class InloggenModel(SignInManager<AppUser> signIn, AuditService audit, IAuthenticationSchemeProvider schemes, SignInEqualiser equaliser, Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection) : PageModel
{
    public sealed class LoginInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>What was typed when the session expired, protected (<see cref="ExpiredSessionMiddleware"/>).</summary>
    [BindProperty]
    public string? BewaardFormulier { get; set; }

    /// <summary>After signing in again: the kept form, to post again to its page.</summary>
    public SavedPost? Restore { get; private set; }

    public string? ExternalLoginName { get; private set; }

    /// <summary>
    /// The code form of the second step, shown on this page when a kept form must travel along (the blob goes in a hidden
    /// field; a redirect would lose it).
    /// </summary>
    public SecondFactorFormModel? SecondFactor { get; private set; }

    public async Task OnGetAsync()
    {
        BewaardFormulier ??= HttpContext.Items[ExpiredSessionMiddleware.ItemKey] as string;
        await LoadExternalAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadExternalAsync();
        if (string.IsNullOrWhiteSpace(Input.Email))
            ModelState.AddModelError("Input.Email", "Vul uw e-mailadres in.");
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", "Vul uw wachtwoord in.");
        if (!ModelState.IsValid)
            return Page();

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email!.Trim());
        if (user is null || !user.IsActive)
        {
            // The same work as for a real account (a password hash verification) and the same message.
            equaliser.VerifyAgainstDummy(signIn.UserManager.PasswordHasher, Input.Password!);
            await audit.RecordAuthAsync(user?.OrganisationId, user?.Id, "onbekend", AuditActions.SignInFailed);
            ModelState.AddModelError("Input.Password", SignInEqualiser.FailedMessage);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAuthAsync(user.OrganisationId, user.Id, user.DisplayName, AuditActions.SignIn);
            // A form kept when the session expired is offered again, but only to the user who typed it.
            if (ExpiredSessionMiddleware.Read(protection, BewaardFormulier) is { } saved && saved.UserId == user.Id && Url.IsLocalUrl(saved.Path))
            {
                Restore = saved;
                // The fresh antiforgery token on the page must belong to the user who just signed in.
                HttpContext.User = await signIn.CreateUserPrincipalAsync(user);
                return Page();
            }

            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            if (ExpiredSessionMiddleware.Read(protection, BewaardFormulier) is { } kept && kept.UserId == user.Id)
            {
                SecondFactor = new SecondFactorFormModel { ReturnUrl = SafeReturnUrl(), BewaardFormulier = BewaardFormulier };
                return Page();
            }

            return RedirectToPage("/InloggenTweestaps", new { returnUrl = SafeReturnUrl() });
        }

        await audit.RecordAuthAsync(user.OrganisationId, user.Id, user.DisplayName, AuditActions.SignInFailed);
        // A locked account gets the same message as an unknown address: the lockout must not reveal that it exists.
        // Identity does not verify the password of a locked account, so the dummy verification keeps the cost equal.
        if (result.IsLockedOut)
            equaliser.VerifyAgainstDummy(signIn.UserManager.PasswordHasher, Input.Password!);
        ModelState.AddModelError("Input.Password", SignInEqualiser.FailedMessage);
        return Page();
    }

    private string SafeReturnUrl() => ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    private async Task LoadExternalAsync()
    {
        var scheme = await schemes.GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme);
        ExternalLoginName = scheme?.DisplayName;
    }
}
