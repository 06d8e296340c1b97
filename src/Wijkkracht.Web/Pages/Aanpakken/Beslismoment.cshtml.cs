using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>The decision moment: history and recording a new decision.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class BeslismomentModel(ApproachService approaches, DecisionService decisions, WijkkrachtDbContext db, TimeProvider time) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public List<Decision> Decisions { get; private set; } = [];

    public bool CanDecide { get; private set; }

    public Dictionary<Guid, string> AssessmentLabels { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AssessmentItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OutcomeItems { get; } =
        [new("Kies het besluit", ""), .. Enum.GetValues<DecisionOutcome>().Select(o => new SelectListItem(DecisionLabels.For(o), o.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input.DecidedOn = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return await LoadAsync(ct) ?? Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => decisions.RecordAsync(Id, Input, actor, ct), new FormOutcome<Decision>
        {
            Saved = "Het besluit is vastgelegd.",
            Redirect = _ => RedirectToPage("/Aanpakken/Beslismoment", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var denied = await LoadApproachAsync("beslismoment", ct);
        if (denied is not null)
            return denied;
        var actor = HttpContext.GetActor();
        var list = await decisions.ListAsync(Id, actor, ct);
        if (!list.IsOk)
            return list.Status == ResultStatus.NotFound ? NotFound() : Forbid();
        Decisions = list.Value!;
        CanDecide = await Approaches.CanAsync(Id, actor, ApproachPermission.Decide, ct);
        // Only the checks this reader may see (ADR 0005): a partner does not learn of a core-team check from this list.
        var seen = await Approaches.VisibilityAsync(Id, actor, ct);
        var assessments = await Core.Visibility.VisibilityRules.Filter(db.Set<PreconditionAssessment>().AsNoTracking().Finished(), seen).Where(a => a.ApproachId == Id)
            .OrderByDescending(a => a.AssessedOn).Select(a => new { a.Id, a.AssessedOn }).ToListAsync(ct);
        AssessmentLabels = assessments.ToDictionary(a => a.Id, a => "check van " + a.AssessedOn.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        AssessmentItems = [new("Geen", ""), .. assessments.Select(a => new SelectListItem(AssessmentLabels[a.Id], a.Id.ToString()))];
        return null;
    }
}
