using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Evaluatie;

/// <summary>Add or change an indicator, and add measurements (chart and table); for members with edit rights.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class IndicatorModel(ApproachService approaches, EvaluationService evaluation, GoalService goals) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? IndicatorId { get; set; }

    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    [BindProperty]
    public MeasurementInput Measurement { get; set; } = new();

    public Indicator? Current { get; private set; }

    public string? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> GoalItems { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        Enum.GetValues<IndicatorKind>().Select(k => new SelectListItem(EvaluationLabels.For(k), k.ToString())).ToList();

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(EvaluationDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, EvaluationDefaults.Visibility, View.CanManageMembers);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (Current is not null)
        {
            Input = IndicatorInput.From(Current);
            CurrentVisibility = VisibilityChoice.From(Current);
            Measurement.Version = Current.Version;
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => IndicatorId is { } id ? evaluation.UpdateIndicatorAsync(Id, id, Input, actor, ct) : evaluation.CreateIndicatorAsync(Id, Input, actor, ct),
            new FormOutcome<Indicator>
            {
                SavedFor = i => $"De indicator '{i.Name}' is opgeslagen.",
                Redirect = i => RedirectToPage("/Aanpakken/Evaluatie/Indicator", new { id = Id, indicatorId = i.Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => IndicatorId is { } id ? (Input.Version = (await evaluation.IndicatorAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public Task<IActionResult> OnPostMetingAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => IndicatorId is { } id ? evaluation.AddMeasurementAsync(Id, id, Measurement, actor, ct) : Task.FromResult(Result<Indicator>.NotFound()),
            new FormOutcome<Indicator>
            {
                Prefix = "Measurement",
                Saved = "De meting is toegevoegd.",
                Redirect = i => RedirectToPage("/Aanpakken/Evaluatie/Indicator", new { id = Id, indicatorId = i.Id }),
                ShowAgain = async () =>
                {
                    var denied = await LoadAsync(ct);
                    if (Current is not null)
                        Input = IndicatorInput.From(Current);
                    return denied ?? Page();
                },
                OnConflict = message => Conflict = message,
                VersionField = "Version",
                LatestVersion = async () => IndicatorId is { } id ? (Measurement.Version = (await evaluation.IndicatorAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (IndicatorId is not { } id)
            return NotFound();
        var result = await evaluation.DeleteIndicatorAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De indicator is verwijderd.";
        return RedirectToPage("/Aanpakken/Evaluatie/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("evaluatie", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (IndicatorId is { } id)
        {
            var found = await evaluation.IndicatorAsync(Id, id, actor, ct);
            if (!found.IsOk)
                return NotFound();
            Current = found.Value;
        }

        if (!CanEdit)
            return Forbid();
        GoalItems = [new("Geen doel", ""), .. ((await goals.ListAsync(Id, actor, ct)).Value ?? []).Select(g => new SelectListItem(g.Title, g.Id.ToString()))];
        return null;
    }
}
