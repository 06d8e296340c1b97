using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Kalender;

/// <summary>Add or change a recurring meeting (core team).</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class RitmeModel(ApproachService approaches, MeetingRhythmService rhythm) : WorkspacePageModel(approaches)
{
    [BindProperty(SupportsGet = true)]
    public Guid? RhythmId { get; set; }

    [BindProperty]
    public RhythmInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    public VisibilityChoice CurrentVisibility { get; private set; } = VisibilityChoice.Default(MeetingDefaults.Visibility);

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? CurrentVisibility, MeetingDefaults.Visibility, View.CanManageMembers);

    public IReadOnlyList<SelectListItem> KindItems =>
        [new("Kies een soort", ""), .. Enum.GetValues<MeetingKind>().Where(k => k is not (MeetingKind.Startbijeenkomst or MeetingKind.NaExperiment or MeetingKind.Afsluitend))
            .Select(k => new SelectListItem(MeetingLabels.For(k), k.ToString()))];

    public IReadOnlyList<SelectListItem> FrequencyItems =>
        [new("Kies hoe vaak", ""), .. Enum.GetValues<RhythmFrequency>().Select(f => new SelectListItem(RhythmLabels.For(f), f.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (RhythmId is { } id)
        {
            var found = (await rhythm.GetAsync(Id, id, HttpContext.GetActor(), ct)).Value!;
            Input = RhythmInput.From(found);
            CurrentVisibility = VisibilityChoice.From(found);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => RhythmId is { } id ? rhythm.UpdateAsync(Id, id, Input, actor, ct) : rhythm.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<MeetingRhythm>
            {
                SavedFor = r => $"Het ritme '{r.Title}' is opgeslagen.",
                Redirect = _ => RedirectToPage("/Aanpakken/Kalender/Index", null, new { id = Id }, "ritme"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => RhythmId is { } id ? (Input.Version = (await rhythm.GetAsync(Id, id, actor, ct)).Value?.Version)?.ToString() : null,
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        if (RhythmId is not { } id)
            return NotFound();
        var result = await rhythm.DeleteAsync(Id, id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het ritme is verwijderd. Gehouden bijeenkomsten blijven bewaard.";
        return RedirectToPage("/Aanpakken/Kalender/Index", null, new { id = Id }, "ritme");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("bijeenkomsten", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        if (await Approaches.ResolveAsync(Id, actor, ct) is not { } access)
            return NotFound();
        if (RhythmId is { } id && !(await rhythm.GetAsync(Id, id, actor, ct)).IsOk)
            return NotFound();
        return MeetingRhythmService.CanEdit(access) ? null : Forbid();
    }
}
