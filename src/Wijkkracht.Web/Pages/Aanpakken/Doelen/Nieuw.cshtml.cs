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

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(() => goals.CreateAsync(Id, Input, HttpContext.GetActor(), ct), new FormOutcome<Goal>
        {
            Saved = "Het doel is toegevoegd.",
            Redirect = _ => RedirectToPage("/Aanpakken/Doelen/Index", new { id = Id }),
            ShowAgain = async () => await LoadFormAsync(ct) ?? Page(),
        });
}
