using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer.Gebieden;

/// <summary>Change or delete an area (Beheerder).</summary>
[RecordPage(Permission.ManageAreas)]
public sealed class BewerkenModel(AreaService areas, OrganisationService organisations) : AreaFormModel(areas, organisations)
{
    private readonly AreaService _areas = areas;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public bool HasBoundary { get; private set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var result = await _areas.GetAsync(Id, actor, ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk || !actor.Can(Permission.ManageAreas))
            return Forbid();
        var a = result.Value!;
        Input = new AreaInput { Kind = a.Kind, Code = a.Code, Name = a.Name, ParentId = a.ParentId, Version = a.Version };
        HasBoundary = a.BoundaryGeoJson is not null;
        await LoadListsAsync(Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        // A typed value that did not parse keeps its message and the form comes back (nothing is saved).
        if (ModelState.KeepOnlyParseErrors() && await ReadUploadAsync(ct))
        {
            var result = await _areas.UpdateAsync(Id, Input, actor, ct);
            switch (result.Status)
            {
                case ResultStatus.Ok:
                    TempData["Melding"] = "De wijzigingen zijn opgeslagen.";
                    return RedirectToPage("/Beheer/Gebieden/Index");
                case ResultStatus.NotFound:
                    return NotFound();
                case ResultStatus.Forbidden:
                    return Forbid();
                case ResultStatus.Conflict:
                    Conflict = result.Message;
                    var latest = await _areas.GetAsync(Id, actor, ct);
                    ModelState.SetModelValue("Input.Version", latest.Value?.Version.ToString(), latest.Value?.Version.ToString());
                    Input.Version = latest.Value?.Version;
                    break;
                default:
                    ShowErrors(result.Errors);
                    break;
            }
        }

        var current = await _areas.GetAsync(Id, actor, ct);
        if (current.Status == ResultStatus.NotFound)
            return NotFound();
        HasBoundary = current.Value?.BoundaryGeoJson is not null;
        await LoadListsAsync(Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await _areas.DeleteAsync(Id, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = "Het gebied is verwijderd.";
                return RedirectToPage("/Beheer/Gebieden/Index");
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            default:
                ModelState.AddModelError(string.Empty, result.Message ?? "Verwijderen is niet gelukt.");
                var get = await OnGetAsync(ct);
                return get;
        }
    }
}
