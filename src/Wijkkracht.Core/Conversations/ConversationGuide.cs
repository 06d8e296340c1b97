using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wijkkracht.Core.Conversations;

/// <summary>Where a question list comes from: the seed file, its section and the line numbers.</summary>
public sealed class QuestionSource
{
    public string File { get; set; } = "";

    public string Section { get; set; } = "";

    public string Lines { get; set; } = "";
}

/// <summary>One question list of a guide (verbatim), used as optional prompts in a conversation.</summary>
public sealed class QuestionList
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public QuestionSource Source { get; set; } = new();

    public List<string> Questions { get; set; } = [];
}

/// <summary>The question lists of content/conversation-questions.yaml (WerkwijzerPlus step 2; ESS hulpvragen).</summary>
public sealed class ConversationGuide(IReadOnlyList<QuestionList> lists)
{
    public const string FileName = "conversation-questions.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public IReadOnlyList<QuestionList> Lists { get; } = lists;

    /// <summary>The question, or null when the list or the index does not exist.</summary>
    public string? Question(string listId, int index) =>
        Lists.FirstOrDefault(l => l.Id == listId) is { } list && index >= 0 && index < list.Questions.Count ? list.Questions[index] : null;

    /// <summary>Loads and checks the file in <paramref name="contentPath"/>: every list has an id, a title, a source with lines and questions.</summary>
    public static ConversationGuide Load(string contentPath) => Load(contentPath, FileName);

    /// <summary>Loads another question file in the same format (for example <c>group-setup-questions.yaml</c>).</summary>
    public static ConversationGuide Load(string contentPath, string fileName)
    {
        var path = Path.Combine(contentPath, fileName);
        var lists = Yaml.Deserialize<List<QuestionList>>(File.ReadAllText(path)) ?? [];
        var problems = new List<string>();
        foreach (var list in lists)
        {
            if (string.IsNullOrWhiteSpace(list.Id) || string.IsNullOrWhiteSpace(list.Title))
                problems.Add($"{fileName}: a list without id or title");
            if (string.IsNullOrWhiteSpace(list.Source.File) || string.IsNullOrWhiteSpace(list.Source.Lines))
                problems.Add($"{fileName}: {list.Id}: source file and lines are required");
            if (list.Questions.Count == 0 || list.Questions.Any(string.IsNullOrWhiteSpace))
                problems.Add($"{fileName}: {list.Id}: questions are missing or empty");
        }

        if (lists.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count() != lists.Count)
            problems.Add($"{fileName}: list ids must be unique");
        if (problems.Count > 0)
            throw new InvalidDataException(string.Join(Environment.NewLine, problems));
        return new ConversationGuide(lists);
    }
}
