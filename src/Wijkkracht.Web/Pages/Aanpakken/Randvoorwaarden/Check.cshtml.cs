using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Randvoorwaarden;

/// <summary>One earlier check, item by item.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class CheckModel(ApproachService approaches, PreconditionCheckService checks, IGuideCatalog guide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid AssessmentId { get; set; }

    public PreconditionAssessment Assessment { get; private set; } = null!;

    public IReadOnlyList<GuidePrecondition> Preconditions => guide.Preconditions;

    private Dictionary<string, PreconditionScoreRow> _scores = [];

    public PreconditionScoreRow? Score(string id) => _scores.GetValueOrDefault(id);

    public string Step4Text(int index) => checks.Step4Text(index);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("randvoorwaarden", ct) is { } denied)
            return denied;
        var result = await checks.GetAsync(Id, AssessmentId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Assessment = result.Value!;
        _scores = checks.Scores(Assessment).ToDictionary(r => r.Id);
        return Page();
    }
}
