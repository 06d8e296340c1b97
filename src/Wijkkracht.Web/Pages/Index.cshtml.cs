using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Overview;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Tasks;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>
/// Start page: "Mijn taken" (owned goals and actions, approaches changed since the user last looked) and the user's
/// approaches. An active resident (network member) gets their own start page in plain Dutch instead.
/// </summary>
[SignedIn]
public sealed class IndexModel(ApproachService approaches, MyTasksService myTasks, ResidentStartService residents) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public Page<ApproachView> Approaches { get; private set; } = null!;

    public MyTasks Tasks { get; private set; } = null!;

    /// <summary>Set when the user is an active resident: their start page.</summary>
    public IReadOnlyList<ResidentApproach>? Resident { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = HttpContext.GetActor();
        Approaches = await approaches.ListAsync(PageRequest.Create(1, 12), Actor, ct: ct);
        Tasks = await myTasks.GetAsync(Actor, ct);
        if (ResidentStartService.IsResident(Actor, Approaches.Items))
            Resident = await residents.GetAsync(Actor, ct);
    }
}
