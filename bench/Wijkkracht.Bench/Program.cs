using System.Diagnostics;
using System.Globalization;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Knowledge;

// Loads the real content, then times 1,000 knowledge searches and 1,000 finder queries built from varied realistic
// words and criteria. Prints p50/p95/max in milliseconds; exits 1 when a p95 is over the 10 ms budget.
// With the argument "workspace": the observation, import, theme-board and timeline scenarios (WorkspaceBench.cs).
if (args is ["workspace", ..])
    return await Wijkkracht.Bench.WorkspaceBench.RunAsync();
// With the argument "fieldwork": the dashboard and agreements at 2,000 actions and 500 meetings (FieldworkBench.cs).
if (args is ["fieldwork", ..])
    return await Wijkkracht.Bench.WorkspaceBench.RunFieldworkAsync();
// With the argument "network": the network metrics endpoint against python-igraph (NetworkBench.cs).
if (args is ["network", ..])
    return await Wijkkracht.Bench.WorkspaceBench.RunNetworkAsync();

var path = KnowledgeLoader.ResolveContentPath(args.Length > 0 ? args[0] : null);
var load = Stopwatch.StartNew();
var kb = KnowledgeLoader.Load(path);
var search = new KnowledgeSearch(kb);
var finder = new InterventionFinder(kb);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Loaded and indexed {kb.Items.Count} items from {path} in {load.ElapsedMilliseconds} ms"));

string[] subjects = ["jongeren", "bewoners", "ouders", "kinderen", "buren", "ondernemers", "sleutelpersonen", "vluchtelingen", "professionals", "hangjongeren"];
string[] problems = ["hangen rond bij het winkelcentrum", "hebben ruzie over lawaai", "worden geronseld voor drugshandel", "voelen zich onveilig op straat",
    "vertrouwen de gemeente niet", "kennen elkaar niet", "laten afval slingeren", "lopen met messen op zak", "zijn eenzaam", "radicaliseren online"];
string[] places = ["in de portiek", "op het plein", "bij de school", "rond het station", "in de hele wijk", "bij de moskee", "op het sportveld", ""];
var random = new Random(42);
string Text() => $"{subjects[random.Next(subjects.Length)]} {problems[random.Next(problems.Length)]} {places[random.Next(places.Length)]}".Trim();
string? Pick(string facet) => random.Next(3) == 0 ? kb.FacetDefinitions[facet].Values[random.Next(kb.FacetDefinitions[facet].Values.Count)].Id : null;

for (var i = 0; i < 50; i++)
{
    search.Search(new SearchRequest { Query = Text() });
    finder.Find(new FinderQuery { Text = Text() });
}

var searchTimes = Time(() =>
{
    var filters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
    if (Pick(KnowledgeBase.FacetTheme) is { } theme)
        filters[KnowledgeBase.FacetTheme] = [theme];
    if (random.Next(2) == 0)
        filters[KnowledgeBase.FacetType] = ["intervention"];
    var query = random.Next(10) == 0 ? null : Text();
    if (!search.Search(new SearchRequest { Query = query, Filters = filters, Page = PageRequest.Create(1, 20) }).IsOk)
        throw new InvalidOperationException("search failed");
});
var finderTimes = Time(() =>
{
    var query = new FinderQuery
    {
        Text = Text(),
        TargetGroup = Pick(KnowledgeBase.FacetTargetGroup),
        Location = Pick(KnowledgeBase.FacetLocation),
        Theme = Pick(KnowledgeBase.FacetTheme),
        PpctLevel = Pick(KnowledgeBase.FacetPpctLevel),
    };
    if (!finder.Find(query).IsOk)
        throw new InvalidOperationException("finder failed");
});

var ok = Report("search", searchTimes) & Report("finder", finderTimes);
return ok ? 0 : 1;

List<double> Time(Action action)
{
    var times = new List<double>(1000);
    for (var i = 0; i < 1000; i++)
    {
        var sw = Stopwatch.StartNew();
        action();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times;
}

static bool Report(string name, List<double> times)
{
    var p50 = times[times.Count / 2];
    var p95 = times[(int)(times.Count * 0.95)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-7} n={times.Count}  p50 {p50:F2} ms  p95 {p95:F2} ms  max {times[^1]:F2} ms  (budget p95 < 10 ms: {(p95 < 10 ? "ok" : "OVER")})"));
    return p95 < 10;
}
