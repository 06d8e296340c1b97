using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Evaluatie;

/// <summary>Record or change a lesson learned (core team and partners; a partner changes the lessons they recorded).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class LesModel(ApproachService approaches, LessonService lessons) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? LessonId { get; set; }

    [BindProperty]
    public LessonInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (LessonId is { } id)
            Input = LessonInput.From((await lessons.GetAsync(Id, id, HttpContext.GetActor(), ct)).Value!);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => LessonId is { } id ? lessons.UpdateAsync(Id, id, Input, actor, ct) : lessons.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<Lesson>
            {
                SavedFor = l => $"De les '{l.Title}' is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Evaluatie/Index", new { id = Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => LessonId is { } id ? (Input.Version = (await lessons.GetAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (LessonId is not { } id)
            return NotFound();
        var result = await lessons.DeleteAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De les is verwijderd.";
        return RedirectToPage("/Aanpakken/Evaluatie/Index", new { id = Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("evaluatie", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (await Approaches.ResolveAsync(Id, actor, ct) is not { } access)
            return NotFound();
        if (LessonId is { } id)
        {
            var found = await lessons.GetAsync(Id, id, actor, ct);
            if (!found.IsOk)
                return NotFound();
            return LessonService.CanEdit(access, found.Value!) ? null : Forbid();
        }

        return ActionService.CanCreate(access) ? null : Forbid();
    }
}
