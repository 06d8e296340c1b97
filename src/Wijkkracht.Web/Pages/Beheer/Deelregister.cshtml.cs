using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer;

/// <summary>The organisation's sharing ledger (Beheerder, issue 14 §8): every export that left Wijkkracht, newest first.</summary>
[RequiresPermission(Permission.ManageOrganisation)]
public sealed class DeelregisterModel(SharingLedgerService ledger, WijkkrachtDbContext db) : PageModel
{
    public IReadOnlyList<SharingRecord> Lines { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Titles { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var result = await ledger.ForOrganisationAsync(actor, ct);
        if (!result.IsOk)
            return Forbid();
        Lines = result.Value!;
        var ids = Lines.Where(l => l.ApproachId is not null).Select(l => l.ApproachId!.Value).Distinct().ToList();
        Titles = await db.Approaches.AsNoTracking().Where(a => ids.Contains(a.Id) && a.OrganisationId == actor.OrganisationId).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        return Page();
    }
}
