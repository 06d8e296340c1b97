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

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        // A typed value that did not parse, or an upload that is too large, keeps its message and nothing is saved.
        return this.SubmitAsync(() => _areas.UpdateAsync(Id, Input, actor, ct), new FormOutcome<Area>
        {
            Redirect = _ => RedirectToPage("/Beheer/Gebieden/Index"),
            ShowAgain = () => ShowAgainAsync(ct),
            BeforeSave = () => ReadUploadAsync(ct),
            OnInvalid = ShowErrors,
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (await _areas.GetAsync(Id, actor, ct)).Value?.Version.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct) =>
        await this.ToPageResultAsync(await _areas.DeleteAsync(Id, HttpContext.GetActor(), ct), new FormOutcome<bool>
        {
            Saved = "Het gebied is verwijderd.",
            Redirect = _ => RedirectToPage("/Beheer/Gebieden/Index"),
            ShowAgain = () => OnGetAsync(ct),
        });

    private async Task<IActionResult> ShowAgainAsync(CancellationToken ct)
    {
        var current = await _areas.GetAsync(Id, HttpContext.GetActor(), ct);
        if (current.Status == ResultStatus.NotFound)
            return NotFound();
        HasBoundary = current.Value?.BoundaryGeoJson is not null;
        await LoadListsAsync(Id, ct);
        return Page();
    }
}
