using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebieden;

/// <summary>Shared form state for areas, including the GeoJSON upload.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
[RequestSizeLimit(12 * 1024 * 1024)]
public abstract class AreaFormModel(AreaService areas, OrganisationService organisations) : PageModel
{
    [BindProperty]
    public AreaInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<SelectListItem> KindItems { get; } =
        [new("Kies wijk of buurt", ""), new("Wijk", AreaKind.Wijk.ToString()), new("Buurt", AreaKind.Buurt.ToString())];

    public IReadOnlyList<SelectListItem> ParentItems { get; private set; } = [];

    public string CodeHint { get; private set; } = "";

    protected async Task LoadListsAsync(Guid? exclude, CancellationToken ct)
    {
        var wijken = (await areas.AllAsync(ct)).Where(a => a.Kind == AreaKind.Wijk && a.Id != exclude);
        ParentItems = [new("Geen", ""), .. wijken.Select(w => new SelectListItem($"{w.Name} ({w.Code})", w.Id.ToString()))];
        var gm = (await organisations.GetCurrentAsync(HttpContext.GetActor(), ct)).GmCode;
        CodeHint = $"Wijk: WK en 6 cijfers, bijvoorbeeld WK{gm[2..]}01. Buurt: BU en 8 cijfers, bijvoorbeeld BU{gm[2..]}0101. De cijfers beginnen met de gemeentecode ({gm}).";
    }

    /// <summary>Reads the upload into the input (the service validates it); returns false, with a field error, when it is too large.</summary>
    protected async Task<bool> ReadUploadAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
            return true;
        if (Upload.Length > GeoJsonBoundary.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Het bestand is groter dan 10 MB. Vereenvoudig de grens of kies een kleiner bestand.");
            return false;
        }

        using var reader = new StreamReader(Upload.OpenReadStream());
        Input.BoundaryGeoJson = await reader.ReadToEndAsync(ct);
        return true;
    }

    /// <summary>Shows service errors; a boundary error belongs to the upload field.</summary>
    protected void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
                ModelState.AddModelError(field == nameof(AreaInput.BoundaryGeoJson) ? nameof(Upload) : "Input." + field, message);
        }
    }
}
