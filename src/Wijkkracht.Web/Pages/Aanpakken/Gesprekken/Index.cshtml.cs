using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>The approach's conversations with filters (setting, partner, period, text) and paging; core team only.</summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class IndexModel(ApproachService approaches, ConversationService conversations) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public ConversationSetting? Setting { get; set; }

    [BindProperty(SupportsGet = true)]
    public PartnerCategory? Partner { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<Conversation> Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("gesprekken", ct) is { } denied)
            return denied;
        var result = await conversations.ListAsync(Id, new ConversationFilter(Setting, Partner, From, To, Q), PageRequest.Create(PageNumber, 25), HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Result = result.Value!;
        return Page();
    }
}
