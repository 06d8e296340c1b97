using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>Sign-out. Renews the security stamp, so the old session cookie no longer works anywhere.</summary>
[SignedIn]
public sealed class UitloggenModel(SignInManager<AppUser> signIn, AuditService audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = HttpContext.GetActor();
        var user = await signIn.UserManager.FindByIdAsync(actor.UserId.ToString());
        if (user is not null)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        await audit.RecordAuthAsync(actor.OrganisationId, actor.UserId, actor.DisplayName, AuditActions.SignOut);
        TempData["Melding"] = "U bent uitgelogd.";
        return RedirectToPage("/Inloggen");
    }
}
