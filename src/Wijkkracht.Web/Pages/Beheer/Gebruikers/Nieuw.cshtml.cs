using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebruikers;

/// <summary>
/// Add a user (Beheerder). Nobody chooses a password for someone else: the new user gets a one-time activation link,
/// e-mailed when SMTP is configured, otherwise shown once on the user's page to hand over (issue 9 §8).
/// </summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed class NieuwModel(UserAdminService users, ActivationService activation, OrganisationService organisations) : UserFormModel
{
    public void OnGet() => Input.IsActive = true;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        if (!ModelState.KeepOnlyParseErrors())
            return Page();
        var result = await users.CreateAsync(Input, actor, ct);
        var mailed = result.IsOk && await ActivationHandOver.IssueAsync(this, activation, organisations, result.Value!, actor, ct);
        return await this.ToPageResultAsync(result, new FormOutcome<AppUser>
        {
            SavedFor = created => mailed
                ? $"{created.DisplayName} is toegevoegd. De activatielink is per e-mail verstuurd."
                : $"{created.DisplayName} is toegevoegd. Geef de activatielink hieronder door.",
            Redirect = created => RedirectToPage("/Beheer/Gebruikers/Bewerken", new { id = created.Id }),
            ShowAgain = () => Task.FromResult<IActionResult>(Page()),
        });
    }
}

/// <summary>Issues an activation link and either e-mails it or keeps it for one display on the next page.</summary>
public static class ActivationHandOver
{
    public const string LinkKey = "Activatielink";

    /// <summary>True when the link was e-mailed; otherwise it is kept in TempData for one display.</summary>
    public static async Task<bool> IssueAsync(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, ActivationService activation, OrganisationService organisations, AppUser user, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentNullException.ThrowIfNull(organisations);
        var issued = await activation.IssueAsync(user, actor, ct);
        var url = Pages.ActivationUrl.For(page.Request, issued.Token);
        var organisationName = (await organisations.GetCurrentAsync(actor, ct)).Name;
        if (await activation.SendAsync(issued, url, organisationName, ct))
            return true;
        page.TempData[LinkKey] = url;
        return false;
    }
}
