using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Evaluatie;

/// <summary>
/// An evaluation round with the guide's four questions and their sub-questions: a form for the core team (only the core
/// team closes a round), read-only for the other members who may see it.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class RondeModel(ApproachService approaches, EvaluationService evaluation, FieldworkGuide guide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? RoundId { get; set; }

    [BindProperty]
    public EvaluationInput Input { get; set; } = new();

    public EvaluationRound? Round { get; private set; }

    public string? Conflict { get; private set; }

    public bool CanClose { get; private set; }

    public FieldworkGuide Guide => guide;

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(EvaluationDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, EvaluationDefaults.Visibility, View.CanManageMembers);

    public IReadOnlyList<SelectListItem> StatusItems =>
        Enum.GetValues<EvaluationStatus>().Select(s => new SelectListItem(EvaluationLabels.For(s), s.ToString())).ToList();

    /// <summary>The typed (or stored) answer to one sub-question.</summary>
    public string Answer(int question, int sub) => Input.Answers.GetValueOrDefault(EvaluationInput.Key(question, sub)) ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (RoundId is null && !CanEdit)
            return Forbid();
        if (Round is not null)
        {
            Input = EvaluationInput.From(Round);
            CurrentVisibility = VisibilityChoice.From(Round);
        }
        else
        {
            Input.HeldOn = PlausibleDates.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => RoundId is { } id ? evaluation.UpdateRoundAsync(Id, id, Input, actor, ct) : evaluation.CreateRoundAsync(Id, Input, actor, ct),
            new FormOutcome<EvaluationRound>
            {
                SavedFor = r => $"De evaluatieronde van {Acties.ActionDisplay.Date(r.HeldOn)} is opgeslagen.",
                Redirect = r => RedirectToPage("/Aanpakken/Evaluatie/Ronde", new { id = Id, roundId = r.Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => RoundId is { } id ? (Input.Version = (await evaluation.RoundAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (RoundId is not { } id)
            return NotFound();
        var result = await evaluation.DeleteRoundAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De evaluatieronde is verwijderd.";
        return RedirectToPage("/Aanpakken/Evaluatie/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("evaluatie", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (RoundId is { } id)
        {
            var found = await evaluation.RoundAsync(Id, id, actor, ct);
            if (!found.IsOk)
                return NotFound();
            Round = found.Value;
        }

        CanClose = await Approaches.ResolveAsync(Id, actor, ct) is { } access && EvaluationService.CanClose(access);
        return null;
    }
}
