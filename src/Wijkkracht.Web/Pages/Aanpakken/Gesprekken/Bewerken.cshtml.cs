using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>
/// One conversation: change or delete it, and put a mentioned event on the timeline with one click. Opening it is an
/// audited read. Core team only.
/// </summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class BewerkenModel(ApproachService approaches, ConversationService conversations, ConversationGuide guide, ThemeService themes) : ConversationFormModel(approaches, guide)
{
    [BindProperty(SupportsGet = true)]
    public Guid ConversationId { get; set; }

    public Conversation? Conversation { get; private set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = ConversationInput.From(Conversation!);
        PrepareRows();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        Input.ThemeIds ??= [];
        return this.SubmitAsync(() => conversations.UpdateAsync(Id, ConversationId, Input, actor, ct), new FormOutcome<Conversation>
        {
            Saved = "Het gesprek is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Gesprekken/Bewerken", new { id = Id, conversationId = ConversationId }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (Input.Version = (await conversations.GetAsync(Id, ConversationId, actor, ct)).Value?.Version)?.ToString(),
        });
    }

    /// <summary>Puts mentioned event number <paramref name="index"/> on the timeline.</summary>
    public async Task<IActionResult> OnPostTijdlijnAsync(int index, CancellationToken ct)
    {
        var result = await conversations.PutOnTimelineAsync(Id, ConversationId, index, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            case ResultStatus.Ok:
                TempData["Melding"] = $"'{result.Value!.Title}' staat op de tijdlijn.";
                break;
            default:
                TempData["Melding"] = result.Errors.Values.SelectMany(v => v).FirstOrDefault() ?? result.Message;
                break;
        }

        return RedirectToPage("/Aanpakken/Gesprekken/Bewerken", new { id = Id, conversationId = ConversationId });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await conversations.DeleteAsync(Id, ConversationId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het gesprek is verwijderd.";
        return RedirectToPage("/Aanpakken/Gesprekken/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("gesprekken", ct) is { } denied)
            return denied;
        var result = await conversations.GetAsync(Id, ConversationId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Conversation = result.Value!;
        Themes = await themes.NamesAsync(Id, ct);
        return null;
    }
}
