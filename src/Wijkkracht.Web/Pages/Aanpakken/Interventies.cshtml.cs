using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>The interventions in an approach's plan, each with a note, the start questions and the working principles.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class InterventiesModel(ApproachService approaches, ApproachInterventionService plan, KnowledgeBase kb, Wijkkracht.Core.Goals.GoalService goals) : WorkspacePageModel(approaches)
{
    public KnowledgeBase Kb => kb;

    public List<Wijkkracht.Core.Goals.Goal> Goals { get; private set; } = [];

    public List<ApproachInterventionView> Items { get; private set; } = [];

    public string? Conflict { get; private set; }

    /// <summary>The intervention the user asked to remove: the page shows a confirmation step first (no JavaScript needed).</summary>
    public ApproachInterventionView? ConfirmRemove { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBewaarAsync(Guid? itemId, string? note, Guid? version, List<string>? principles, List<Guid>? goalIds, CancellationToken ct)
    {
        ModelState.Clear();
        var answers = kb.Principles.StartQuestions.ToDictionary(q => q.Id, q => Request.Form["answer-" + q.Id].ToString(), StringComparer.Ordinal);
        var result = itemId is { } item
            ? await plan.UpdateAsync(Id, item, new ApproachInterventionInput { Note = note ?? "", Answers = answers, Principles = principles ?? [], GoalIds = goalIds ?? [], Version = version }, HttpContext.GetActor(), ct)
            : Result<ApproachInterventionView>.NotFound();
        return await AfterAsync(result, "De analyse is opgeslagen.", ct);
    }

    /// <summary>First POST: shows what will be removed with "Ja, verwijder" / "Annuleren"; the confirmed POST removes it.</summary>
    public async Task<IActionResult> OnPostVerwijderAsync(Guid? itemId, bool bevestigd, CancellationToken ct)
    {
        if (!bevestigd)
        {
            if (!await LoadAsync(ct))
                return NotFound();
            if (!CanEdit)
                return Forbid();
            ConfirmRemove = Items.Find(i => i.Item.Id == itemId);
            return ConfirmRemove is null ? NotFound() : Page();
        }

        var result = itemId is { } item ? await plan.RemoveAsync(Id, item, HttpContext.GetActor(), ct) : Result<bool>.NotFound();
        return await AfterAsync(result, "De interventie is uit het plan gehaald.", ct);
    }

    private Task<IActionResult> AfterAsync<T>(Result<T> result, string success, CancellationToken ct) =>
        this.ToPageResultAsync(result, new FormOutcome<T>
        {
            Saved = success,
            Redirect = _ => RedirectToPage("/Aanpakken/Interventies", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ? Page() : NotFound(),
            Prefix = "",
            OnConflict = message => Conflict = message,
        });

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        if (await LoadApproachAsync("interventies", ct) is not null)
            return false;
        Items = (await plan.ListAsync(Id, actor, ct)).Value!;
        Goals = (await goals.ListAsync(Id, actor, ct)).Value ?? [];
        return true;
    }
}
