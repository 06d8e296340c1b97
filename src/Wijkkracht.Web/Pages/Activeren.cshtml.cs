using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>Builds the absolute activation link for a token (handed over by the Beheerder or coordinator, or e-mailed).</summary>
public static class ActivationUrl
{
    public static string For(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/activeren?token={Uri.EscapeDataString(token)}";
    }
}

/// <summary>
/// The one-time activation page (issue 9 §8): a new user chooses their own password under the normal password rules.
/// An unknown, used or expired link is refused with a Dutch explanation of whom to ask for a new one.
/// </summary>
[PublicPage]
public sealed class ActiverenModel(ActivationService activation) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public ActivationInput Input { get; set; } = new();

    public ActivationState State { get; private set; }

    public string? DisplayName { get; private set; }

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Refused();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await activation.ActivateAsync(Token, Input, ct);
        if (result.IsOk)
        {
            TempData["Melding"] = "Uw account is actief. Log in met uw e-mailadres en het wachtwoord dat u net koos.";
            return RedirectToPage("/Inloggen");
        }

        await LoadAsync(ct);
        if (result.Status == ResultStatus.Invalid)
        {
            ModelState.ClearErrorsKeepValues();
            ModelState.AddErrors(result.Errors);
        }

        return Refused();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var (state, user) = await activation.CheckAsync(Token, ct);
        State = state;
        DisplayName = user?.DisplayName;
        Email = user?.Email;
    }

    /// <summary>An invalid link answers 404 (unknown or used) or 410 (expired), with the page explaining what to do.</summary>
    private PageResult Refused()
    {
        if (State == ActivationState.Unknown)
            Response.StatusCode = StatusCodes.Status404NotFound;
        else if (State == ActivationState.Expired)
            Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}
