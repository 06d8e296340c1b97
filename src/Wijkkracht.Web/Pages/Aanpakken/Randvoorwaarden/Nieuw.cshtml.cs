using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Preconditions;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Randvoorwaarden;

/// <summary>Starts a precondition check that is filled in part by part: date, participants and who may see it.</summary>
[ApproachPage(ApproachPermission.Edit)]
public sealed class NieuwModel(ApproachService approaches, PreconditionCheckService checks, TimeProvider time) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    /// <summary>Unfinished checks that can be continued instead of starting a new one.</summary>
    public List<PreconditionAssessment> Drafts { get; private set; } = [];

    /// <summary>"Wie mag dit zien?": chosen by those who manage members (ADR 0005), shown as text to the others.</summary>
    public Shared.VisibilityFieldsetModel VisibilityField => new("Input.Visibility", Input.Visibility, VisibilityRules.AssessmentDefault, View.CanManageMembers);

    public int PartCount => checks.Parts().Count;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input.AssessedOn = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Input.Visibility = VisibilityChoice.Default(VisibilityRules.AssessmentDefault);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(() => checks.StartDraftAsync(Id, Input, actor, ct), new FormOutcome<PreconditionAssessment>
        {
            Saved = "De check is begonnen. Uw antwoorden worden per onderdeel bewaard.",
            Redirect = a => RedirectToPage("/Aanpakken/Randvoorwaarden/Invullen", new { id = Id, assessmentId = a.Id, deel = 1 }),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("randvoorwaarden", ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        Drafts = (await checks.DraftsAsync(Id, HttpContext.GetActor(), ct)).Value ?? [];
        return null;
    }
}
