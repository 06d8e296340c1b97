using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebruikers;

/// <summary>Change a user's name, e-mail, role or active state (Beheerder). The read is audited.</summary>
[RecordPage(Permission.ManageUsers)]
public sealed class BewerkenModel(UserAdminService users) : UserFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await users.GetAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        var u = result.Value!;
        Input = new UserInput { DisplayName = u.DisplayName, Email = u.Email, Role = u.Role, IsActive = u.IsActive, Version = u.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var actor = HttpContext.GetActor();
        var result = await users.UpdateAsync(Id, Input, actor, ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = "De wijzigingen zijn opgeslagen.";
                return Redirect("/beheer/gebruikers");
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            case ResultStatus.Conflict:
                Conflict = result.Message;
                var latest = await users.GetAsync(Id, actor, ct);
                ModelState.SetModelValue("Input.Version", latest.Value?.Version.ToString(), latest.Value?.Version.ToString());
                Input.Version = latest.Value?.Version;
                break;
            default:
                ModelState.AddErrors(result.Errors);
                break;
        }

        return Page();
    }
}
