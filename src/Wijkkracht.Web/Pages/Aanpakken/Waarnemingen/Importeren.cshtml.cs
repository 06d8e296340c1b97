using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

/// <summary>
/// Import observations from a CSV file (issue 10 §6): the columns of the export, WGS84 or RD New coordinates. The whole
/// file is checked first; every bad line is listed with its line number and column; on any error nothing is saved.
/// Whoever may record an observation may import. Works without JavaScript.
/// </summary>
[ApproachPage(ApproachPermission.View)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + (64 * 1024))]
[RequestSizeLimit(MaxUploadBytes + (64 * 1024))]
public sealed class ImporterenModel(ApproachService approaches, ObservationService observations, ObservationImportService import, ObservationImportJobs jobs, IHostApplicationLifetime lifetime, ObservationCatalog catalog)
    : WorkspacePageModel(approaches)
{
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    public ObservationCatalog Catalog { get; } = catalog;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Import text that looks like a name or address anyway, after the warning.</summary>
    [BindProperty]
    public bool ConfirmPossibleNames { get; set; }

    /// <summary>The errors of the last attempt, one per line and column, in line order.</summary>
    public IReadOnlyList<string> LineErrors { get; private set; } = [];

    /// <summary>A large import that runs in the background (its progress page), from <c>?taak=</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "taak")]
    public Guid? Taak { get; set; }

    /// <summary>The running import this page follows, or null.</summary>
    public ObservationImportJob? Running { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (Taak is not { } taak)
            return Page();
        var job = jobs.Find(taak, Id, HttpContext.GetActor());
        if (job is null)
            return NotFound();
        if (!job.Done)
        {
            Running = job;
            return Page();
        }

        if (job.Summary is { } summary)
            return Imported(summary);
        if (job.Errors is { } errors)
            return Refused(errors);
        ModelState.AddModelError(nameof(Upload), job.Failure ?? "De import is mislukt. Er is niets opgeslagen.");
        return Page();
    }

    /// <summary>The progress of a background import as JSON, for the script on the progress page.</summary>
    public async Task<IActionResult> OnGetVoortgangAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (Taak is not { } taak || jobs.Find(taak, Id, HttpContext.GetActor()) is not { } job)
            return NotFound();
        return new JsonResult(new { done = job.Done, saved = job.Saved, total = job.Total == 0 ? job.Lines : job.Total, text = ProgressText(job) });
    }

    /// <summary>"Het bestand wordt gecontroleerd" or "4.000 van 10.000 waarnemingen opgeslagen".</summary>
    public static string ProgressText(ObservationImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        if (job.Done)
            return "De import is klaar.";
        return job.Checked
            ? $"Het bestand is goedgekeurd. {job.Saved.ToString("N0", nl)} van {job.Total.ToString("N0", nl)} waarnemingen opgeslagen."
            : $"Het bestand met {job.Lines.ToString("N0", nl)} regels wordt gecontroleerd.";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), "Kies een CSV-bestand.");
            return Page();
        }

        if (Upload.Length > MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Het bestand is groter dan 10 MB. Splits het bestand.");
            return Page();
        }

        string text;
        using (var reader = new StreamReader(Upload.OpenReadStream()))
            text = await reader.ReadToEndAsync(ct);

        var lines = text.Count(c => c == '\n') - 1 + (text.EndsWith('\n') ? 0 : 1);
        if (lines > ObservationImportJobs.BackgroundFromLines)
        {
            var job = jobs.Start(Id, text, ConfirmPossibleNames, HttpContext.GetActor(), lines, lifetime.ApplicationStopping);
            return RedirectToPage("/Aanpakken/Waarnemingen/Importeren", new { id = Id, taak = job.Id });
        }

        var result = await import.ImportAsync(Id, text, ConfirmPossibleNames, HttpContext.GetActor(), ct: ct);
        return result.Status switch
        {
            ResultStatus.Ok => Imported(result.Value!),
            ResultStatus.NotFound => NotFound(),
            ResultStatus.Forbidden => Forbid(),
            _ => Refused(result.Errors),
        };
    }

    private RedirectToPageResult Imported(ObservationImportSummary s)
    {
        TempData["Melding"] = s.Converted > 0
            ? $"Import gelukt: {s.Created} waarnemingen opgeslagen, waarvan {s.Converted} met RD-coördinaten omgerekend naar graden."
            : $"Import gelukt: {s.Created} waarnemingen opgeslagen.";
        return RedirectToPage("/Aanpakken/Waarnemingen/Index", new { id = Id });
    }

    private PageResult Refused(IReadOnlyDictionary<string, string[]> errors)
    {
        var count = errors.Sum(e => e.Value.Length);
        ModelState.AddModelError(nameof(Upload), $"Er is niets geïmporteerd: {count} fout(en) in het bestand. Verbeter de regels die hieronder staan en importeer opnieuw.");
        LineErrors = errors.OrderBy(e => LineOf(e.Key)).SelectMany(e => e.Value).ToList();
        return Page();
    }

    private static int LineOf(string key) =>
        key.StartsWith("lines[", StringComparison.Ordinal) && int.TryParse(key[6..key.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture, out var line) ? line : 0;

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        if (!await observations.CanRecordAsync(Id, HttpContext.GetActor(), ct))
            return Forbid();
        return null;
    }
}
