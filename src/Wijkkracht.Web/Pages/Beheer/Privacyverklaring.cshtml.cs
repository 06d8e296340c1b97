using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer;

/// <summary>The organisation's privacy statement (Beheerder, issue 14 §9): Markdown, shown to anyone at /privacy.</summary>
[RequiresPermission(Permission.ManageOrganisation)]
public sealed class PrivacyverklaringModel(PrivacyStatementService statements) : PageModel
{
    [BindProperty]
    public PrivacyStatementInput Input { get; set; } = new();

    public PrivacyStatementView Statement { get; private set; } = null!;

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await statements.GetForEditAsync(HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return Forbid();
        Statement = result.Value!;
        Input = new PrivacyStatementInput { Markdown = Statement.Markdown, Version = Statement.Version };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => statements.SaveAsync(Input, actor, ct), new FormOutcome<PrivacyStatementView>
        {
            Saved = "De privacyverklaring is opgeslagen.",
            Redirect = _ => RedirectToPage("/Beheer/Privacyverklaring"),
            ShowAgain = async () =>
            {
                Statement = (await statements.GetForEditAsync(actor, ct)).Value!;
                return Page();
            },
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (await statements.GetForEditAsync(actor, ct)).Value!.Version?.ToString(),
        });
    }
}
