using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

/// <summary>
/// The approach's plattegrond with its numbered pins and, beside it, the numbered list of the pinned observations. The
/// core team uploads or replaces the image (PNG or JPEG, re-encoded without metadata); the image itself is served by the
/// <c>Afbeelding</c> handler to members of the approach only, never from wwwroot.
/// </summary>
[ApproachPage(ApproachPermission.View)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
[RequestSizeLimit(RequestLimit)]
public sealed class PlattegrondModel(ApproachService approaches, PlattegrondService plattegronden, ObservationService observations, ObservationCatalog catalog)
    : WorkspacePageModel(approaches)
{
    /// <summary>Twice the allowed file size, so that a file just over 5 MB gets the Dutch message rather than a bare 413.</summary>
    public const int RequestLimit = 2 * PlattegrondService.MaxBytes;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public Plattegrond? Current { get; private set; }

    public bool CanUpload { get; private set; }

    public IReadOnlyList<ObservationView> Pinned { get; private set; } = [];

    public IReadOnlyList<PlattegrondPin> Pins { get; private set; } = [];

    public ObservationCatalog Catalog { get; } = catalog;

    /// <summary>The text alternative of the drawing with its pins.</summary>
    public string Label => $"{Current?.Description}. {(Pinned.Count == 1 ? "Eén genummerd punt" : $"{Pinned.Count} genummerde punten")}; de lijst 'Waarnemingen op de plattegrond' noemt ze.";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    /// <summary>The image bytes, for members of the approach (404 for anyone else and when there is none).</summary>
    public async Task<IActionResult> OnGetAfbeeldingAsync(CancellationToken ct)
    {
        var image = await plattegronden.GetImageAsync(Id, HttpContext.GetActor(), ct);
        if (!image.IsOk)
            return NotFound();
        return File(image.Value.Data, image.Value.Plattegrond.ContentType);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (!CanUpload)
            return Forbid();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Kies een tekening of foto (PNG of JPEG).");
            return Page();
        }

        if (Upload.Length > PlattegrondService.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), PlattegrondService.TooLarge);
            return Page();
        }

        byte[] data;
        using (var buffer = new MemoryStream())
        {
            await Upload.CopyToAsync(buffer, ct);
            data = buffer.ToArray();
        }

        var result = await plattegronden.UploadAsync(Id, data, Description, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = "De plattegrond is opgeslagen.";
                return RedirectToPage("/Aanpakken/Waarnemingen/Plattegrond", new { id = Id });
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            default:
                ModelState.AddErrors(result.Errors, "");
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("waarnemingen", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        Current = (await plattegronden.GetAsync(Id, actor, ct)).Value;
        CanUpload = await plattegronden.CanUploadAsync(Id, actor, ct);
        Description ??= Current?.Description;
        if (Current is not null)
        {
            var pinned = await observations.SelectAsync(Id, new ObservationFilter { PinnedOnly = true }, actor, ct);
            Pinned = [.. (pinned.Value ?? []).OrderBy(v => v.Observation.ObservedOn).ThenBy(v => v.Observation.ObservedAt).Take(500)];
            Pins = Pinned.Select((v, i) => new PlattegrondPin(i + 1, v.Observation.PinX!.Value, v.Observation.PinY!.Value)).ToList();
        }

        return null;
    }
}
