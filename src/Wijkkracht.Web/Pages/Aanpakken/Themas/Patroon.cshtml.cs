using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Themas;

/// <summary>Describe a pattern (new without patternId) and link the themes, timeline events and conversations that support it.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class PatroonModel(ApproachService approaches, ThemeService themes, TimelineService timeline, ConversationService conversations) : WorkspacePageModel(approaches)
{
    /// <summary>"nieuw" for a new record, or the record's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    public Guid? PatternId => Guid.TryParse(Key, out var id) ? id : null;

    [BindProperty]
    public PatternInput Input { get; set; } = new();

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public IReadOnlyList<TimelineEvent> Events { get; private set; } = [];

    public IReadOnlyList<Conversation> Conversations { get; private set; } = [];

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (PatternId is { } patternId)
        {
            var pattern = await themes.GetPatternAsync(Id, patternId, HttpContext.GetActor(), ct);
            if (!pattern.IsOk)
                return NotFound();
            Input = PatternInput.From(pattern.Value!);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => PatternId is { } patternId ? themes.UpdatePatternAsync(Id, patternId, Input, actor, ct) : themes.CreatePatternAsync(Id, Input, actor, ct),
            new FormOutcome<Pattern>
            {
                Saved = "Het patroon is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Themas/Index", new { id = Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => PatternId is { } patternId ? (Input.Version = (await themes.GetPatternAsync(Id, patternId, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (PatternId is not { } patternId)
            return NotFound();
        var result = await themes.DeletePatternAsync(Id, patternId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het patroon is verwijderd.";
        return RedirectToPage("/Aanpakken/Themas/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("themas", ct) is { } denied)
            return denied;
        if (PatternId is null && Key != "nieuw")
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var actor = HttpContext.GetActor();
        Themes = await themes.NamesAsync(Id, ct);
        Events = (await timeline.AllAsync(Id, actor, ct)).Value ?? [];
        if (RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewStories))
            Conversations = (await conversations.ListAsync(Id, new ConversationFilter(), PageRequest.Create(1, 100), actor, ct)).Value?.Items ?? [];
        return null;
    }
}
