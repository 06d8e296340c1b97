using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Themas;

/// <summary>Record a session (new without sessionId): which themes the participants chose, in order, and who wants to contribute.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class SessieModel(ApproachService approaches, ThemeService themes, TimeProvider time) : WorkspacePageModel(approaches)
{
    public const int Choices = 3;

    /// <summary>"nieuw" for a new record, or the record's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    public Guid? SessionId => Guid.TryParse(Key, out var id) ? id : null;

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (SessionId is { } sessionId)
        {
            var session = await themes.GetSessionAsync(Id, sessionId, HttpContext.GetActor(), ct);
            if (!session.IsOk)
                return NotFound();
            Input = SessionInput.From(session.Value!);
        }
        else
        {
            Input.Date = PlausibleDates.Today(time);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        // The choice lists post one value each; an empty choice is skipped.
        Input.PrioritisedThemeIds = Input.PrioritisedThemeIds.Where(t => t != Guid.Empty).ToList();
        return this.SubmitAsync(
            () => SessionId is { } sessionId ? themes.UpdateSessionAsync(Id, sessionId, Input, actor, ct) : themes.CreateSessionAsync(Id, Input, actor, ct),
            new FormOutcome<ThemeSession>
            {
                Saved = "De bijeenkomst is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Themas/Index", new { id = Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => SessionId is { } sessionId ? (Input.Version = (await themes.GetSessionAsync(Id, sessionId, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (SessionId is not { } sessionId)
            return NotFound();
        var result = await themes.DeleteSessionAsync(Id, sessionId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De bijeenkomst is verwijderd.";
        return RedirectToPage("/Aanpakken/Themas/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("themas", ct) is { } denied)
            return denied;
        if (SessionId is null && Key != "nieuw")
            return NotFound();
        if (!CanEdit)
            return Forbid();
        Themes = await themes.NamesAsync(Id, ct);
        return null;
    }
}
