using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Account;

/// <summary>Create and revoke personal access tokens. The secret is shown once.</summary>
[RequiresPermission(Permission.UseApiTokens)]
public sealed class TokensModel(ApiTokenService tokens, TimeProvider time) : PageModel
{
    [BindProperty]
    public ApiTokenInput Input { get; set; } = new();

    public List<ApiToken> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListOwnAsync(HttpContext.GetActor(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A lifetime that does not parse ("abc") must not silently become the default: the form comes back.
        var unparsedLifetime = ModelState.TryGetValue("Input.ExpiresInDays", out var lifetime) && lifetime.Errors.Count > 0;
        ModelState.ClearErrorsKeepValues();
        var actor = HttpContext.GetActor();
        if (unparsedLifetime)
        {
            ModelState.AddModelError("Input.ExpiresInDays", "Vul een geheel aantal dagen in, van 1 tot 366.");
            Tokens = await tokens.ListOwnAsync(actor, ct);
            return Page();
        }

        var result = await tokens.CreateAsync(Input, actor, ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (result.IsOk)
        {
            NewSecret = result.Value!.Secret;
            ModelState.Clear();
            Input = new ApiTokenInput();
        }
        else
        {
            ModelState.AddErrors(result.Errors);
        }

        Tokens = await tokens.ListOwnAsync(actor, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(Guid id, CancellationToken ct)
    {
        var result = await tokens.RevokeAsync(id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        TempData["Melding"] = "Het token is ingetrokken en werkt niet meer.";
        return RedirectToPage("/Account/Tokens");
    }
}
