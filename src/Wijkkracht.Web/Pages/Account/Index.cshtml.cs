using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Account;

/// <summary>The signed-in user's account: details and password change.</summary>
[SignedIn]
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }
    }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public string DisplayName { get; private set; } = "";

    public string? Email { get; private set; }

    public string RoleLabel { get; private set; } = "";

    public bool TwoFactor { get; private set; }

    public bool CanUseTokens { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadAsync();
        if (user is null)
            return NotFound();
        if (string.IsNullOrEmpty(Input.CurrentPassword))
            ModelState.AddModelError("Input.CurrentPassword", "Vul uw huidige wachtwoord in.");
        if (string.IsNullOrEmpty(Input.NewPassword))
            ModelState.AddModelError("Input.NewPassword", "Vul een nieuw wachtwoord in.");
        if (!ModelState.IsValid)
            return Page();

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Melding"] = "Uw wachtwoord is gewijzigd. Andere sessies zijn uitgelogd.";
        return Redirect("/account");
    }

    private async Task<AppUser?> LoadAsync()
    {
        var actor = HttpContext.GetActor();
        var user = await users.FindByIdAsync(actor.UserId.ToString());
        if (user is null)
            return null;
        DisplayName = user.DisplayName;
        Email = user.Email;
        RoleLabel = RoleLabels.For(user.Role);
        TwoFactor = user.TwoFactorEnabled;
        CanUseTokens = actor.Can(Permission.UseApiTokens);
        return user;
    }
}
