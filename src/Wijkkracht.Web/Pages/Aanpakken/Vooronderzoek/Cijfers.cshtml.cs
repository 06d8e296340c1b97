using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Vooronderzoek;

/// <summary>The figure form as typed: the value is text, so a CBS symbol (. x -) can be entered too.</summary>
public sealed class FigureForm
{
    public string? AreaCode { get; set; }

    public string? Period { get; set; }

    public string? Value { get; set; }
}

/// <summary>
/// The figures of one dataset: enter one by hand (the same area and period again replaces it), import a CSV (checked
/// as a whole; every bad line named; nothing written on any error), or delete one. Coördinator and Beheerder only.
/// </summary>
[ApproachPage(ApproachPermission.View)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + (64 * 1024))]
[RequestSizeLimit(MaxUploadBytes + (64 * 1024))]
public sealed class CijfersModel(ApproachService approaches, DatasetService datasets) : WorkspacePageModel(approaches)
{
    public const int MaxUploadBytes = 5 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public Guid DatasetId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public FigureForm Figure { get; set; } = new();

    /// <summary>CSV pasted into the form.</summary>
    [BindProperty]
    public string? Csv { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public Dataset Dataset { get; private set; } = null!;

    public Page<AreaFigure> Figures { get; private set; } = new([], 1, Page<object>.MaxPageSize, 0);

    public IReadOnlyList<FigureArea> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    /// <summary>One figure by hand.</summary>
    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var input = new FigureInput { AreaCode = Figure.AreaCode, Period = Figure.Period };
        return this.SubmitAsync(() => datasets.SaveFigureAsync(DatasetId, input, actor, ct), new FormOutcome<AreaFigure>
        {
            SavedFor = f => $"Het cijfer voor {f.AreaCode} in {f.Period} is opgeslagen.",
            Prefix = "Figure",
            Redirect = _ => RedirectToPage("/Aanpakken/Vooronderzoek/Cijfers", new { id = Id, datasetId = DatasetId }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            BeforeSave = () =>
            {
                if (string.IsNullOrWhiteSpace(Figure.Value))
                    return Task.FromResult(true); // the service names the missing value
                if (!FigureRules.TryParseValue(Figure.Value, commaDecimal: true, out var value, out var symbol))
                {
                    ModelState.AddModelError("Figure.Value", FigureRules.ValueMessage);
                    return Task.FromResult(false);
                }

                input.Value = value;
                input.Symbol = symbol;
                return Task.FromResult(true);
            },
            OnInvalid = errors =>
            {
                foreach (var (field, messages) in errors)
                {
                    foreach (var message in messages)
                        ModelState.AddModelError("Figure." + (field == nameof(FigureInput.Symbol) ? nameof(FigureForm.Value) : field), message);
                }
            },
        });
    }

    /// <summary>A CSV file or pasted CSV: all lines or none.</summary>
    public async Task<IActionResult> OnPostImporteerAsync(CancellationToken ct)
    {
        var text = Csv ?? "";
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxUploadBytes)
            {
                ModelState.AddModelError(nameof(Upload), "Het bestand is groter dan 5 MB. Splits het bestand.");
                return await LoadAsync(ct) ?? Page();
            }

            using var reader = new StreamReader(Upload.OpenReadStream());
            text = await reader.ReadToEndAsync(ct);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(nameof(Upload), "Kies een CSV-bestand of plak de regels in het tekstvak.");
            return await LoadAsync(ct) ?? Page();
        }

        var result = await datasets.ImportAsync(DatasetId, text, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                var s = result.Value!;
                TempData["Melding"] = $"Import gelukt: {s.Lines} regels, {s.Created} nieuwe cijfers, {s.Updated} gewijzigd, {s.Unchanged} ongewijzigd.";
                return RedirectToPage("/Aanpakken/Vooronderzoek/Cijfers", new { id = Id, datasetId = DatasetId });
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            default:
                var field = Upload is { Length: > 0 } ? nameof(Upload) : nameof(Csv);
                ModelState.AddModelError(field, $"Er is niets geïmporteerd: {result.Errors.Sum(e => e.Value.Length)} fout(en) in het bestand. Verbeter de regels hieronder en importeer opnieuw.");
                foreach (var message in result.Errors.OrderBy(e => LineOf(e.Key)).SelectMany(e => e.Value))
                    ModelState.AddModelError(field, message);
                return await LoadAsync(ct) ?? Page();
        }
    }

    public async Task<IActionResult> OnPostVerwijderAsync(Guid figureId, CancellationToken ct)
    {
        var result = await datasets.DeleteFigureAsync(DatasetId, figureId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het cijfer is verwijderd.";
        return RedirectToPage("/Aanpakken/Vooronderzoek/Cijfers", new { id = Id, datasetId = DatasetId });
    }

    private static int LineOf(string key) =>
        key.StartsWith("lines[", StringComparison.Ordinal) && int.TryParse(key[6..key.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture, out var line) ? line : 0;

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("vooronderzoek", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (!DatasetService.CanManage(actor))
            return Forbid();
        var dataset = await datasets.GetAsync(DatasetId, actor, ct);
        if (!dataset.IsOk)
            return NotFound();
        Dataset = dataset.Value!;
        Figures = (await datasets.ListFiguresAsync(DatasetId, PageRequest.Create(PageNumber, Page<object>.MaxPageSize), actor, null, ct)).Value!;
        Areas = (await datasets.AreasForApproachAsync(Id, actor, ct)).Value ?? [];
        return null;
    }
}
