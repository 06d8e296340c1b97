using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Web.Infrastructure;
using Wijkkracht.Web.Pages.Aanpakken.Doelen;

namespace Wijkkracht.Web.Pages.Aanpakken.Randvoorwaarden;

/// <summary>Scores per precondition over time (table plus radar chart) and the follow-up actions.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, PreconditionCheckService checks, IGuideCatalog guide, WijkkrachtDbContext db, GoalFormLists lists) : WorkspacePageModel(approaches)
{
    /// <summary>How many assessments are shown side by side.</summary>
    public const int CompareCount = 3;

    [BindProperty]
    public ActionInput ActionForm { get; set; } = new();

    public List<PreconditionAssessment> Assessments { get; private set; } = [];

    public List<PreconditionAssessment> Compared => Assessments.Take(CompareCount).ToList();

    public IReadOnlyList<PreconditionScoreRow> Rows { get; private set; } = [];

    public List<PreconditionAction> Actions { get; private set; } = [];

    public Dictionary<Guid, string> Owners { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PreconditionItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AssessmentItems { get; private set; } = [];

    private readonly Dictionary<Guid, Dictionary<string, PreconditionScoreRow>> _scores = [];

    public PreconditionScoreRow? ScoreOf(PreconditionAssessment assessment, string id) =>
        _scores.TryGetValue(assessment.Id, out var rows) ? rows.GetValueOrDefault(id) : null;

    public string TitleOf(string preconditionId) =>
        guide.Preconditions.FirstOrDefault(p => p.Id == preconditionId) is { } p ? $"{p.Number}. {p.Title}"
        : Step4Questions.All.Select((q, i) => (q.Key, i)).FirstOrDefault(q => q.Key == preconditionId) is { Key: not null } q ? checks.Step4Text(q.i) : preconditionId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostActieAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => checks.CreateActionAsync(Id, ActionForm, actor, ct), new FormOutcome<PreconditionAction>
        {
            Saved = "De actie is toegevoegd.",
            Redirect = _ => RedirectToPage("/Aanpakken/Randvoorwaarden/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            Prefix = "ActionForm",
        });
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid actionId, ActionStatus? status, Guid? version, CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var existing = await db.Set<PreconditionAction>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId && a.ApproachId == Id, ct);
        if (existing is null || await LoadApproachAsync("randvoorwaarden", ct) is not null)
            return NotFound();
        var input = new ActionInput
        {
            PreconditionId = existing.PreconditionId,
            Description = existing.Description,
            OwnerUserId = existing.OwnerUserId,
            DueDate = existing.DueDate,
            AssessmentId = existing.AssessmentId,
            Status = status,
            Version = version,
        };
        var result = await checks.UpdateActionAsync(Id, actionId, input, actor, ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = "De status van de actie is opgeslagen.";
                return RedirectToPage("/Aanpakken/Randvoorwaarden/Index", new { id = Id });
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            default:
                ModelState.AddModelError(string.Empty, result.Message ?? "De status kon niet worden opgeslagen.");
                return await LoadAsync(ct) ?? Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("randvoorwaarden", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var list = await checks.ListAsync(Id, actor, ct);
        if (!list.IsOk)
            return Forbid();
        Assessments = list.Value!;
        var compared = Compared;
        foreach (var a in compared)
        {
            var rows = checks.Scores(a);
            _scores[a.Id] = rows.ToDictionary(r => r.Id);
            if (a == compared[0])
                Rows = rows;
        }

        Actions = (await checks.ListActionsAsync(Id, actor, ct)).Value!;
        var ownerIds = Actions.Where(a => a.OwnerUserId is not null).Select(a => a.OwnerUserId!.Value).ToList();
        Owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        PreconditionItems =
        [
            new("Kies een randvoorwaarde", ""),
            .. guide.Preconditions.Select(p => new SelectListItem($"{p.Number}. {p.Title}", p.Id)),
            .. Step4Questions.All.Select((q, i) => new SelectListItem("Beslismoment: " + checks.Step4Text(i), q.Key)),
        ];
        // The same audited owner list as the goal form (issue 7, L6).
        OwnerItems = await lists.OwnersAsync(actor, ct);
        AssessmentItems = [new("Geen", ""), .. Assessments.Select(a => new SelectListItem(a.AssessedOn.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture), a.Id.ToString()))];
        return null;
    }
}
