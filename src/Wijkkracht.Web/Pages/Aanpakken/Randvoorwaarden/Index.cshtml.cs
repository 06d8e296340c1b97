using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Randvoorwaarden;

/// <summary>
/// Where the gaps are (the newest finished check, weakest first), scores over time (table plus radar chart), unfinished
/// checks to continue, and the follow-up actions.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, PreconditionCheckService checks, IGuideCatalog guide, WijkkrachtDbContext db) : WorkspacePageModel(approaches)
{
    /// <summary>How many assessments are shown side by side.</summary>
    public const int CompareCount = 3;

    /// <summary>Below this percentage a precondition counts as a gap and gets a "Maak actie" link.</summary>
    public const int GapBelow = 75;

    [BindProperty]
    public ActionInput ActionForm { get; set; } = new();

    /// <summary>"Maak actie": the precondition to pre-fill in the action form.</summary>
    [BindProperty(SupportsGet = true, Name = "actie")]
    public string? PrefillPrecondition { get; set; }

    /// <summary>"Maak actie": the check to pre-fill in the action form.</summary>
    [BindProperty(SupportsGet = true, Name = "check")]
    public Guid? PrefillAssessment { get; set; }

    public List<PreconditionAssessment> Assessments { get; private set; } = [];

    public List<PreconditionAssessment> Compared => Assessments.Take(CompareCount).ToList();

    public IReadOnlyList<PreconditionScoreRow> Rows { get; private set; } = [];

    /// <summary>The newest finished check's scores, weakest first ("waar zitten de gaten").</summary>
    public IReadOnlyList<PreconditionScoreRow> Gaps { get; private set; } = [];

    /// <summary>Unfinished checks with the part to continue at.</summary>
    public List<(PreconditionAssessment Draft, int ContinueAt, int Done, int Total)> Drafts { get; private set; } = [];

    public List<PreconditionAction> Actions { get; private set; } = [];

    public Dictionary<Guid, string> Owners { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PreconditionItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AssessmentItems { get; private set; } = [];

    private readonly Dictionary<Guid, Dictionary<string, PreconditionScoreRow>> _scores = [];

    public PreconditionScoreRow? ScoreOf(PreconditionAssessment assessment, string id) =>
        _scores.TryGetValue(assessment.Id, out var rows) ? rows.GetValueOrDefault(id) : null;

    /// <summary>Whether the actor may change the status of <paramref name="action"/>: editors, and the action's owner.</summary>
    public bool CanSetStatus(PreconditionAction action) => CanEdit || action.OwnerUserId == HttpContext.GetActor().UserId;

    /// <summary>The band of a score in words (colour is never the only signal).</summary>
    public static (string Css, string Label) Band(int? percentage) => percentage switch
    {
        null => ("onbekend", "onbekend"),
        < 50 => ("zwak", "zwak"),
        < GapBelow => ("matig", "matig"),
        _ => ("goed", "goed"),
    };

    public string TitleOf(string preconditionId) =>
        guide.Preconditions.FirstOrDefault(p => p.Id == preconditionId) is { } p ? $"{p.Number}. {p.Title}"
        : Step4Questions.All.Select((q, i) => (q.Key, i)).FirstOrDefault(q => q.Key == preconditionId) is { Key: not null } q ? checks.Step4Text(q.i) : preconditionId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (PrefillPrecondition is not null && PreconditionItems.Any(i => i.Value == PrefillPrecondition))
        {
            ActionForm.PreconditionId = PrefillPrecondition;
            ActionForm.AssessmentId = PrefillAssessment is { } a && Assessments.Exists(x => x.Id == a) ? a : Assessments.FirstOrDefault()?.Id;
        }

        return Page();
    }

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

    /// <summary>Changes only the status of an action (editors, and the action's owner).</summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid actionId, ActionStatus? status, Guid? version, CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var input = new ActionInput { Status = status, Version = version };
        var existing = await db.Set<PreconditionAction>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId && a.ApproachId == Id, ct);
        if (existing is not null && CanEditApproach(actor))
        {
            input.PreconditionId = existing.PreconditionId;
            input.Description = existing.Description;
            input.OwnerUserId = existing.OwnerUserId;
            input.DueDate = existing.DueDate;
            input.AssessmentId = existing.AssessmentId;
        }

        return await this.ToPageResultAsync(await checks.UpdateActionAsync(Id, actionId, input, actor, ct), new FormOutcome<PreconditionAction>
        {
            Saved = "De status van de actie is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Randvoorwaarden/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            Prefix = "",
        });
    }

    private bool CanEditApproach(Actor actor) =>
        HttpContext.RequestServices.GetRequiredService<ApproachAccessContext>().TryGet(Id, actor, out var access) && access.Has(ApproachPermission.Edit);

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

        // Weakest first; "not assessed" (only 'weet niet') is a gap in knowledge and comes first; ties keep the guide's order.
        Gaps = Rows.Select((r, i) => (r, i)).OrderBy(x => x.r.Percentage ?? -1).ThenBy(x => x.i).Select(x => x.r).ToList();

        if (CanEdit)
        {
            var parts = checks.Parts();
            foreach (var draft in (await checks.DraftsAsync(Id, actor, ct)).Value ?? [])
            {
                var done = parts.Count(p => PreconditionCheckService.Answered(draft, p) == p.Items.Count);
                var next = parts.FirstOrDefault(p => PreconditionCheckService.Answered(draft, p) < p.Items.Count)?.Number ?? parts.Count + 1;
                Drafts.Add((draft, next, done, parts.Count));
            }
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
        if (CanEdit)
        {
            // Only members of the approach can own an action; a network member is marked, their name appears in reports.
            var owners = (await checks.OwnerChoicesAsync(Id, actor, ct)).Value ?? [];
            OwnerItems =
            [
                new("Geen eigenaar", ""),
                .. owners.Select(o => new SelectListItem(o.Role == ApproachRole.Netwerklid ? $"{o.DisplayName} (netwerklid: naam komt in rapportages)" : $"{o.DisplayName} ({RoleLabels.For(o.Role).ToLowerInvariant()})", o.UserId.ToString())),
            ];
        }

        AssessmentItems = [new("Geen", ""), .. Assessments.Select(a => new SelectListItem(a.AssessedOn.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture), a.Id.ToString()))];
        return null;
    }
}
