using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer;

/// <summary>Requests of the people in the data (issue 14 §7): search, export (ZIP) and erase, across the organisation.</summary>
[RequiresPermission(Permission.ManageOrganisation)]
public sealed class BetrokkenenModel(SubjectRightsService subjects) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty]
    public ErasureInput Input { get; set; } = new();

    /// <summary>Confirms that erasing cannot be undone.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public IReadOnlyList<SubjectHit>? Hits { get; private set; }

    public ErasureResult? Erased { get; private set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Query))
            await SearchAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var result = await subjects.ExportAsync(Query, HttpContext.GetActor(), ct);
        if (!result.IsOk)
        {
            await SearchAsync(ct);
            return Page();
        }

        return File(result.Value!, "application/zip", "betrokkene.zip");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Query = Query;
        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), "Vink aan dat u begrijpt dat wissen niet ongedaan kan worden.");
            await SearchAsync(ct);
            return Page();
        }

        var result = await subjects.EraseAsync(Input, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = $"De gegevens zijn gewist: {result.Value!.Accounts} account(s), {result.Value.NetworkPersons} persoon/personen in een netwerk en {result.Value.Mentions} vermelding(en). De reden staat in het auditlogboek.";
                return RedirectToPage(null, new { q = Query });
            case ResultStatus.Conflict:
                Conflict = result.Message;
                break;
            case ResultStatus.Forbidden:
                return Forbid();
            default:
                foreach (var (field, messages) in result.Errors)
                {
                    foreach (var message in messages)
                        ModelState.AddModelError(field == "Query" ? "q" : "Input." + field, message);
                }

                break;
        }

        await SearchAsync(ct);
        return Page();
    }

    private async Task SearchAsync(CancellationToken ct)
    {
        var result = await subjects.SearchAsync(Query, HttpContext.GetActor(), ct);
        if (result.IsOk)
        {
            Hits = result.Value;
            Input.ExpectedCount = Hits!.Count;
        }
        else
        {
            foreach (var message in result.Errors.SelectMany(e => e.Value))
                ModelState.AddModelError("q", message);
        }
    }
}
