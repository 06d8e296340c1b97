using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Plan;

/// <summary>Edit the plan of approach; saving adds a version. A concurrent save keeps the user's text and says so.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class BewerkenModel(ApproachService approaches, PlanService plans, WijkkrachtDbContext db) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> AssessmentItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        var latest = await plans.GetLatestAsync(Id, HttpContext.GetActor(), ct);
        Input = PlanInput.From(latest.Value);
        if (latest.Value is null)
        {
            Input.AreaOrCommunity = View.Approach.Area?.Name;
            Input.CentralIssue = View.Approach.Issue;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var result = await plans.SaveAsync(Id, Input, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = $"Versie {result.Value!.Number} van het plan is opgeslagen.";
                return Redirect($"/aanpakken/{Id}/plan");
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            case ResultStatus.Conflict:
                Conflict = result.Message;
                var latest = await plans.GetLatestAsync(Id, HttpContext.GetActor(), ct);
                var number = latest.Value?.Number ?? 0;
                ModelState.SetModelValue("Input.BaseNumber", number.ToString(System.Globalization.CultureInfo.InvariantCulture), number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Input.BaseNumber = number;
                break;
            default:
                ModelState.AddErrors(result.Errors);
                break;
        }

        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("plan", ct) is { } denied)
            return denied;
        var assessments = await db.Set<PreconditionAssessment>().AsNoTracking().Where(a => a.ApproachId == Id)
            .OrderByDescending(a => a.AssessedOn).Select(a => new { a.Id, a.AssessedOn }).ToListAsync(ct);
        AssessmentItems = [new("Geen", ""), .. assessments.Select(a => new SelectListItem("Check van " + a.AssessedOn.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture), a.Id.ToString()))];
        return null;
    }
}
