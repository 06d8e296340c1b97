using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// "axe on every page": reads the route templates of every Razor page compiled into Wijkkracht.Web.dll, visits each one at
/// desktop (1280 px) and phone (375 px) width, runs axe-core and checks that nothing overflows sideways at 375 px, and
/// fails when a page was never visited. Beheer pages are visited as the Beheerder, all other signed-in pages as the
/// demo coordinator (the Beheerder no longer edits approach content). Records that the demo data lacks (an own
/// intervention, a second plan version, a precondition check) are first created through the real forms. Route
/// parameters are filled from links on pages visited before. One browser context per user and width.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EveryPageTests1280(AppServer app) : EveryPageTests(app)
{
    [Fact]
    public Task VisitEveryPage_AtDesktopWidth_HasNoAxeViolations() => VisitEveryPageAsync(1280);
}

/// <summary>The every-page walk at phone width, in the second collection (its own app and browser).</summary>
[Collection(SecondAppCollection.Name)]
public sealed class EveryPageTests375(AppServer app) : EveryPageTests(app)
{
    [Fact]
    public Task VisitEveryPage_AtPhoneWidth_HasNoAxeViolationsAndNoSidewaysScroll() => VisitEveryPageAsync(375);
}

/// <summary>The route list the every-page walk works from.</summary>
public sealed class RouteTemplateTests
{
    [Fact]
    public void ReadRouteTemplates_WebAssembly_ListsEveryPageIncludingTheExceptions()
    {
        var templates = EveryPageTests.ReadRouteTemplates();
        foreach (var exception in EveryPageTests.NotVisitableTemplates)
            Assert.Contains(exception, templates);
        Assert.Contains("/aanpakken/{id:guid}/doelen/{goalId:guid}", templates);
    }
}

/// <summary>The walk itself, shared by the two widths.</summary>
public abstract partial class EveryPageTests(AppServer app)
{
    private const string Beheerder = "beheerder@demostad.example";

    /// <summary>Pages that cannot be rendered as HTML in the demo app, with the reason. Kept short on purpose.</summary>
    private static readonly Dictionary<string, string> NotVisitable = new(StringComparer.Ordinal)
    {
        ["/aanpakken/{id:guid}/verwerkingsregister.docx"] = "a Word document, not an HTML page (ProcessingRecordTests validates it)",
        ["/installatie"] = "answers 404 once an organisation exists; only an empty database with the set-up token shows it",
        ["/inloggen/tweestaps"] = "needs a user with a second factor halfway through signing in; the demo users have none",
    };

    /// <summary>Pages that are visited without signing in.</summary>
    private static readonly string[] AnonymousPaths = ["/inloggen", "/inloggen/extern?handler=Callback", "/toegankelijkheid", "/privacy", "/toegang-geweigerd", "/fout", "/activeren"];

    /// <summary>Pages whose status is not 2xx by design, with the status they must answer (axe still runs on them).</summary>
    private static readonly Dictionary<string, int> ExpectedStatus = new(StringComparer.Ordinal)
    {
        ["/toegang-geweigerd"] = 403,
        // Without a (valid) token the activation page explains that the link does not work (RolesJourneyTests uses a real one).
        ["/activeren"] = 404,
    };

