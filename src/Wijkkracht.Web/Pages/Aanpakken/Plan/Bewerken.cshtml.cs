using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
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

    /// <summary>The plan's current level (the newest version's), or the default for a first version.</summary>
    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(VisibilityRules.PlanDefault);

    /// <summary>"Wie mag dit zien?": editable by those who manage the members (ADR 0005), text for the other editors.</summary>
    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, VisibilityRules.PlanDefault, View.CanManageMembers);

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

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => plans.SaveAsync(Id, Input, actor, ct), new FormOutcome<PlanVersion>
        {
            SavedFor = saved => $"Versie {saved.Number} van het plan is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Plan/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            VersionField = nameof(PlanInput.BaseNumber),
            LatestVersion = async () => (Input.BaseNumber = (await plans.GetLatestAsync(Id, actor, ct)).Value?.Number ?? 0).Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("plan", ct) is { } denied)
            return denied;
        if ((await plans.GetLatestAsync(Id, HttpContext.GetActor(), ct)).Value is { } latest)
            CurrentVisibility = VisibilityChoice.From(latest);
        var assessments = await db.Set<PreconditionAssessment>().AsNoTracking().Finished().Where(a => a.ApproachId == Id)
            .OrderByDescending(a => a.AssessedOn).Select(a => new { a.Id, a.AssessedOn }).ToListAsync(ct);
        AssessmentItems = [new("Geen", ""), .. assessments.Select(a => new SelectListItem("Check van " + a.AssessedOn.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture), a.Id.ToString()))];
        return null;
    }
}
