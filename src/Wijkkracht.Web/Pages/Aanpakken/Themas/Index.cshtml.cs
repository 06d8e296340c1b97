using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Themas;

/// <summary>
/// The theme board: every theme with counts by source type and its evidence (the conversations only for the core
/// team; partners see timeline events and quotes whose speakers consented), the patterns and the sessions. Editors add
/// a theme with the form on the page.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class IndexModel(ApproachService approaches, ThemeService themes, TimelineService timeline) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public ThemeInput Input { get; set; } = new();

    public ThemeBoard Board { get; private set; } = null!;

    /// <summary>Titles of timeline events, for the evidence of patterns.</summary>
    public Dictionary<Guid, string> EventTitles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => themes.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<Theme>
        {
            SavedFor = t => $"Het thema '{t.Name}' staat op het bord.",
            Redirect = _ => RedirectToPage("/Aanpakken/Themas/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
        });

    public string ThemeName(Guid id) => Board.Themes.FirstOrDefault(t => t.Count.Theme.Id == id)?.Count.Theme.Name ?? "(verwijderd thema)";

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("themas", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var board = await themes.BoardAsync(Id, actor, ct);
        if (board.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!board.IsOk)
            return NotFound();
        Board = board.Value!;
        var cited = Board.Patterns.SelectMany(p => p.Evidence).Where(e => e.Kind == EvidenceKind.Tijdlijn).Select(e => e.RecordId).Distinct().ToList();
        EventTitles = await timeline.TitlesAsync(Id, cited, actor, ct);
        return null;
    }
}
