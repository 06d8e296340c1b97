using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Doelen;

/// <summary>Add a goal.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class NieuwModel(ApproachService approaches, GoalService goals, GoalFormLists lists) : GoalFormModel(approaches, lists)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        Input.Status = GoalStatus.Gepland;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var result = await goals.CreateAsync(Id, Input, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = "Het doel is toegevoegd.";
                return Redirect($"/aanpakken/{Id}/doelen");
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            default:
                ModelState.AddErrors(result.Errors);
                return await LoadFormAsync(ct) ?? Page();
        }
    }
}
