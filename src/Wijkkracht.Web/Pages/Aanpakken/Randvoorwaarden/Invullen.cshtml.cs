using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Randvoorwaarden;

/// <summary>
/// One part of a check done in parts: one precondition per screen, then the decision-moment questions, then a last
/// screen to add notes and finish. Every "Vorige", "Volgende" and "Later verder" saves the screen's answers first, so
/// going back and forth keeps them, and a draft survives signing out. Works without JavaScript.
/// </summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class InvullenModel(ApproachService approaches, PreconditionCheckService checks) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid AssessmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Deel { get; set; }

    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public PreconditionAssessment Draft { get; private set; } = null!;

    public IReadOnlyList<CheckPart> Parts { get; private set; } = [];

    /// <summary>The part on this screen; null on the last screen (notes and finish).</summary>
    public CheckPart? Part => Deel >= 1 && Deel <= Parts.Count ? Parts[Deel - 1] : null;

    /// <summary>The number of screens: the parts plus the finishing screen.</summary>
    public int ScreenCount => Parts.Count + 1;

    public int Answered(CheckPart part) => PreconditionCheckService.Answered(Draft, part);

    /// <summary>The form state of one item: what was posted (kept after errors), else what the draft holds.</summary>
    public ScoreItemModel Item(int index, string preconditionId, int askIndex, string question)
    {
        if (Input.Items.Count > 0)
        {
            var posted = Input.Items.FirstOrDefault(i => i.PreconditionId == preconditionId && i.AskIndex == askIndex);
            return new ScoreItemModel(index, preconditionId, askIndex, question, posted?.Score, posted?.Explanation);
        }

        var saved = Draft.Items.FirstOrDefault(i => i.PreconditionId == preconditionId && i.AskIndex == askIndex);
        return new ScoreItemModel(index, preconditionId, askIndex, question, saved?.Score, saved?.Explanation);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input.Notes = Draft.Notes;
        return Page();
    }

    /// <summary>Saves this screen, then goes to <paramref name="ga"/>: "vorige", "volgende", "later" or "afronden".</summary>
    public async Task<IActionResult> OnPostAsync(string? ga, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var notes = Part is null ? Input.Notes ?? "" : null;
        var saved = await this.SubmitAsync(() => checks.SavePartAsync(Id, AssessmentId, Deel, Input.Items, notes, actor, ct), new FormOutcome<PreconditionAssessment>
        {
            Saved = ga == "later" ? "Uw antwoorden zijn bewaard. U kunt later verdergaan via 'Nieuwe check doen' of de lijst hieronder." : "",
            Redirect = _ => ga switch
            {
                "vorige" => RedirectToPage(new { id = Id, assessmentId = AssessmentId, deel = Math.Max(1, Deel - 1) }),
                "volgende" => RedirectToPage(new { id = Id, assessmentId = AssessmentId, deel = Math.Min(ScreenCount, Deel + 1) }),
                "afronden" => new EmptyResult(),
                _ => RedirectToPage("/Aanpakken/Randvoorwaarden/Index", new { id = Id }),
            },
            ShowAgain = () => Task.FromResult<IActionResult>(Page()),
        });
        if (saved is not EmptyResult)
        {
            if (ga != "later")
                TempData.Remove("Melding");
            return saved;
        }

        TempData.Remove("Melding");
        return await this.ToPageResultAsync(await checks.FinishAsync(Id, AssessmentId, actor, ct), new FormOutcome<PreconditionAssessment>
        {
            Saved = "De check is afgerond. Hieronder ziet u waar de gaten zitten; maak er acties van.",
            Redirect = _ => RedirectToPage("/Aanpakken/Randvoorwaarden/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            Prefix = "",
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("randvoorwaarden", ct) is { } denied)
            return denied;
        var result = await checks.GetDraftAsync(Id, AssessmentId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Draft = result.Value!;
        Parts = checks.Parts();
        if (Deel < 1 || Deel > ScreenCount)
            return NotFound();
        return null;
    }
}
