using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen.Schouwen;

/// <summary>One walk with its observations (each linked to its own page). Reading it is audited (it names members).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class DetailModel(ApproachService approaches, WalkService walks, ObservationService observations, ObservationCatalog catalog, WijkkrachtDbContext db)
    : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid WalkId { get; set; }

    public WalkView? Walk { get; private set; }

    public IReadOnlyList<ObservationView> Observations { get; private set; } = [];

    public ObservationCatalog Catalog { get; } = catalog;

    public string ParticipantText { get; private set; } = "";

    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var walk = await walks.GetAsync(Id, WalkId, actor, ct);
        if (!walk.IsOk)
            return NotFound();
        Walk = walk.Value!;
        Observations = (await walks.ObservationsAsync(Id, WalkId, actor, observations, ct)).Value ?? [];
        ParticipantText = WalkNames.Describe(Walk.Walk, await WalkNames.LoadAsync(db, [Walk.Walk], actor, ct));
        CanRecord = await observations.CanRecordAsync(Id, actor, ct);
        return Page();
    }
}
