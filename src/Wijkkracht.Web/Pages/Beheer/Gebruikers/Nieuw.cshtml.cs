using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebruikers;

/// <summary>Add a user (Beheerder).</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed class NieuwModel(UserAdminService users) : UserFormModel
{
    public void OnGet() => Input.IsActive = true;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var result = await users.CreateAsync(Input, HttpContext.GetActor(), ct);
        if (result.IsOk)
        {
            TempData["Melding"] = $"{result.Value!.DisplayName} is toegevoegd.";
            return Redirect("/beheer/gebruikers");
        }

        ModelState.AddErrors(result.Errors);
        return Page();
    }
}
