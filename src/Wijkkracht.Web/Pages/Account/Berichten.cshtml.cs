using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Notifications;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Account;

/// <summary>The signed-in user's in-app messages (issue 14 §2): new safety reports, missed deadlines, agreements to review.</summary>
[SignedIn]
public sealed class BerichtenModel(NoticeService notices) : PageModel
{
    public IReadOnlyList<Notice> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Notices = await notices.MineAsync(HttpContext.GetActor(), ct);

    /// <summary>Marks one message as read and opens its page.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid noticeId, CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var mine = (await notices.MineAsync(actor, ct)).FirstOrDefault(n => n.Id == noticeId);
        if (mine is null)
            return NotFound();
        await notices.MarkReadAsync(actor, noticeId, ct);
        return Url.IsLocalUrl(mine.Link) ? LocalRedirect(mine.Link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostAllesGelezenAsync(CancellationToken ct)
    {
        await notices.MarkReadAsync(HttpContext.GetActor(), null, ct);
        TempData["Melding"] = "Alle berichten zijn als gelezen gemarkeerd.";
        return RedirectToPage();
    }
}
