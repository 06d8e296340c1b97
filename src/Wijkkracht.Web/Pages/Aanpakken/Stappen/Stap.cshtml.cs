using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Steps;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Stappen;

/// <summary>One step: guidance from the knowledge base, and the team's status, results, answers and notes.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class StapModel(ApproachService approaches, StepService steps) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public string StepId { get; set; } = "";

    [BindProperty]
    public StepInput Input { get; set; } = new();

    public StepView Step { get; private set; } = null!;

    public string? Conflict { get; private set; }

    /// <summary>"Wie mag dit zien?": editable by those who manage the members (ADR 0005), text for everyone else.</summary>
    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility",
        Input.Visibility ?? (Step.Progress is { } p ? VisibilityChoice.From(p) : VisibilityChoice.Default(VisibilityRules.StepDefault)),
        VisibilityRules.StepDefault, View.CanManageMembers);

    public IReadOnlyList<SelectListItem> StatusItems { get; } =
        Enum.GetValues<StepStatus>().Select(s => new SelectListItem(StepLabels.For(s), s.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = ToInput(Step);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => steps.SaveAsync(Id, StepId, Input, actor, ct), new FormOutcome<StepView>
        {
            Saved = "De stap is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Stappen/Stap", new { id = Id, stepId = StepId }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await steps.GetAsync(Id, StepId, actor, ct)).Value?.Progress?.Version)?.ToString(),
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("stappen", ct) is { } denied)
            return denied;
        var result = await steps.GetAsync(Id, StepId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Step = result.Value!;
        while (Input.Results.Count < Step.Step.Results.Count)
            Input.Results.Add(new StepResultInput());
        while (Input.Answers.Count < Step.Step.Questions.Count)
            Input.Answers.Add(null);
        return null;
    }

    private static StepInput ToInput(StepView view)
    {
        var p = view.Progress;
        return new StepInput
        {
            Status = view.Status,
            Notes = p?.Notes,
            Version = p?.Version,
            Visibility = p is null ? VisibilityChoice.Default(VisibilityRules.StepDefault) : VisibilityChoice.From(p),
            Results = Enumerable.Range(0, view.Step.Results.Count).Select(i => p?.Results.FirstOrDefault(r => r.Index == i) is { } r
                ? new StepResultInput { Achieved = r.Achieved, AchievedOn = r.AchievedOn, Note = r.Note, Evidence = r.Evidence }
                : new StepResultInput()).ToList(),
            Answers = Enumerable.Range(0, view.Step.Questions.Count).Select(i => p?.Answers.FirstOrDefault(a => a.Index == i)?.Answer).ToList(),
        };
    }
}
