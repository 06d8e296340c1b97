using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Themas;

/// <summary>Rename, describe or delete a theme (deleting removes its tags, not the records).</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class ThemaModel(ApproachService approaches, ThemeService themes) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid ThemeId { get; set; }

    [BindProperty]
    public ThemeInput Input { get; set; } = new();

    public ThemeCount? Theme { get; private set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = new ThemeInput { Name = Theme!.Theme.Name, Description = Theme.Theme.Description, Version = Theme.Theme.Version };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => themes.UpdateAsync(Id, ThemeId, Input, actor, ct), new FormOutcome<Theme>
        {
            Saved = "Het thema is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Themas/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await themes.GetAsync(Id, ThemeId, actor, ct)).Value?.Theme.Version)?.ToString(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await themes.DeleteAsync(Id, ThemeId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het thema is verwijderd.";
        return RedirectToPage("/Aanpakken/Themas/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("themas", ct) is { } denied)
            return denied;
        var result = await themes.GetAsync(Id, ThemeId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Theme = result.Value!;
        return CanEdit ? null : Forbid();
    }
}
