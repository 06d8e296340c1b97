using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Account;

/// <summary>Set up or switch off the TOTP second factor (RFC 6238, via Identity's authenticator token provider).</summary>
[SignedIn]
public sealed class TweestapsModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, WijkkrachtDbContext db) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadAsync();
        if (user is null)
            return NotFound();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Controleer of de tijd op uw telefoon goed staat en probeer de nieuwste code.");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        TempData["Melding"] = "Tweestapsverificatie staat aan.";
        return Redirect("/account");
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

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Melding"] = "Tweestapsverificatie staat uit.";
        return Redirect("/account");
    }

    private async Task<AppUser?> LoadAsync()
    {
        var actor = HttpContext.GetActor();
        var user = await users.FindByIdAsync(actor.UserId.ToString());
        if (user is null)
            return null;
        Enabled = user.TwoFactorEnabled;
        Required = await db.Organisations.AsNoTracking().Where(o => o.Id == actor.OrganisationId).Select(o => o.MfaRequired).FirstAsync();
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

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
