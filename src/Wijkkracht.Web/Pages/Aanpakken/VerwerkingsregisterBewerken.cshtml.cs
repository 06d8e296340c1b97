using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>The Beheerder checks and adopts (or changes) the processing record of the approach.</summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class VerwerkingsregisterBewerkenModel(ApproachService approaches, ProcessingRecordService records) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public ProcessingRecordInput Input { get; set; } = new();

    public ProcessingRecordView Record { get; private set; } = null!;

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = ProcessingRecordInput.From(Record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        return await this.SubmitAsync(() => records.SaveAsync(Id, Input, actor, ct), new FormOutcome<ProcessingRecord>
        {
            Saved = "Het verwerkingsregister is opgeslagen.",
            Redirect = _ => RedirectToPage("/Aanpakken/Verwerkingsregister", new { id = Id }),
            ShowAgain = () => Task.FromResult<IActionResult>(Page()),
            OnConflict = message => Conflict = message,
            LatestVersion = async () => (await records.GetAsync(Id, actor, ct)).Value is { IsDraft: false } v ? v.Record.Version.ToString() : null,
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("verwerkingsregister", ct) is { } denied)
            return denied;
        var result = await records.GetAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk || !result.Value!.CanEdit)
            return Forbid();
        Record = result.Value!;
        return null;
    }
}
