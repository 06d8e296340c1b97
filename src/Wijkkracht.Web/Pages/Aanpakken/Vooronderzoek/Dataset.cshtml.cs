using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Vooronderzoek;

/// <summary>
/// Add (no id) or change and delete a dataset of the organisation, reached from an approach's desk research. Only the
/// Coördinator and the Beheerder (<see cref="DatasetService.CanManage"/>); others get 403.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class DatasetModel(ApproachService approaches, DatasetService datasets) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? DatasetId { get; set; }

    [BindProperty]
    public DatasetInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> TopicItems { get; } =
        Enum.GetValues<DatasetTopic>().Select(t => new SelectListItem(DeskResearchLabels.For(t), t.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (DatasetId is { } id)
        {
            var d = await datasets.GetAsync(id, HttpContext.GetActor(), ct);
            if (!d.IsOk)
                return NotFound();
            Input = DatasetInput.From(d.Value!);
        }
        else
        {
            Input.Topic = DatasetTopic.Demografie;
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => DatasetId is { } id ? datasets.UpdateAsync(id, Input, actor, ct) : datasets.CreateAsync(Input, actor, ct),
            new FormOutcome<Dataset>
            {
                SavedFor = d => $"De dataset '{d.Name}' is opgeslagen.",
                Redirect = d => RedirectToPage("/Aanpakken/Vooronderzoek/Cijfers", new { id = Id, datasetId = d.Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => DatasetId is { } id ? (Input.Version = (await datasets.GetAsync(id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (DatasetId is not { } id)
            return NotFound();
        var result = await datasets.DeleteAsync(id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De dataset en alle cijfers ervan zijn verwijderd.";
        return RedirectToPage("/Aanpakken/Vooronderzoek/Index", null, new { id = Id }, "cijfers");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("vooronderzoek", ct) is { } denied)
            return denied;
        return DatasetService.CanManage(HttpContext.GetActor()) ? null : Forbid();
    }
}
