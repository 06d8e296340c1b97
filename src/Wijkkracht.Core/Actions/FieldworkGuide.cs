using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Goals;

namespace Wijkkracht.Core.Actions;

/// <summary>
/// The guide's lists for actions, experiments and meetings (content/fieldwork-questions.yaml, verbatim with their
/// source): what to observe during an action, the conditions of an experiment, the startbijeenkomst's five questions,
/// the closing checklist and the ESS examples of activities per PPCT level.
/// </summary>
public sealed class FieldworkGuide(ConversationGuide lists)
{
    public const string FileName = "fieldwork-questions.yaml";

    public const string ObserveAction = "actie-waarnemen";
    public const string Experiment = "experiment";
    public const string StartMeeting = "startbijeenkomst";
    public const string Closing = "afsluiten";

    /// <summary>"Maak hier een gezamenlijke nieuwsbrief van" ([000] 4. Praktijkvoorbeelden, L394).</summary>
    public const string Newsletter = "buurtbericht";

    /// <summary>The section headings of the guide's example newsletter ([000] L372–390).</summary>
    public const string NewsletterExample = "buurtbericht-voorbeeld";

    public ConversationGuide Lists { get; } = lists;

    public QuestionList List(string id) =>
        Lists.Lists.FirstOrDefault(l => l.Id == id) ?? throw new InvalidDataException($"{FileName}: the list '{id}' is missing");

    /// <summary>The ESS examples of activities at <paramref name="level"/> as (name, description); empty for levels without examples.</summary>
    public IReadOnlyList<(string Name, string Description)> ActivityExamples(PpctLevel level) =>
        Lists.Lists.FirstOrDefault(l => l.Id == "activiteiten-" + level.ToString().ToLowerInvariant()) is { } list
            ? list.Questions.Select(Split).ToList()
            : [];

    /// <summary>Every example of every level, with its level.</summary>
    public IEnumerable<(PpctLevel Level, string Name, string Description)> AllActivityExamples() =>
        Enum.GetValues<PpctLevel>().SelectMany(level => ActivityExamples(level).Select(e => (level, e.Name, e.Description)));

    /// <summary>Whether <paramref name="name"/> is one of the examples (any level).</summary>
    public bool IsActivityExample(string name) => AllActivityExamples().Any(e => e.Name == name);

    public static FieldworkGuide Load(string contentPath)
    {
        var guide = new FieldworkGuide(ConversationGuide.Load(contentPath, FileName));
        foreach (var id in new[] { ObserveAction, Experiment, StartMeeting, Closing, Newsletter, NewsletterExample })
            _ = guide.List(id);
        if (guide.List(StartMeeting).Questions.Count != 5)
            throw new InvalidDataException($"{FileName}: the startbijeenkomst has the guide's five questions");
        return guide;
    }

    private static (string Name, string Description) Split(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (entry, "") : (entry[..colon].Trim(), entry[(colon + 1)..].Trim());
    }
}
