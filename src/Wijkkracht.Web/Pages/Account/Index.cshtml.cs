using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Account;

/// <summary>The signed-in user's account: details and password change.</summary>
[SignedIn]
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ApiTokenService tokens, AccountExportService export, Core.Meetings.CalendarFeedService feeds) : PageModel
{
    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        /// <summary>Revoke every API token together with the password change (default on).</summary>
        public bool RevokeTokens { get; set; } = true;
    }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public string DisplayName { get; private set; } = "";

    public string? Email { get; private set; }

    public string RoleLabel { get; private set; } = "";

    public bool TwoFactor { get; private set; }

    public bool CanUseTokens { get; private set; }

    /// <summary>The Beheerder chose this password: the user must choose their own first.</summary>
    public bool MustChangePassword { get; private set; }

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

        if (Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError("Input.NewPassword", "Kies een ander wachtwoord dan het huidige.");
            return Page();
        }

        // Saved together with the new password hash; a failed change saves nothing.
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        var revoked = Input.RevokeTokens ? await tokens.RevokeAllOwnAsync(HttpContext.GetActor(), HttpContext.RequestAborted) : 0;
        var feedRemoved = Input.RevokeTokens && await feeds.RemoveAsync(HttpContext.GetActor(), HttpContext.RequestAborted);
        TempData["Melding"] = "Uw wachtwoord is gewijzigd. Andere sessies zijn uitgelogd."
            + (revoked > 0 ? $" {revoked} API-token(s) ingetrokken." : "")
            + (feedRemoved ? " Uw agenda-link werkt niet meer." : "");
        return RedirectToPage("/Account/Index");
    }

    /// <summary>Downloads everything Wijkkracht holds about the signed-in user as JSON (audited as an export).</summary>
    public async Task<IActionResult> OnPostExporterenAsync(CancellationToken ct)
    {
        var data = await export.ExportAsync(HttpContext.GetActor(), ct);
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(data, ExportJson);
        return File(json, "application/json", "wijkkracht-mijn-gegevens.json");
    }

    private static readonly System.Text.Json.JsonSerializerOptions ExportJson = new(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true };

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
        MustChangePassword = user.MustChangePassword;
        return user;
    }
}
