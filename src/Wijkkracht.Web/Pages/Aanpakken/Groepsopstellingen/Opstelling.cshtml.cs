using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.GroupSetups;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Groepsopstellingen;

/// <summary>
/// Record or change a group set-up (core team with edit rights). Works without JavaScript: the figures are rows with a
/// letter, a position in the group and a spot on the sketch (percent from the left and from the top); the ties are rows
/// of two letters and a kind. Without <c>setupId</c> the page records a new set-up.
/// </summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class OpstellingModel(ApproachService approaches, GroupSetupService setups, GroupSetupGuide guide, TimeProvider time) : WorkspacePageModel(approaches)
{
    /// <summary>Rows for figures and ties on an empty form; a stored set-up gets its own rows plus a few empty ones.</summary>
    public const int FigureRows = 8;

    public const int TieRows = 6;

    [BindProperty(SupportsGet = true)]
    public Guid? SetupId { get; set; }

    [BindProperty]
    public GroupSetupInput Input { get; set; } = new();

    public GroupSetupGuide Guide { get; } = guide;

    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        [new("Kies", ""), .. Enum.GetValues<SetupTieKind>().Select(k => new SelectListItem(SetupLabels.For(k), k.ToString()))];

    public bool ShowNameConfirmation =>
        Input.ConfirmPossibleNames || ModelState.TryGetValue("Input." + nameof(GroupSetupInput.ConfirmPossibleNames), out var entry) && entry.Errors.Count > 0;

    public string QuestionFor(ConversationAnswerInput row) => Guide.Questions.Question(row.ListId ?? "", row.Index) ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadFormAsync(ct) is { } denied)
            return denied;
        if (SetupId is { } setupId)
        {
            var stored = await setups.GetAsync(Id, setupId, HttpContext.GetActor(), ct);
            if (!stored.IsOk)
                return stored.Status == ResultStatus.Forbidden ? Forbid() : NotFound();
            Input = GroupSetupInput.From(stored.Value!);
        }
        else
        {
            Input.Date = PlausibleDates.Today(time);
        }

        PrepareRows();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(
            () => SetupId is { } setupId ? setups.UpdateAsync(Id, setupId, Input, HttpContext.GetActor(), ct) : setups.CreateAsync(Id, Input, HttpContext.GetActor(), ct),
            new FormOutcome<GroupSetup>
            {
                Saved = "De groepsopstelling is opgeslagen.",
                Redirect = s => RedirectToPage("/Aanpakken/Groepsopstellingen/Detail", new { id = Id, setupId = s.Id }),
                ShowAgain = async () =>
                {
                    if (await LoadFormAsync(ct) is { } denied)
                        return denied;
                    PrepareRows();
                    return Page();
                },
            });

    private async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("gesprekken", ct) is { } denied)
            return denied;
        return await setups.CanChangeAsync(Id, HttpContext.GetActor(), ct) ? null : Forbid();
    }

    /// <summary>One answer row per question of the guide, and empty rows to add figures and ties.</summary>
    private void PrepareRows()
    {
        var answers = new List<ConversationAnswerInput>();
        foreach (var list in Guide.Questions.Lists)
        {
            for (var i = 0; i < list.Questions.Count; i++)
            {
                var stored = Input.Answers.FirstOrDefault(a => a.ListId == list.Id && a.Index == i);
                answers.Add(new ConversationAnswerInput { ListId = list.Id, Index = i, Answer = stored?.Answer });
            }
        }

        Input.Answers = answers;
        var used = Input.Figures.Count(f => !string.IsNullOrWhiteSpace(f.Label));
        while (Input.Figures.Count < Math.Max(FigureRows, used + 3))
            Input.Figures.Add(new SetupFigureInput());
        var ties = Input.Ties.Count(t => !string.IsNullOrWhiteSpace(t.From));
        while (Input.Ties.Count < Math.Max(TieRows, ties + 3))
            Input.Ties.Add(new SetupTieInput());
    }
}
