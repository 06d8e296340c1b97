using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Acties;

/// <summary>The approach's zichtbare acties, experimenten en activiteiten, filtered and paged; overdue experiments marked.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, ActionService actions) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public ActionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActionStage? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<ActionView> Result { get; private set; } = null!;

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("acties", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var result = await actions.ListAsync(Id, new ActionFilter(Kind, Status, Q, Overdue), PageRequest.Create(PageNumber, 25), actor, ct);
        if (!result.IsOk)
            return NotFound();
        Result = result.Value!;
        CanCreate = await Approaches.ResolveAsync(Id, actor, ct) is { } access && ActionService.CanCreate(access);
        return Page();
    }
}
