using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Newsletters;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Buurtbericht;

/// <summary>Start a buurtbericht (core team and partners): a concept composed from the shareable actions, then edited.</summary>
[ApproachPage(ApproachPermission.View)]
public sealed class NieuwModel(ApproachService approaches, NewsletterService newsletters) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public NewNewsletterInput Input { get; set; } = new() { Weeks = NewsletterLimits.DefaultWeeks };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => newsletters.CreateAsync(Id, Input, actor, ct),
            new FormOutcome<NewsletterView>
            {
                SavedFor = v => $"Het concept '{v.Newsletter.Title}' is gemaakt met {v.Newsletter.ReportBack.Count} terugblik(ken) en {v.Newsletter.Events.Count} activiteit(en) uit de acties. Vul het verder aan.",
                Redirect = v => RedirectToPage("/Aanpakken/Buurtbericht/Bewerken", new { id = Id, newsletterId = v.Newsletter.Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("acties", ct) is { } denied)
            return denied;
        return await Approaches.ResolveAsync(Id, HttpContext.GetActor(), ct) is { } access && ActionService.CanCreate(access) ? null : Forbid();
    }
}
