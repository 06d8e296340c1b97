using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer;

/// <summary>The organisation's audit log (Beheerder).</summary>
[RequiresPermission(Permission.ViewAuditLog)]
public sealed class AuditModel(AuditService audit, WijkkrachtDbContext db) : PageModel
{
    public IReadOnlyList<string> Actions { get; } =
        [AuditActions.Create, AuditActions.Update, AuditActions.Delete, AuditActions.View, AuditActions.Export, AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignOut];

    [BindProperty(SupportsGet = true)]
    public string? Handeling { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<AuditEvent> Result { get; private set; } = null!;

    public Dictionary<Guid, string> ApproachTitles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var action = Handeling is not null && Actions.Contains(Handeling) ? Handeling : null;
        var result = await audit.ListAsync(new AuditQuery(action), PageRequest.Create(PageNumber, 50), HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return Forbid();
        Result = result.Value!;
        var ids = Result.Items.Where(e => e.ApproachId is not null).Select(e => e.ApproachId!.Value).Distinct().ToList();
        ApproachTitles = await db.Approaches.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        return Page();
    }
}
