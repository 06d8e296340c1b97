using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer;

/// <summary>
/// Retention (Beheerder, issue 14 §6): the period per record type and from when it counts, the preview of what a run
/// would anonymise or delete today (counts, approaches and dates; never content), and a run with a confirmation.
/// </summary>
[RequiresPermission(Permission.ManageOrganisation)]
public sealed class BewaartermijnenModel(RetentionService retention) : PageModel
{
    [BindProperty]
    public RetentionRulesInput Input { get; set; } = new();

    /// <summary>The confirmation of the run ("ik begrijp dat dit niet terug te draaien is").</summary>
    [BindProperty]
    public bool Bevestigd { get; set; }

    public IReadOnlyList<EffectiveRetentionRule> Rules { get; private set; } = [];

    public RetentionPreview Preview { get; private set; } = null!;

    public string? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> CountFromItems => Items;

    private static readonly IReadOnlyList<SelectListItem> Items =
        [new("Kies vanaf wanneer", ""), .. Enum.GetValues<RetentionCountFrom>().Select(f => new SelectListItem(RetentionLabels.For(f), f.ToString()))];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = RetentionRulesInput.From(Rules);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => retention.SaveRulesAsync(Input, actor, ct), new FormOutcome<IReadOnlyList<EffectiveRetentionRule>>
        {
            Saved = "De bewaartermijnen zijn opgeslagen.",
            Redirect = _ => RedirectToPage("/Beheer/Bewaartermijnen"),
            ShowAgain = async () =>
            {
                await LoadAsync(ct);
                return Page();
            },
            OnConflict = message => Conflict = message,
            LatestVersion = async () =>
            {
                // Every row carries its own version: put the newest of each in the form, keep what was typed.
                var latest = await retention.RulesForAsync(actor.OrganisationId, ct);
                for (var i = 0; i < Input.Rules.Count; i++)
                {
                    var version = latest.FirstOrDefault(r => r.RecordType == Input.Rules[i].RecordType)?.Version?.ToString();
                    ModelState.SetModelValue($"Input.Rules[{i}].Version", version, version);
                }

                return null;
            },
        });
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (!Bevestigd)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Bevestigd), "Vink aan dat u begrijpt dat opruimen niet terug te draaien is.");
            await LoadAsync(ct);
            Input = RetentionRulesInput.From(Rules);
            return Page();
        }

        var result = await retention.RunAsync(HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.Forbidden)
            return Forbid();
        TempData["Melding"] = result.Value!.Describe();
        return RedirectToPage("/Beheer/Bewaartermijnen");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        Rules = await retention.RulesForAsync(actor.OrganisationId, ct);
        Preview = await retention.PreviewForAsync(actor.OrganisationId, ct);
    }
}
