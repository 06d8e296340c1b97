using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wijkkracht.Core.DeskResearch;

/// <summary>
/// What the ESS guide says about desk research (content/desk-research.yaml): the four questions about earlier
/// trajectories, the kinds of figures, the sociale kaart and the caution that a monitor "zegt niet alles", each with
/// its source. Loaded once; a missing or incomplete file stops start-up.
/// </summary>
public sealed class DeskResearchGuide
{
    public const string FileName = "desk-research.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();

    public SourceDoc Source { get; set; } = new();

    public string Intro { get; set; } = "";

    public QuestionsDoc History { get; set; } = new();

    public KindsDoc Figures { get; set; } = new();

    public SocialMapDoc SocialMap { get; set; } = new();

    public CautionDoc Caution { get; set; } = new();

    /// <summary>The question for a trajectory field ("outcomes", "keyContacts", "residentAdvice", "feedbackToResidents").</summary>
    public string Question(string field) =>
        History.Questions.FirstOrDefault(q => string.Equals(q.Field, field, StringComparison.OrdinalIgnoreCase))?.Text ?? field;

    /// <summary>"Handreiking Weerbare gemeenschappen tegen ondermijning, 3. Vooronderzoek … (regels 441-446)".</summary>
    public string Cite(string section, string lines) => $"Handreiking Weerbare gemeenschappen tegen ondermijning (ESS, 2024), {section}, regel {lines} van {Source.File}";

    public static DeskResearchGuide Load(string contentPath)
    {
        var path = Path.Combine(contentPath, FileName);
        if (!File.Exists(path))
            throw new InvalidOperationException($"{FileName} ontbreekt in {contentPath}.");
        var guide = Yaml.Deserialize<DeskResearchGuide>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{FileName} is leeg.");
        var problems = new List<string>();
        if (guide.History.Questions.Count != 4 || guide.History.Questions.Any(q => string.IsNullOrWhiteSpace(q.Field) || string.IsNullOrWhiteSpace(q.Text)))
            problems.Add("history.questions: precies vier vragen met field en text.");
        if (string.IsNullOrWhiteSpace(guide.Caution.Text) || string.IsNullOrWhiteSpace(guide.Caution.Section))
            problems.Add("caution: text en section zijn verplicht.");
        if (string.IsNullOrWhiteSpace(guide.Source.File))
            problems.Add("source.file is verplicht.");
        if (problems.Count > 0)
            throw new InvalidOperationException($"{FileName}: " + string.Join(" ", problems));
        return guide;
    }

    public sealed class SourceDoc
    {
        public string File { get; set; } = "";

        public string Section { get; set; } = "";

        public string Lines { get; set; } = "";
    }

    public sealed class QuestionDoc
    {
        public string Field { get; set; } = "";

        public string Text { get; set; } = "";
    }

    public sealed class QuestionsDoc
    {
        public string Section { get; set; } = "";

        public string Lines { get; set; } = "";

        public List<QuestionDoc> Questions { get; set; } = [];
    }

    public sealed class KindsDoc
    {
        public string Section { get; set; } = "";

        public string Lines { get; set; } = "";

        public List<string> Kinds { get; set; } = [];
    }

    public sealed class SocialMapDoc
    {
        public string Section { get; set; } = "";

        public string Lines { get; set; } = "";

        public string Text { get; set; } = "";

        public List<string> Items { get; set; } = [];
    }

    public sealed class CautionDoc
    {
        public string Section { get; set; } = "";

        public string Lines { get; set; } = "";

        public string Text { get; set; } = "";

        public string By { get; set; } = "";
    }
}
