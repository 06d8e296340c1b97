using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Newsletters;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Buurtbericht;

/// <summary>The buurtberichten of the approach: concepts and definitieve ones for the team and partners, only definitieve ones for the network.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, NewsletterService newsletters, FieldworkGuide guide) : WorkspacePageModel(approaches)
{
    public Core.Conversations.QuestionList Guide => guide.List(FieldworkGuide.Newsletter);

    public Core.Conversations.QuestionList Example => guide.List(FieldworkGuide.NewsletterExample);

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int? PageNumber { get; set; }

    public Page<Newsletter> Items { get; private set; } = new([], 1, Page<Newsletter>.DefaultPageSize, 0);

    public bool CanCreate { get; private set; }

    public bool IsCoreTeam { get; private set; }

    public Guid MyUserId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("acties", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var result = await newsletters.ListAsync(Id, PageRequest.Create(PageNumber, null), actor, ct);
        if (!result.IsOk)
            return NotFound();
        Items = result.Value!;
        var access = await Approaches.ResolveAsync(Id, actor, ct);
        CanCreate = access is not null && ActionService.CanCreate(access);
        IsCoreTeam = access is not null && access.Has(ApproachPermission.Edit);
        MyUserId = actor.UserId;
        return Page();
    }
}
