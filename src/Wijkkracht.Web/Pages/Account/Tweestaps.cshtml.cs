using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Account;

/// <summary>
/// Set up or switch off the TOTP second factor (RFC 6238, via Identity's authenticator token provider), and recovery
/// codes. GET never changes state; switching off and new recovery codes need the current password or a current code.
/// </summary>
[SignedIn]
public sealed class TweestapsModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, WijkkrachtDbContext db, AuditService audit) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    /// <summary>Re-authentication: the current password or a current code from the authenticator app.</summary>
    [BindProperty]
    public string? Confirmation { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public bool HasKey { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Recovery codes just generated: shown once, never again.</summary>
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    /// <summary>Creates a new key when none exists yet (first step of setting up).</summary>
    public async Task<IActionResult> OnPostSleutelAsync()
    {
        var user = await LoadAsync();
        if (user is null)
            return NotFound();
        if (Enabled)
            return RedirectToPage("/Account/Tweestaps");
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("/Account/Tweestaps");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadAsync();
        if (user is null)
            return NotFound();
        if (Enabled)
            return RedirectToPage("/Account/Tweestaps");
        if (!HasKey)
        {
            ModelState.AddModelError(nameof(Code), "Maak eerst een sleutel aan met de knop hieronder.");
            return Page();
        }

        var code = Clean(Code);
        if (code.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Controleer of de tijd op uw telefoon goed staat en probeer de nieuwste code.");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await signIn.RefreshSignInAsync(user);
        await AuditAsync(user, "Tweestapsverificatie aangezet");
        await LoadAsync();
        ModelState.Clear();
        Code = null;
        return Page();
    }

    public async Task<IActionResult> OnPostUitzettenAsync()
    {
        var user = await LoadAsync();
        if (user is null)
            return NotFound();
        if (Required)
        {
            ModelState.AddModelError(string.Empty, "Uw organisatie verplicht tweestapsverificatie; u kunt het niet uitzetten.");
            return Page();
        }

        if (!await ReauthenticateAsync(user))
            return Page();

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
        await AuditAsync(user, "Tweestapsverificatie uitgezet");
        TempData["Melding"] = "Tweestapsverificatie staat uit.";
        return RedirectToPage("/Account/Index");
    }

    public async Task<IActionResult> OnPostHerstelcodesAsync()
    {
        var user = await LoadAsync();
        if (user is null)
            return NotFound();
        if (!Enabled)
            return RedirectToPage("/Account/Tweestaps");
        if (!await ReauthenticateAsync(user))
            return Page();

        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await AuditAsync(user, "Nieuwe herstelcodes gemaakt");
        await LoadAsync();
        ModelState.Clear();
        return Page();
    }

    /// <summary>Checks the current password (with lockout) or a current authenticator code.</summary>
    private async Task<bool> ReauthenticateAsync(AppUser user)
    {
        var secret = Confirmation?.Trim() ?? "";
        if (secret.Length == 0)
        {
            ModelState.AddModelError(nameof(Confirmation), "Vul uw huidige wachtwoord of een code uit uw authenticator-app in.");
            return false;
        }

        var code = Clean(secret);
        if (user.TwoFactorEnabled && code.Length == 6 && code.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            return true;
        var check = await signIn.CheckPasswordSignInAsync(user, secret, lockoutOnFailure: true);
        if (check.Succeeded)
            return true;
        ModelState.AddModelError(nameof(Confirmation), check.IsLockedOut
            ? "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
            : "Dit wachtwoord of deze code klopt niet.");
        return false;
    }

    private async Task AuditAsync(AppUser user, string summary)
    {
        var actor = HttpContext.GetActor();
        audit.Add(actor, AuditActions.Update, nameof(AppUser), user.Id.ToString(), null, summary);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    private static string Clean(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private async Task<AppUser?> LoadAsync()
    {
        var actor = HttpContext.GetActor();
        var user = await users.FindByIdAsync(actor.UserId.ToString());
        if (user is null)
            return null;
        Enabled = user.TwoFactorEnabled;
        Required = await db.Organisations.AsNoTracking().Where(o => o.Id == actor.OrganisationId).Select(o => o.MfaRequired).FirstAsync();
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        var key = await users.GetAuthenticatorKeyAsync(user);
        HasKey = !string.IsNullOrEmpty(key);
        if (!Enabled && HasKey)
        {
            SharedKey = FormatKey(key!);
            var uri = $"otpauth://totp/Wijkkracht:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=Wijkkracht&digits=6";
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        }

        return user;
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