    /// <summary>The walk at one width (the two widths are in two collections, each with its own app).</summary>
    protected async Task VisitEveryPageAsync(int width)
    {
        var templates = ReadRouteTemplates();
        Assert.True(templates.Count >= 50, $"Expected ~55 Razor pages in Wijkkracht.Web.dll, found {templates.Count}.");
        var routes = templates.Select(t => new Route(t)).ToList();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var hrefs = new List<string>();
        var suffix = width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        async Task VisitAsync(IPage page, string path)
        {
            var response = await page.GotoAsync(path);
            await CheckAsync(page, response?.Status ?? 0);
        }

        async Task CheckAsync(IPage page, int status)
        {
            var url = new Uri(page.Url);
            var route = routes.Where(r => r.Matches(url.AbsolutePath)).MaxBy(r => r.Literals);
            var ok = ExpectedStatus.TryGetValue(url.AbsolutePath, out var expected) ? status == expected : status is >= 200 and < 400;
            if (!ok)
                problems.Add($"{url.PathAndQuery}: HTTP {status}");
            try
            {
                await AppServer.AssertAccessibleAsync(page);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                problems.Add(e.Message);
            }

            if (width < 600)
            {
                var size = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
                if (size[0] > size[1])
                    problems.Add($"{url.PathAndQuery}: {size[0]}px wide in a {size[1]}px window");
            }

            if (route is not null && ok)
                visited.Add(route.Template);
            hrefs.AddRange(await page.EvalOnSelectorAllAsync<string[]>("a[href]", "els => els.map(e => new URL(e.href).pathname)"));
        }

        // Submits a form and checks the page the browser lands on (after any redirect).
        // With expectText, the form may land on the same page again (post-redirect-get) and must then show that text.
        async Task SubmitAsync(IPage page, string button, string? expectText = null)
        {
            var before = page.Url;
            await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
            var status = await page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation')[0]?.responseStatus ?? 0");
            if (expectText is not null)
            {
                if (!(await page.ContentAsync()).Contains(expectText, StringComparison.Ordinal))
                    problems.Add($"{before}: after '{button}' the page does not show '{expectText}' (form error?)");
            }
            else if (page.Url == before)
                problems.Add($"{before}: '{button}' did not lead to another page (form error?)");
            await CheckAsync(page, status);
        }

        var anonymous = await app.NewPageAsync(width: width);
        foreach (var path in AnonymousPaths)
            await VisitAsync(anonymous, path);
        await anonymous.Context.CloseAsync();

        var coordinator = await app.NewPageAsync(app.DemoEmail, app.DemoPassword, width);
        var beheerder = await app.NewPageAsync(Beheerder, app.DemoPassword, width);
        await VisitAsync(coordinator, "/aanpakken");
        var demoHref = await coordinator.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");
        var demoId = demoHref!.Split('/')[^1];

        // A second plan version (the demo has version 1), so that the version list and the comparison exist.
        await VisitAsync(coordinator, $"/aanpakken/{demoId}/plan/bewerken");
        await coordinator.GetByLabel("Budget").FillAsync("Fictief demobudget, versie " + suffix);
        await SubmitAsync(coordinator, "Opslaan als nieuwe versie");
        await SubmitAsync(coordinator, "Vergelijken");

        // A precondition check (the demo has none), done in parts and finished; an action (its delete confirmation is a
        // page); and a check left unfinished (its parts are pages too).
        await VisitAsync(coordinator, $"/aanpakken/{demoId}/randvoorwaarden/nieuw");
        await SubmitAsync(coordinator, "Begin met de check");
        for (var part = 1; part <= 13; part++)
        {
            var options = coordinator.Locator("fieldset.wk-score input[value='OpOrde']");
            for (var i = await options.CountAsync() - 1; i >= 0; i--)
                await options.Nth(i).CheckAsync();
            await SubmitAsync(coordinator, "Volgende");
        }

        await SubmitAsync(coordinator, "Check afronden");
        await coordinator.GetByLabel("Randvoorwaarde", new() { Exact = true }).SelectOptionAsync("rv-01");
        await coordinator.GetByLabel("Wat gaat er gebeuren?").FillAsync("Actie " + suffix);
        await SubmitAsync(coordinator, "Actie toevoegen", expectText: "Actie " + suffix);
        await VisitAsync(coordinator, $"/aanpakken/{demoId}/randvoorwaarden/nieuw");
        await SubmitAsync(coordinator, "Begin met de check");

        // An own intervention (the demo has none).
        await VisitAsync(beheerder, "/beheer/interventies/nieuw");
        await beheerder.GetByLabel("Soort", new() { Exact = true }).SelectOptionAsync("Interventie");
        await beheerder.GetByLabel("Naam", new() { Exact = true }).FillAsync("Buurtpreventie-app " + suffix);
        await beheerder.GetByLabel("Korte beschrijving").FillAsync("Bewoners delen signalen in een app met de wijkagent.");
        await SubmitAsync(beheerder, "Interventie opslaan");

        // The processing record's edit page is the Beheerder's (the coordinator has no link to it).
        await VisitAsync(beheerder, $"/aanpakken/{demoId}/verwerkingsregister/bewerken");

        // Parameterless pages first (they hold the links to the rest), then by number of parameters.
        foreach (var route in routes.Where(r => !NotVisitable.ContainsKey(r.Template) && !visited.Contains(r.Template)).OrderBy(r => r.Parameters).ThenBy(r => r.Template, StringComparer.Ordinal))
        {
            if (visited.Contains(route.Template))
                continue;
            var page = route.Template.StartsWith("/beheer", StringComparison.Ordinal) ? beheerder : coordinator;
            if (route.Parameters == 0)
            {
                await VisitAsync(page, route.Template);
                continue;
            }

            // Pages of an approach are visited in the demo approach, which has goals, checks and plan versions.
            var href = hrefs.FirstOrDefault(h => route.Matches(h)
                && (!route.Template.StartsWith("/aanpakken/{id", StringComparison.Ordinal) || h.Contains(demoId, StringComparison.OrdinalIgnoreCase)));
            if (href is null)
            {
                problems.Add($"{route.Template}: no link to it on the pages visited before");
                continue;
            }

            await VisitAsync(page, href);
        }

        await coordinator.Context.CloseAsync();
        await beheerder.Context.CloseAsync();
        var missing = routes.Select(r => r.Template).Where(t => !visited.Contains(t) && !NotVisitable.ContainsKey(t)).ToList();
        Assert.True(problems.Count == 0 && missing.Count == 0,
            $"At {width}px:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}{Environment.NewLine}Pages never visited: {string.Join(", ", missing)}");
    }

