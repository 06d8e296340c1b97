using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Doelen;

/// <summary>Change or delete a goal.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class BewerkenModel(ApproachService approaches, GoalService goals, GoalFormLists lists) : GoalFormModel(approaches, lists)
{
    [BindProperty(SupportsGet = true)]
    public Guid GoalId { get; set; }

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        var goal = await goals.GetAsync(Id, GoalId, HttpContext.GetActor(), ct);
        if (!goal.IsOk)
            return NotFound();
        if (!CanEdit)
            return Forbid();
        Input = GoalInput.From(goal.Value!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var actor = HttpContext.GetActor();
        var result = await goals.UpdateAsync(Id, GoalId, Input, actor, ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = "Het doel is opgeslagen.";
                return Redirect($"/aanpakken/{Id}/doelen");
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            case ResultStatus.Conflict:
                Conflict = result.Message;
                var latest = await goals.GetAsync(Id, GoalId, actor, ct);
                ModelState.SetModelValue("Input.Version", latest.Value?.Version.ToString(), latest.Value?.Version.ToString());
                Input.Version = latest.Value?.Version;
                break;
            default:
                ModelState.AddErrors(result.Errors);
                break;
        }

        return await LoadFormAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await goals.DeleteAsync(Id, GoalId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het doel is verwijderd.";
        return Redirect($"/aanpakken/{Id}/doelen");
    }
}
