using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;

namespace Wijkkracht.Web.Pages.Aanpakken.Gesprekken;

/// <summary>Pick lists of the conversation pages.</summary>
public static class ConversationLists
{
    public static IReadOnlyList<SelectListItem> Settings { get; } =
        [new("Kies waar of hoe", ""), .. Enum.GetValues<ConversationSetting>().Select(s => new SelectListItem(ConversationLabels.For(s), s.ToString()))];

    public static IReadOnlyList<SelectListItem> Categories { get; } =
        [new("Kies met wie", ""), .. Enum.GetValues<PartnerCategory>().Select(c => new SelectListItem(ConversationLabels.For(c), c.ToString()))];

    public static IReadOnlyList<SelectListItem> FollowUpStatuses { get; } =
        Enum.GetValues<FollowUpStatus>().Select(s => new SelectListItem(FollowUpLabels.For(s), s.ToString())).ToList();
}

/// <summary>
/// Shared state of the conversation forms: the input, the question lists as optional prompts (one answer row per
/// question) and blank rows for new quotes and mentioned events, so the form works without JavaScript.
/// </summary>
public abstract class ConversationFormModel(ApproachService approaches, ConversationGuide guide) : WorkspacePageModel(approaches)
{
    public const int BlankRows = 2;

    [BindProperty]
    public ConversationInput Input { get; set; } = new();

    public ConversationGuide Guide { get; } = guide;

    /// <summary>The approach's themes, to tag the conversation with.</summary>
    public IReadOnlyList<Theme> Themes { get; protected set; } = [];

    /// <summary>One answer row per question of every list, in order, keeping the stored answers.</summary>
    protected void PrepareRows()
    {
        var answers = new List<ConversationAnswerInput>();
        foreach (var list in Guide.Lists)
        {
            for (var i = 0; i < list.Questions.Count; i++)
            {
                var stored = Input.Answers.FirstOrDefault(a => a.ListId == list.Id && a.Index == i);
                answers.Add(new ConversationAnswerInput { ListId = list.Id, Index = i, Answer = stored?.Answer });
            }
        }

        Input.Answers = answers;
        for (var i = 0; i < BlankRows; i++)
        {
            Input.Quotes.Add(new QuoteInput());
            Input.MentionedEvents.Add(new MentionedEventInput());
        }
    }

    /// <summary>Whether the "save anyway" box shows: after the name warning, or when already ticked (as on observations).</summary>
    public bool ShowNameConfirmation =>
        Input.ConfirmPossibleNames || ModelState.TryGetValue("Input." + nameof(ConversationInput.ConfirmPossibleNames), out var entry) && entry.Errors.Count > 0;

    /// <summary>The question of an answer row (for its label).</summary>
    public string QuestionFor(ConversationAnswerInput row) => Guide.Question(row.ListId ?? "", row.Index) ?? "";
}
