using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>Edit an approach. A concurrent change shows a notice, keeps the input and offers the newest version.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class BewerkenModel(ApproachService approaches, AreaService areas) : ApproachFormModel(areas)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string? Conflict { get; private set; }

    /// <summary>The stored version after a conflict, shown beside the user's own input.</summary>
    public Approach? Latest { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await approaches.GetAsync(Id, HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return NotFound();
        if (!result.Value!.CanEdit)
            return Forbid();
        var a = result.Value.Approach;
        Input = new ApproachInput { Title = a.Title, Issue = a.Issue, AreaId = a.AreaId, Method = a.Method, StartDate = a.StartDate, Status = a.Status, Version = a.Version };
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ClearErrorsKeepValues();
        var actor = HttpContext.GetActor();
        var result = await approaches.UpdateAsync(Id, Input, actor, ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                TempData["Melding"] = "De wijzigingen zijn opgeslagen.";
                return Redirect($"/aanpakken/{Id}");
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                return Forbid();
            case ResultStatus.Conflict:
                Conflict = result.Message;
                var latest = await approaches.GetAsync(Id, actor, ct);
                if (latest.IsOk)
                    ModelState.SetModelValue("Input.Version", latest.Value!.Approach.Version.ToString(), latest.Value.Approach.Version.ToString());
                Input.Version = latest.Value?.Approach.Version;
                Latest = latest.Value?.Approach;
                break;
            default:
                ModelState.AddErrors(result.Errors);
                break;
        }

        await LoadListsAsync(ct);
        return Page();
    }
}
