using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Newsletters;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Buurtbericht;

/// <summary>
/// The buurtbericht to print, and (handler "Download") as one self-contained HTML file. Network members open only
/// definitieve buurtberichten (a concept is a 404 for them). Reading one that names a person is audited; a download always.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class AfdrukkenModel(ApproachService approaches, NewsletterService newsletters, SharingLedgerService ledger) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid NewsletterId { get; set; }

    public NewsletterView Item { get; private set; } = null!;

    /// <summary>The sections as HTML; every text is encoded by <see cref="NewsletterHtml"/>.</summary>
    public string BodyHtml => NewsletterHtml.Body(Item.Newsletter);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("acties", ct) is { } denied)
            return denied;
        var result = await newsletters.GetAsync(Id, NewsletterId, HttpContext.GetActor(), export: false, ct);
        if (!result.IsOk)
            return NotFound();
        Item = result.Value!;
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var result = await newsletters.GetAsync(Id, NewsletterId, HttpContext.GetActor(), export: true, ct);
        if (result.Status != ResultStatus.Ok)
            return NotFound();
        var html = NewsletterHtml.Document(result.Value!.Newsletter);
        await ledger.RecordFixedAsync(HttpContext.GetActor(), Id, ExportKind.Buurtbericht, "html", SharingRecipient.Bewoners, SharingBasis.PubliekeTaak, [new("Buurtbericht", 1)], ct);
        return File(System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", NewsletterHtml.FileName(result.Value.Newsletter));
    }
}
