using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Newsletters;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Buurtbericht;

/// <summary>
/// Edit a buurtbericht in the guide's sections. Works without JavaScript: every list shows its items and two empty rows
/// (empty rows are left out when saving). The core team edits every buurtbericht and makes it definitief; a partner edits
/// the ones they started.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class BewerkenModel(ApproachService approaches, NewsletterService newsletters) : WorkspacePageModel(approaches)
{
    /// <summary>Empty rows offered after the items of each list.</summary>
    public const int EmptyRows = 2;

    [BindProperty(SupportsGet = true)]
    public Guid NewsletterId { get; set; }

    [BindProperty]
    public NewsletterInput Input { get; set; } = new();

    public string? Conflict { get; private set; }

    private NewsletterView? _found;

    public bool CanPublish { get; private set; }

    public static IReadOnlyList<SelectListItem> StatusItems { get; } =
        Enum.GetValues<NewsletterStatus>().Select(s => new SelectListItem(NewsletterLabels.For(s), s.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input = NewsletterInput.From(_found!.Newsletter);
        Pad(Input);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        return this.SubmitAsync(
            () => newsletters.UpdateAsync(Id, NewsletterId, Input, actor, ct),
            new FormOutcome<NewsletterView>
            {
                SavedFor = v => $"Het buurtbericht '{v.Newsletter.Title}' is opgeslagen.",
                Redirect = v => RedirectToPage("/Aanpakken/Buurtbericht/Afdrukken", new { id = Id, newsletterId = v.Newsletter.Id }),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
                OnConflict = message => Conflict = message,
                LatestVersion = async () => (Input.Version = (await newsletters.GetAsync(Id, NewsletterId, actor, export: false, ct)).Value?.Newsletter.Version)?.ToString(),
            });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(CancellationToken ct)
    {
        var result = await newsletters.DeleteAsync(Id, NewsletterId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "Het buurtbericht is verwijderd.";
        return RedirectToPage("/Aanpakken/Buurtbericht/Index", new { id = Id });
    }

    /// <summary>Adds the empty rows (and at least three co-author fields) to a freshly loaded form.</summary>
    public static void Pad(NewsletterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        while (input.CoAuthors.Count < Math.Max(3, input.CoAuthors.Count(c => !string.IsNullOrWhiteSpace(c)) + 1))
            input.CoAuthors.Add("");
        for (var i = 0; i < EmptyRows; i++)
        {
            input.Agenda.Add(new NewsletterAgendaInput());
            input.ReportBack.Add(new NewsletterItemInput());
            input.Events.Add(new NewsletterItemInput());
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("acties", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var found = await newsletters.GetAsync(Id, NewsletterId, actor, export: false, ct);
        if (!found.IsOk)
            return NotFound();
        if (!found.Value!.CanEdit)
            return Forbid();
        CanPublish = found.Value.CanPublish;
        _found = found.Value;
        return null;
    }
}
