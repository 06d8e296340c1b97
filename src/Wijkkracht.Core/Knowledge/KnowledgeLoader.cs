using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wijkkracht.Core.Knowledge;

/// <summary>The content under content/ is not valid. <see cref="Problems"/> lists every problem found, one per line.</summary>
public sealed class KnowledgeContentException(IReadOnlyList<string> problems)
    : Exception("De kennisbank-inhoud is ongeldig (" + problems.Count + " probleem/problemen):" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => " - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Reads and validates content/ (see docs/content-schema.md). Strict: unknown keys, missing required fields, duplicate
/// ids, dangling cross-references, facet values outside facets.yaml and sources outside the seed list are all errors.
/// All problems are collected before failing, so one run shows everything to fix.
/// </summary>
public static partial class KnowledgeLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Loads and validates; throws <see cref="KnowledgeContentException"/> listing every problem.</summary>
    public static KnowledgeBase Load(string contentPath)
    {
        var (kb, problems) = TryLoad(contentPath);
        if (kb is null || problems.Count > 0)
            throw new KnowledgeContentException(problems);
        return kb;
    }

    /// <summary>Loads and validates; returns the problems instead of throwing.</summary>
    public static (KnowledgeBase? Knowledge, List<string> Problems) TryLoad(string contentPath)
    {
        var problems = new List<string>();
        if (!Directory.Exists(contentPath))
            return (null, [$"De map met kennisbank-inhoud bestaat niet: {contentPath}"]);

        T? Read<T>(string relative, bool required = true)
            where T : class
        {
            var path = Path.Combine(contentPath, relative);
            if (!File.Exists(path))
            {
                if (required)
                    problems.Add($"{relative}: bestand ontbreekt.");
                return null;
            }

            try
            {
                var value = Yaml.Deserialize<T>(File.ReadAllText(path));
                if (value is null)
                    problems.Add($"{relative}: bestand is leeg.");
                return value;
            }
            catch (YamlException e)
            {
                problems.Add($"{relative}: regel {e.Start.Line}, kolom {e.Start.Column}: {Inner(e)}");
                return null;
            }
        }

        List<(string File, T Doc)> ReadAll<T>(string folder)
            where T : class
        {
            var dir = Path.Combine(contentPath, folder);
            if (!Directory.Exists(dir))
            {
                problems.Add($"{folder}/: map ontbreekt.");
                return [];
            }

            return Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal)
                .Select(f => (File: $"{folder}/{Path.GetFileName(f)}", Doc: Read<T>($"{folder}/{Path.GetFileName(f)}")))
                .Where(x => x.Doc is not null).Select(x => (x.File, x.Doc!)).ToList();
        }

        var facets = Read<FacetsDoc>("facets.yaml") ?? new FacetsDoc();
        var methods = ReadAll<MethodDoc>("methods");
        var articles = ReadAll<List<ArticleDoc>>("articles");
        var interventions = ReadAll<List<InterventionDoc>>("interventions");
        var ppct = Read<List<PpctLevelDoc>>("ppct-levels.yaml") ?? [];
        var ladder = Read<ParticipationLadderDoc>("participation-ladder.yaml") ?? new ParticipationLadderDoc();
        var preconditions = Read<List<PreconditionDoc>>("preconditions.yaml") ?? [];
        var principles = Read<PrinciplesDoc>("principles.yaml") ?? new PrinciplesDoc();
        var synonyms = Read<List<SynonymGroupDoc>>("synonyms.yaml", required: false) ?? [];

        var v = new Validator(problems);
        v.Facets(facets);
        foreach (var (file, m) in methods)
            m.Steps.ForEach(s => s.MethodId = m.Id);

        // Pass 1: ids.
        foreach (var (file, m) in methods)
        {
            v.Id(file, m.Id);
            m.Principles.ForEach(p => v.Id(file, p.Id));
            m.Phases.ForEach(p => v.Id(file, p.Id));
            m.Steps.ForEach(s => v.Id(file, s.Id));
        }

        foreach (var (file, list) in articles)
            list.ForEach(a => v.Id(file, a.Id));
        foreach (var (file, list) in interventions)
            list.ForEach(i => v.Id(file, i.Id));
        ppct.ForEach(p => v.Id("ppct-levels.yaml", p.Id));
        ladder.Rungs.ForEach(r => v.Id("participation-ladder.yaml", r.Id));
        preconditions.ForEach(p => v.Id("preconditions.yaml", p.Id));
        principles.Principles.ForEach(p => v.Id("principles.yaml", p.Id));
        principles.StartQuestions.ForEach(q => v.Id("principles.yaml", q.Id));

        // Pass 2: fields, sources and references.
        var methodIds = methods.Select(m => m.Doc.Id).ToHashSet(StringComparer.Ordinal);
        var stepIds = methods.SelectMany(m => m.Doc.Steps).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var interventionIds = interventions.SelectMany(i => i.Doc).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var principleIds = principles.Principles.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, m) in methods)
        {
            v.Required(file, m.Id, "name", m.Name);
            v.Source(file, m.Id, m.Source);
            foreach (var p in m.Principles)
            {
                v.Required(file, p.Id, "title", p.Title);
                v.Source(file, p.Id, p.Source);
            }

            var phaseIds = m.Phases.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var p in m.Phases)
            {
                v.Required(file, p.Id, "title", p.Title);
                v.Positive(file, p.Id, "number", p.Number);
                v.Source(file, p.Id, p.Source);
            }

            foreach (var s in m.Steps)
            {
                v.Required(file, s.Id, "title", s.Title);
                v.Positive(file, s.Id, "number", s.Number);
                v.Source(file, s.Id, s.Source);
                if (s.Phase is { } phase && !phaseIds.Contains(phase))
                    v.Problem(file, s.Id, $"phase '{phase}' bestaat niet in deze methode.");
                foreach (var example in s.PracticeExamples.Where(e => !interventionIds.Contains(e)))
                    v.Problem(file, s.Id, $"practiceExamples: interventie '{example}' bestaat niet.");
                for (var g = 0; g < s.Guidance.Count; g++)
                    v.Required(file, s.Id, $"guidance[{g}].title", s.Guidance[g].Title);
            }

            foreach (var dup in m.Steps.GroupBy(s => s.Number).Where(g => g.Count() > 1))
                v.Problem(file, m.Id, $"stapnummer {dup.Key} komt {dup.Count()} keer voor.");

            if (m.DecisionMoment is { } dm)
            {
                v.Required(file, m.Id, "decisionMoment.title", dm.Title);
                v.Source(file, m.Id + " (beslismoment)", dm.Source);
                if (m.Steps.All(s => s.Number != dm.AfterStep))
                    v.Problem(file, m.Id, $"decisionMoment.afterStep {dm.AfterStep} is geen stap van deze methode.");
            }
        }

        foreach (var (file, list) in articles)
        {
            foreach (var a in list)
            {
                v.Required(file, a.Id, "title", a.Title);
                v.Source(file, a.Id, a.Source);
                if (string.IsNullOrWhiteSpace(a.Method))
                    v.Problem(file, a.Id, "method ontbreekt.");
                else if (!methodIds.Contains(a.Method))
                    v.Problem(file, a.Id, $"method '{a.Method}' bestaat niet.");
                if (!KnowledgeBase.ArticleCategories.Contains(a.Category))
                    v.Problem(file, a.Id, $"category '{a.Category}' is geen toegestane categorie.");
                foreach (var step in a.Steps.Where(s => !stepIds.Contains(s)))
                    v.Problem(file, a.Id, $"steps: stap '{step}' bestaat niet.");
            }
        }

        var origins = KnowledgeBase.Origins.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, list) in interventions)
        {
            foreach (var i in list)
            {
                v.Required(file, i.Id, "title", i.Title);
                v.Required(file, i.Id, "summary", i.Summary);
                v.Source(file, i.Id, i.Source);
                if (!origins.Contains(i.Origin))
                    v.Problem(file, i.Id, $"origin '{i.Origin}' is niet een van: {string.Join(", ", origins)}.");
                if (i.SolutionDirection is { } sd)
                    v.Facet(file, i.Id, "solutionDirection", facets.SolutionDirections, [sd]);
                v.Facet(file, i.Id, "targetGroups", facets.TargetGroups, i.TargetGroups);
                v.Facet(file, i.Id, "locations", facets.Locations, i.Locations);
                v.Facet(file, i.Id, "themes", facets.Themes, i.Themes);
                v.Facet(file, i.Id, "ppctLevels", facets.PpctLevels, i.PpctLevels);
                foreach (var step in i.MethodSteps.Where(s => !stepIds.Contains(s)))
                    v.Problem(file, i.Id, $"methodSteps: stap '{step}' bestaat niet.");
            }
        }

        foreach (var p in ppct)
        {
            v.Required("ppct-levels.yaml", p.Id, "title", p.Title);
            v.Facet("ppct-levels.yaml", p.Id, "level", facets.PpctLevels, [p.Level]);
            v.Source("ppct-levels.yaml", p.Id, p.Source);
        }

        v.Source("participation-ladder.yaml", "(ladder)", ladder.Source);
        foreach (var r in ladder.Rungs)
        {
            v.Required("participation-ladder.yaml", r.Id, "title", r.Title);
            v.Positive("participation-ladder.yaml", r.Id, "rung", r.Rung);
            v.Source("participation-ladder.yaml", r.Id, r.Source);
        }

        foreach (var p in preconditions)
        {
            v.Required("preconditions.yaml", p.Id, "title", p.Title);
            v.Positive("preconditions.yaml", p.Id, "number", p.Number);
            v.Source("preconditions.yaml", p.Id, p.Source);
        }

        v.Source("principles.yaml", "(principes)", principles.Source);
        foreach (var p in principles.Principles)
        {
            v.Required("principles.yaml", p.Id, "title", p.Title);
            v.Positive("principles.yaml", p.Id, "number", p.Number);
            v.Source("principles.yaml", p.Id, p.Source);
        }

        foreach (var q in principles.StartQuestions)
        {
            v.Required("principles.yaml", q.Id, "text", q.Text);
            v.Source("principles.yaml", q.Id, q.Source);
            foreach (var p in q.Principles.Where(p => !principleIds.Contains(p)))
                v.Problem("principles.yaml", q.Id, $"principles: principe '{p}' bestaat niet.");
        }

        for (var i = 0; i < synonyms.Count; i++)
        {
            var group = synonyms[i];
            var label = $"groep {i + 1}" + (group.Words.Count > 0 ? $" ({group.Words[0]})" : "");
            if (group.Words.Count(w => !string.IsNullOrWhiteSpace(w)) < 2)
                v.Problem("synonyms.yaml", label, "words: een groep heeft minstens twee woorden nodig.");
            if (string.IsNullOrWhiteSpace(group.Reason))
                v.Problem("synonyms.yaml", label, "reason ontbreekt: leg uit waarom deze woorden hier hetzelfde betekenen.");
            foreach (var duplicate in group.Words.GroupBy(w => w.Trim().ToLowerInvariant(), StringComparer.Ordinal).Where(g => g.Count() > 1))
                v.Problem("synonyms.yaml", label, $"words: '{duplicate.Key}' komt dubbel voor.");
        }

        if (problems.Count > 0)
            return (null, problems);

        var kb = new KnowledgeBase(
            facets,
            methods.Select(m => m.Doc).ToList(),
            articles.SelectMany(a => a.Doc).ToList(),
            ppct,
            ladder,
            preconditions,
            principles,
            interventions.SelectMany(i => i.Doc).ToList(),
            synonyms);
        return (kb, problems);
    }

    /// <summary>
    /// The content folder: configuration <c>Knowledge:ContentPath</c> if set; otherwise the <c>content</c> folder next
    /// to Wijkkracht.slnx above the app or the working directory (development, tests); otherwise <c>content</c> in the
    /// app's own folder (a published app, where the build copies it).
    /// </summary>
    public static string ResolveContentPath(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Wijkkracht.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "content")))
                    return Path.Combine(dir.FullName, "content");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "content");
    }

    private static string Inner(Exception e)
    {
        var message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            message = inner.Message;
        return message;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private sealed class Validator(List<string> problems)
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public void Problem(string file, string id, string message) => problems.Add($"{file}: {(string.IsNullOrEmpty(id) ? "(zonder id)" : id)}: {message}");

        public void Id(string file, string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add($"{file}: een item heeft geen id.");
                return;
            }

            if (!IdPattern().IsMatch(id))
                Problem(file, id, "id moet kleine letters, cijfers en koppeltekens bevatten (kebab-case).");
            if (_ids.TryGetValue(id, out var other))
                Problem(file, id, $"id komt dubbel voor (ook in {other}).");
            else
                _ids[id] = file;
        }

        public void Required(string file, string id, string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
                Problem(file, id, $"{field} ontbreekt.");
        }

        public void Positive(string file, string id, string field, int value)
        {
            if (value <= 0)
                Problem(file, id, $"{field} ontbreekt of is niet groter dan 0.");
        }

        public void Source(string file, string id, SourceRef? source)
        {
            if (source is null)
            {
                Problem(file, id, "source ontbreekt.");
                return;
            }

            if (!KnowledgeBase.Guides.ContainsKey(source.File))
                Problem(file, id, $"source.file '{source.File}' is geen bronbestand ({string.Join(", ", KnowledgeBase.Guides.Keys)}).");
            if (string.IsNullOrWhiteSpace(source.Section))
                Problem(file, id, "source.section ontbreekt.");
        }

        public void Facet(string file, string id, string field, List<FacetValue> vocabulary, IEnumerable<string> values)
        {
            foreach (var value in values.Where(x => vocabulary.All(f => f.Id != x)))
                Problem(file, id, $"{field}: '{value}' staat niet in facets.yaml.");
        }

        public void Facets(FacetsDoc facets)
        {
            foreach (var (name, list) in new[] { ("solutionDirections", facets.SolutionDirections), ("targetGroups", facets.TargetGroups), ("locations", facets.Locations), ("themes", facets.Themes), ("ppctLevels", facets.PpctLevels) })
            {
                if (list.Count == 0)
                    problems.Add($"facets.yaml: {name} is leeg of ontbreekt.");
                foreach (var dup in list.GroupBy(f => f.Id).Where(g => g.Count() > 1))
                    problems.Add($"facets.yaml: {name}: '{dup.Key}' komt dubbel voor.");
                foreach (var f in list.Where(f => string.IsNullOrWhiteSpace(f.Id) || string.IsNullOrWhiteSpace(f.Label)))
                    problems.Add($"facets.yaml: {name}: waarde zonder id of label.");
            }
        }
    }
}
