using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>Record a conversation (core team with edit rights).</summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class NieuwModel(ApproachService approaches, ConversationService conversations, ConversationGuide guide, ThemeService themes, TimeProvider time) : ConversationFormModel(approaches, guide)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        Input.Date = Wijkkracht.Core.Common.PlausibleDates.Today(time);
        PrepareRows();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.ThemeIds ??= [];
        return this.SubmitAsync(() => conversations.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<Conversation>
        {
            Saved = "Het gesprek is vastgelegd.",
            Redirect = c => RedirectToPage("/Aanpakken/Gesprekken/Bewerken", new { id = Id, conversationId = c.Id }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
        });
    }

    private async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("gesprekken", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (!RolePermissions.Has(actor.Role, View.MyRole, ApproachPermission.ViewStories) || !CanEdit)
            return Forbid();
        Themes = await themes.NamesAsync(Id, ct);
        return null;
    }
}
