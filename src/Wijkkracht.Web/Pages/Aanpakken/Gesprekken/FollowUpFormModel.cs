using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>Shared state of the follow-up forms.</summary>
public abstract class FollowUpFormModel(ApproachService approaches) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public FollowUpInput Input { get; set; } = new();
}
