using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Verhaal;

/// <summary>Write the shared story; saving adds a version. Themes, patterns and timeline events are cited by ticking them.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class BewerkenModel(ApproachService approaches, StoryService stories, ThemeService themes, WijkkrachtDbContext db) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public StoryInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Themes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Patterns { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Events { get; private set; } = [];

    public (string Legend, string Name, IReadOnlyList<(Guid Id, string Title)> Items, List<Guid> Chosen) ThemePicker => ("Thema's", "Input.ThemeIds", Themes, Input.ThemeIds);

    public (string Legend, string Name, IReadOnlyList<(Guid Id, string Title)> Items, List<Guid> Chosen) PatternPicker => ("Patronen", "Input.PatternIds", Patterns, Input.PatternIds);

    public (string Legend, string Name, IReadOnlyList<(Guid Id, string Title)> Items, List<Guid> Chosen) EventPicker => ("Gebeurtenissen op de tijdlijn", "Input.TimelineEventIds", Events, Input.TimelineEventIds);

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(StoryDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, StoryDefaults.Visibility, View.CanManageMembers);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = StoryInput.From((await stories.GetLatestAsync(Id, HttpContext.GetActor(), ct)).Value);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => stories.SaveAsync(Id, Input, actor, ct), new FormOutcome<StoryVersion>
        {
            SavedFor = saved => $"Versie {saved.Number} van het verhaal is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Verhaal/Index", new { id = Id }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            VersionField = nameof(StoryInput.BaseNumber),
            LatestVersion = async () => (Input.BaseNumber = (await stories.GetLatestAsync(Id, actor, ct)).Value?.Number ?? 0).Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("verhaal", ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        if ((await stories.GetLatestAsync(Id, HttpContext.GetActor(), ct)).Value is { } latest)
            CurrentVisibility = VisibilityChoice.From(latest);
        Themes = (await themes.NamesAsync(Id, ct)).Select(t => (t.Id, t.Name)).ToList();
        Patterns = (await db.Set<Pattern>().AsNoTracking().Where(p => p.ApproachId == Id).OrderBy(p => p.Statement).Select(p => new { p.Id, p.Statement }).ToListAsync(ct))
            .Select(p => (p.Id, p.Statement)).ToList();
        Events = (await db.Set<TimelineEvent>().AsNoTracking().Where(e => e.ApproachId == Id).OrderBy(e => e.Date).Select(e => new { e.Id, e.Title, e.Date }).ToListAsync(ct))
            .Select(e => (e.Id, $"{e.Date:d-M-yyyy}: {e.Title}")).ToList();
        return null;
    }
}
