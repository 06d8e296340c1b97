using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Randvoorwaarden;

/// <summary>Do a new precondition check, item by item.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class NieuwModel(ApproachService approaches, PreconditionCheckService checks, IGuideCatalog guide, TimeProvider time) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public IReadOnlyList<GuidePrecondition> Preconditions => guide.Preconditions;

    public string Step4Text(int index) => checks.Step4Text(index);

    /// <summary>The form state of one item: what was posted (kept after errors), else empty.</summary>
    public ScoreItemModel Item(int index, string preconditionId, int askIndex, string question)
    {
        var posted = Input.Items.FirstOrDefault(i => i.PreconditionId == preconditionId && i.AskIndex == askIndex);
        return new ScoreItemModel(index, preconditionId, askIndex, question, posted?.Score, posted?.Explanation);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("randvoorwaarden", ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        Input.AssessedOn = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => checks.CreateAsync(Id, Input, actor, ct), new FormOutcome<PreconditionAssessment>
        {
            Saved = "De check is opgeslagen. Maak van de tekorten acties hieronder.",
            Redirect = _ => RedirectToPage("/Aanpakken/Randvoorwaarden/Index", new { id = Id }),
            ShowAgain = async () => await LoadApproachAsync("randvoorwaarden", ct) ?? Page(),
        });
    }
}
