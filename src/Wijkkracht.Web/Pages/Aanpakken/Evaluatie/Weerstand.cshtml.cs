using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Evaluatie;

/// <summary>Record or change a resistance met and how it is handled (core team only; ESS step 11).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class WeerstandModel(ApproachService approaches, ResistanceAndSuccessService log, FieldworkGuide guide) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? ResistanceId { get; set; }

    [BindProperty]
    public ResistanceInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public FieldworkGuide Guide => guide;

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(ResistanceDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, ResistanceDefaults.Visibility, View.CanManageMembers);

    public IReadOnlyList<SelectListItem> SourceItems =>
        [new("Kies een bron", ""), .. Enum.GetValues<ResistanceSource>().Select(s => new SelectListItem(ResistanceLabels.For(s), s.ToString()))];

    public IReadOnlyList<SelectListItem> KindItems
    {
        get
        {
            var items = new List<SelectListItem> { new("Geen: ik beschrijf het in eigen woorden", "") };
            foreach (var source in new[] { ResistanceSource.Gemeente, ResistanceSource.Burgers })
            {
                var group = new SelectListGroup { Name = "Verwacht " + ResistanceLabels.For(source).ToLowerInvariant() };
                items.AddRange(ResistanceAndSuccessService.Challenges(guide, source).Select(c => new SelectListItem(c, c) { Group = group }));
            }

            return items;
        }
    }

    public IReadOnlyList<SelectListItem> ResponseItems =>
        Enum.GetValues<ResistanceResponse>().Select(r => new SelectListItem(ResistanceLabels.For(r), r.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (ResistanceId is { } id)
        {
            var found = (await log.ResistanceAsync(Id, id, HttpContext.GetActor(), ct)).Value!;
            Input = ResistanceInput.From(found, guide);
            CurrentVisibility = VisibilityChoice.From(found);
        }
        else
        {
            Input.NoticedOn = PlausibleDates.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => ResistanceId is { } id ? log.UpdateResistanceAsync(Id, id, Input, actor, ct) : log.CreateResistanceAsync(Id, Input, actor, ct),
            new FormOutcome<Resistance>
            {
                SavedFor = r => $"De weerstand van {Acties.ActionDisplay.Date(r.NoticedOn)} is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Evaluatie/Index", null, new { id = Id }, "weerstand"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => ResistanceId is { } id ? (Input.Version = (await log.ResistanceAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (ResistanceId is not { } id)
            return NotFound();
        var result = await log.DeleteResistanceAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De weerstand is verwijderd.";
        return RedirectToPage("/Aanpakken/Evaluatie/Index", null, new { id = Id }, "weerstand");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("evaluatie", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (await Approaches.ResolveAsync(Id, actor, ct) is not { } access)
            return NotFound();
        if (ResistanceId is { } id && !(await log.ResistanceAsync(Id, id, actor, ct)).IsOk)
            return NotFound();
        return ResistanceAndSuccessService.CanRecordResistance(access) ? null : Forbid();
    }
}
