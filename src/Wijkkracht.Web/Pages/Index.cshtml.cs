using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>Start page: the approaches of the signed-in user.</summary>
[SignedIn]
public sealed class IndexModel(ApproachService approaches) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public Page<ApproachView> Approaches { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = HttpContext.GetActor();
        Approaches = await approaches.ListAsync(PageRequest.Create(1, 12), Actor, ct: ct);
    }
}
