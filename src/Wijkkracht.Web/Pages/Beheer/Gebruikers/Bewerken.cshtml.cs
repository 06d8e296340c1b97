using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebruikers;

/// <summary>Change a user's name, e-mail, role or active state (Beheerder). The read is audited.</summary>
[RecordPage(Permission.ManageUsers)]
public sealed class BewerkenModel(UserAdminService users, ApiTokenService tokens, TimeProvider time) : UserFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string? Conflict { get; private set; }

    /// <summary>The user's API tokens (metadata only), so the Beheerder can revoke them.</summary>
    public List<ApiToken> Tokens { get; private set; } = [];

    public DateTimeOffset Now => time.GetUtcNow();

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await users.GetAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        var u = result.Value!;
        Input = new UserInput { DisplayName = u.DisplayName, Email = u.Email, Role = u.Role, IsActive = u.IsActive, Version = u.Version };
        TwoFactorEnabled = u.TwoFactorEnabled;
        await LoadTokensAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => users.UpdateAsync(Id, Input, actor, ct), new FormOutcome<AppUser>
        {
            Redirect = _ => RedirectToPage("/Beheer/Gebruikers/Index"),
            ShowAgain = async () =>
            {
                await LoadTokensAsync(ct);
                return Page();
            },
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await users.GetAsync(Id, actor, ct)).Value?.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostTokenIntrekkenAsync(Guid tokenId, CancellationToken ct)
    {
        var result = await tokens.RevokeForUserAsync(Id, tokenId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het token is ingetrokken en werkt niet meer.";
        return RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = Id });
    }

    public async Task<IActionResult> OnPostTweestapsResettenAsync(CancellationToken ct)
    {
        var result = await users.ResetSecondFactorAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De tweestapsverificatie van deze gebruiker is gereset. Hij of zij stelt die opnieuw in.";
        return RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = Id });
    }

    private async Task LoadTokensAsync(CancellationToken ct)
    {
        var list = await tokens.ListForUserAsync(Id, HttpContext.GetActor(), ct);
        Tokens = list.Value ?? [];
    }
}