    /// <summary>The route templates the walk skips (checked by <see cref="RouteTemplateTests"/>).</summary>
    internal static IReadOnlyCollection<string> NotVisitableTemplates => NotVisitable.Keys;

    /// <summary>The @page route templates of Wijkkracht.Web.dll, read from the RazorCompiledItemMetadata("RouteTemplate", …) attributes.</summary>
    internal static List<string> ReadRouteTemplates()
    {
        var dll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Wijkkracht.Web/bin/Debug/net10.0/Wijkkracht.Web.dll"));
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var result = new List<string>();
        foreach (var handle in md.CustomAttributes)
        {
            var attribute = md.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
                continue;
            var ctor = md.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (ctor.Parent.Kind != HandleKind.TypeReference || md.GetString(md.GetTypeReference((TypeReferenceHandle)ctor.Parent).Name) != "RazorCompiledItemMetadataAttribute")
                continue;
            var value = attribute.DecodeValue(new StringOnlyProvider());
            if (value.FixedArguments is [{ Value: "RouteTemplate" }, { Value: string template }])
                result.Add(template);
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A route template turned into a regular expression for paths.</summary>
    private sealed partial class Route
    {
        private readonly Regex _regex;

        public Route(string template)
        {
            Template = template;
            var parameters = 0;
            var escaped = Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal);
            // An optional last segment ("/{setupId:guid?}") matches the path with and without it.
            escaped = OptionalGuidPattern().Replace(escaped, _ =>
            {
                parameters++;
                return "(?:/[0-9a-fA-F-]{36})?";
            });
            var pattern = ParameterPattern().Replace(escaped, m =>
            {
                parameters++;
                var constraint = m.Groups[1].Value;
                return constraint switch
                {
                    ":guid" => "[0-9a-fA-F-]{36}",
                    ":int" => "[0-9]+",
                    "" => "[^/]+",
                    _ => "(plan|voortgang)",
                };
            });
            Parameters = parameters;
            Literals = template.Split('/').Count(s => s.Length > 0 && !s.Contains('{', StringComparison.Ordinal));
            _regex = new Regex("^" + pattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        public string Template { get; }

        public int Parameters { get; }

        public int Literals { get; }

        public bool Matches(string path) => _regex.IsMatch(path);

        [GeneratedRegex(@"\{[a-zA-Z]+((?::[^}]+)?)\}")]
        private static partial Regex ParameterPattern();

        [GeneratedRegex(@"/\{[a-zA-Z]+:guid\\\?\}$")]
        private static partial Regex OptionalGuidPattern();
    }

    /// <summary>Decodes attribute arguments that are strings (all RazorCompiledItemMetadata arguments are).</summary>
    private sealed class StringOnlyProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => "";

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => "";

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
