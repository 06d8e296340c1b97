using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Setup;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>One-time setup of the first organisation and Beheerder (link printed at start-up).</summary>
[PublicPage]
public sealed class InstallatieModel(SetupService setup, SetupToken setupToken, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        setupToken.Matches(Token) && await setup.IsNeededAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await setup.CreateFirstAsync(Token, Input);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
        {
            ModelState.AddErrors(result.Errors);
            return Page();
        }

        await signIn.SignInAsync(result.Value!, isPersistent: false);
        TempData["Melding"] = "Uw organisatie is aangemaakt. Voeg nu gebieden en gebruikers toe.";
        return RedirectToPage("/Beheer/Organisatie");
    }
}
