using Microsoft.AspNetCore.Mvc;
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
public sealed class ImporterenModel(ApproachService approaches, ObservationService observations, ObservationImportService import, ObservationCatalog catalog) : WorkspacePageModel(approaches)
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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

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

        var result = await import.ImportAsync(Id, text, ConfirmPossibleNames, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                var s = result.Value!;
                TempData["Melding"] = s.Converted > 0
                    ? $"Import gelukt: {s.Created} waarnemingen opgeslagen, waarvan {s.Converted} met RD-coördinaten omgerekend naar graden."
                    : $"Import gelukt: {s.Created} waarnemingen opgeslagen.";
                return RedirectToPage("/Aanpakken/Waarnemingen/Index", new { id = Id });
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            default:
                var count = result.Errors.Sum(e => e.Value.Length);
                ModelState.AddModelError(nameof(Upload), $"Er is niets geïmporteerd: {count} fout(en) in het bestand. Verbeter de regels die hieronder staan en importeer opnieuw.");
                LineErrors = result.Errors.OrderBy(e => LineOf(e.Key)).SelectMany(e => e.Value).ToList();
                return Page();
        }
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
