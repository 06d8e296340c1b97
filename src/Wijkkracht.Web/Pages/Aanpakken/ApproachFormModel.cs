using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Shared form state for creating and editing an approach.</summary>
public abstract class ApproachFormModel(AreaService areas) : PageModel
{
    [BindProperty]
    public ApproachInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> AreaItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MethodItems { get; } =
        [new("Kies een methode", ""), .. Enum.GetValues<ApproachMethod>().Select(m => new SelectListItem(ApproachLabels.For(m), m.ToString()))];

    public IReadOnlyList<SelectListItem> StatusItems { get; } =
        Enum.GetValues<ApproachStatus>().Select(s => new SelectListItem(ApproachLabels.For(s), s.ToString())).ToList();

    protected async Task LoadListsAsync(CancellationToken ct)
    {
        var all = await areas.AllAsync(ct);
        AreaItems = [new("Kies een gebied", ""), .. all.Select(a => new SelectListItem($"{a.Name} ({(a.Kind == AreaKind.Wijk ? "wijk" : "buurt")}, {a.Code})", a.Id.ToString()))];
    }
}
