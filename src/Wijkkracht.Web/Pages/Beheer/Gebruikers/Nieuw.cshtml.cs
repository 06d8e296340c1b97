using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebruikers;

/// <summary>Add a user (Beheerder).</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed class NieuwModel(UserAdminService users) : UserFormModel
{
    public void OnGet() => Input.IsActive = true;

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => users.CreateAsync(Input, HttpContext.GetActor(), ct), new FormOutcome<AppUser>
        {
            SavedFor = created => $"{created.DisplayName} is toegevoegd.",
            Redirect = _ => RedirectToPage("/Beheer/Gebruikers/Index"),
            ShowAgain = () => Task.FromResult<IActionResult>(Page()),
        });
}
