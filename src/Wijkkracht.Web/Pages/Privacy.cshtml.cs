using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>
/// The privacy statement, public (issue 14 §9): a signed-in user sees their own organisation's; a visitor sees the only
/// organisation's, or picks their municipality when there are more (/privacy?gemeente=GM0363).
/// </summary>
[PublicPage]
public sealed class PrivacyModel(PrivacyStatementService statements) : PageModel
{
    /// <summary>The municipality's CBS code (?gemeente=GM0363): the statement is public, so any organisation's may be read.</summary>
    [BindProperty(SupportsGet = true, Name = "gemeente")]
    public string? Gemeente { get; set; }

    public PrivacyStatementView? Statement { get; private set; }

    public IReadOnlyList<(string Name, string GmCode)> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.TryGetActor();
        if (!string.IsNullOrWhiteSpace(Gemeente))
        {
            Statement = await statements.PublicAsync(Gemeente, ct);
            return Statement is null ? NotFound() : Page();
        }

        if (actor is not null)
        {
            Statement = (await statements.PublicForOrganisationAsync(actor.OrganisationId, ct))!;
            return Page();
        }

        Statement = await statements.PublicAsync(null, ct);
        if (Statement is null)
            Organisations = await statements.OrganisationsAsync(ct);
        return Page();
    }
}
