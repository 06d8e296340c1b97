using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Evaluatie;

/// <summary>Closing the collaboration (ESS step 12): the checklist, handover and continuation; a form for the core team, read-only for other members.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class AfsluitenModel(ApproachService approaches, ClosingService closings, FieldworkGuide guide) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public ClosingInput Input { get; set; } = new();

    public ApproachClosing Closing { get; private set; } = null!;

    public bool CanClose { get; private set; }

    public string? Conflict { get; private set; }

    public IReadOnlyList<string> Items => guide.List(FieldworkGuide.Closing).Questions;

    public string Source => guide.List(FieldworkGuide.Closing).Source.Section;

    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility ?? VisibilityChoice.From(Closing), EvaluationDefaults.Visibility, View.CanManageMembers);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = ClosingInput.From(Closing, Items.Count);
        if (Closing.Version == Guid.Empty)
            Input.Version = null;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => closings.SaveAsync(Id, Input, actor, ct),
            new FormOutcome<ApproachClosing>
            {
                SavedFor = c => c.ClosedOn is null ? "De afronding is opgeslagen." : "De samenwerking is afgerond. De aanpak staat nu op 'Afgerond'.",
                Redirect = _ => RedirectToPage("/Aanpakken/Evaluatie/Afsluiten", new { id = Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => (Input.Version = (await closings.GetAsync(Id, actor, ct)).Value?.Version)?.ToString(),
            });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("evaluatie", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var found = await closings.GetAsync(Id, actor, ct);
        if (!found.IsOk)
            return NotFound();
        Closing = found.Value!;
        CanClose = await Approaches.ResolveAsync(Id, actor, ct) is { } access && ClosingService.CanClose(access);
        return null;
    }
}
