using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>The approaches the user may see, with search, status filter and paging.</summary>
[SignedIn]
public sealed class IndexModel(ApproachService approaches) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApproachStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Actor Actor { get; private set; } = null!;

    public Page<ApproachView> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = HttpContext.GetActor();
        Result = await approaches.ListAsync(PageRequest.Create(PageNumber, 25), Actor, Q, Status, ct);
    }
}
