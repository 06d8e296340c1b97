using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Afspraken;

/// <summary>One list of agreements across all meetings with the views open, te laat, afgerond and alle. Network members see their own agreements.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, MeetingService meetings) : WorkspacePageModel(approaches)
{
    /// <summary>The views: query value, label, filter.</summary>
    public static readonly IReadOnlyList<(string Value, string Label, AgreementFilter Filter)> Views =
    [
        ("open", "Open", AgreementFilter.Open),
        ("te-laat", "Te laat", AgreementFilter.Overdue),
        ("afgerond", "Afgerond", AgreementFilter.Done),
        ("alle", "Alle", AgreementFilter.All),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Toon { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public (string Value, string Label, AgreementFilter Filter) Current { get; private set; } = Views[0];

    public Page<AgreementRow> Result { get; private set; } = null!;

    public Guid MyUserId => HttpContext.GetActor().UserId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("afspraken", ct) is { } denied)
            return denied;
        Current = Views.FirstOrDefault(v => v.Value == Toon, Views[0]);
        var result = await meetings.AgreementsAsync(Id, Current.Filter, PageRequest.Create(PageNumber, 50), HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return result.Status == ResultStatus.Forbidden ? Forbid() : NotFound();
        Result = result.Value!;
        return Page();
    }
}
