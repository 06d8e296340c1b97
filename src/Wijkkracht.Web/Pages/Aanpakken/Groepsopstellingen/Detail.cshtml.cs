using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.GroupSetups;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Groepsopstellingen;

/// <summary>One group set-up: the sketch (a server-drawn SVG, no script needed) with the figures and ties as tables beside it, and the answers.</summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class DetailModel(ApproachService approaches, GroupSetupService setups, GroupSetupGuide guide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid SetupId { get; set; }

    public GroupSetup Setup { get; private set; } = null!;

    public GroupSetupGuide Guide { get; } = guide;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("gesprekken", ct) is { } denied)
            return denied;
        var result = await setups.GetAsync(Id, SetupId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        Setup = result.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("gesprekken", ct) is { } denied)
            return denied;
        var result = await setups.DeleteAsync(Id, SetupId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        if (!result.IsOk)
            return NotFound();
        TempData["Melding"] = "De groepsopstelling is verwijderd.";
        return RedirectToPage("/Aanpakken/Groepsopstellingen/Index", new { id = Id });
    }

    /// <summary>The colour of a tie on the sketch (also told by its line style, so colour is never the only cue).</summary>
    public static (string Colour, string Dash) Style(SetupTieKind kind) => kind switch
    {
        SetupTieKind.Vriendschap => ("#1b5e20", ""),
        SetupTieKind.Volgt => ("#0b4f8a", "6 3"),
        SetupTieKind.Spanning => ("#b3261e", "2 3"),
        _ => ("#555555", "10 4 2 4"),
    };
}
