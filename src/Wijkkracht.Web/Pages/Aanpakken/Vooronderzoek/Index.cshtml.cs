using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Vooronderzoek;

/// <summary>
/// The approach's desk research (ESS step 3): earlier trajectories with the guide's four questions, figures per area
/// (table and chart, with the caution that a monitor does not say everything) and the sociale kaart. For those who read
/// the plan (core team, partners, bestuurlijk boegbeeld, coördinator, the Beheerder's oversight): desk research is
/// preparation in the town hall, not part of what network members see.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, TrajectoryService trajectories, DatasetService datasets, SocialMapService socialMap, DeskResearchGuide guide) : WorkspacePageModel(approaches)
{
    public DeskResearchGuide Guide { get; } = guide;

    public IReadOnlyList<EarlierTrajectory> Trajectories { get; private set; } = [];

    public IReadOnlyList<ApproachDataset> Datasets { get; private set; } = [];

    public IReadOnlyList<FigureArea> Areas { get; private set; } = [];

    public IReadOnlyList<SocialMapEntry> SocialMap { get; private set; } = [];

    /// <summary>Coördinator or Beheerder: may add and change datasets and figures.</summary>
    public bool CanManageDatasets { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("vooronderzoek", ct) is { } denied)
            return denied;
        if (!CanViewPlan)
            return Forbid();
        var actor = HttpContext.GetActor();
        var all = PageRequest.Create(1, Page<object>.MaxPageSize);
        var t = await trajectories.ListAsync(Id, all, actor, ct);
        var d = await datasets.ForApproachAsync(Id, actor, ct);
        var a = await datasets.AreasForApproachAsync(Id, actor, ct);
        var s = await socialMap.ListAsync(Id, all, actor, ct);
        if (!t.IsOk || !d.IsOk || !a.IsOk || !s.IsOk)
            return NotFound();
        Trajectories = t.Value!.Items;
        Datasets = d.Value!;
        Areas = a.Value!;
        SocialMap = s.Value!.Items;
        CanManageDatasets = DatasetService.CanManage(actor);
        return Page();
    }

    /// <summary>The figures of one dataset for one area, oldest period first.</summary>
    public static IReadOnlyList<AreaFigure> For(ApproachDataset dataset, FigureArea area) =>
        dataset.Figures.Where(f => f.AreaCode == area.Code).OrderBy(f => f.Period, StringComparer.Ordinal).ToList();
}
