using System.Globalization;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Tests.Actions;

/// <summary>content/fieldwork-questions.yaml: every question is verbatim in its seed file, inside the lines it names.</summary>
public sealed class FieldworkGuideTests
{
    private static string Normalize(string text) => string.Join(' ', text.Replace("**", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Questions_AreVerbatimWithinTheirSourceLines()
    {
        var content = KnowledgeLoader.ResolveContentPath(null);
        var guide = FieldworkGuide.Load(content);
        var seeds = Path.Combine(content, "..", "..", "shared", "seeds");
        Assert.True(Directory.Exists(seeds), seeds);
        Assert.NotEmpty(guide.Lists.Lists);
        foreach (var list in guide.Lists.Lists)
        {
            var lines = File.ReadAllLines(Path.Combine(seeds, list.Source.File));
            var range = list.Source.Lines.Split('-');
            var from = int.Parse(range[0], CultureInfo.InvariantCulture);
            var to = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : from;
            var text = Normalize(string.Join(' ', lines[(from - 1)..to]));
            foreach (var question in list.Questions)
                Assert.True(text.Contains(Normalize(question), StringComparison.Ordinal), $"{list.Id}: '{question}' is not in {list.Source.File} lines {list.Source.Lines}");
        }
    }

    [Fact]
    public void Lists_HaveTheGuidesShape()
    {
        var guide = FieldworkGuide.Load(KnowledgeLoader.ResolveContentPath(null));
        Assert.Equal(5, guide.List(FieldworkGuide.StartMeeting).Questions.Count);
        Assert.Equal(5, guide.List(FieldworkGuide.Closing).Questions.Count);
        Assert.All(EvaluationService.QuestionLists, id => Assert.Equal(3, guide.List(id).Questions.Count));
        Assert.Equal(9, guide.ActivityExamples(PpctLevel.Micro).Count);
        Assert.Equal(("Netwerkvorming", "Organiseren van bijeenkomsten, co-creatiesessies of intervisieactiviteiten ten behoeve van netwerken van organisaties, vrijwilligers en burgers."), guide.ActivityExamples(PpctLevel.Meso)[0]);
        Assert.Empty(guide.ActivityExamples(PpctLevel.Macro));
        Assert.True(guide.IsActivityExample("Oudergroepen"));
        Assert.False(guide.IsActivityExample("Oudergroep"));
    }
}
