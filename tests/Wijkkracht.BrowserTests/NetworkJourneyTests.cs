using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 12 in the browser, on a phone and a desktop: add two actors and a relation between them, see the network's
/// figures and their measures change, and sort the table of all actors (links, no JavaScript needed); axe-core on
/// every page.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class NetworkJourneyTests(AppServer app)
{
    private const string Wijkverbinder = "wijkverbinder@demostad.example";

    private static async Task<int> FigureAsync(IPage page, string testId) =>
        int.Parse(await page.Locator($"[data-testid='{testId}']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task AddTwoActorsAndARelation_MeasuresChangeAndTheTableSorts(int width)
    {
        var page = await app.NewPageAsync(Wijkverbinder, app.DemoPassword, width);
        var suffix = $"{width}-{Random.Shared.Next(1000, 9999)}";
        await AppServer.VisitAsync(page, "/aanpakken");
        var approach = await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");

        await AppServer.VisitAsync(page, approach + "/netwerk");
        Assert.Contains("Geen verdachten in dit register", await page.ContentAsync(), StringComparison.Ordinal);
        var nodes = await FigureAsync(page, "nodes");
        var edges = await FigureAsync(page, "edges");

        foreach (var name in new[] { "Ada " + suffix, "Bob " + suffix })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Actor toevoegen" }).ClickAsync();
            await AppServer.AssertAccessibleAsync(page);
            await page.GetByLabel("Naam zoals het team hem gebruikt").FillAsync(name);
            await page.GetByLabel("Sleutelpersoon").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Actor opslaan" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.EndsWith("/nieuw", StringComparison.Ordinal));
            await AppServer.AssertAccessibleAsync(page);
            Assert.Contains($"{name} staat in het netwerk.", await page.ContentAsync(), StringComparison.Ordinal);
            await AppServer.VisitAsync(page, approach + "/netwerk");
        }

        Assert.Equal(nodes + 2, await FigureAsync(page, "nodes"));
        var adaRow = page.Locator("#maten tbody tr", new() { HasText = "Ada " + suffix });
        Assert.Contains("0,000", await adaRow.InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Relatie toevoegen" }).First.ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Van", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Ada {suffix} (persoon)" });
        await page.GetByLabel("Met", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Bob {suffix} (persoon)" });
        await page.GetByLabel("Soort relatie").SelectOptionAsync("HelptLeent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Relatie opslaan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/nieuw", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Helpt of leent: Bob " + suffix, await page.ContentAsync(), StringComparison.Ordinal);

        // The figures and Ada's measures changed: one more tie, and Ada now has a contact.
        await AppServer.VisitAsync(page, approach + "/netwerk");
        Assert.Equal(edges + 1, await FigureAsync(page, "edges"));
        var cells = await page.Locator("#maten tbody tr", new() { HasText = "Ada " + suffix }).Locator("td").AllInnerTextsAsync();
        Assert.NotEqual("0,000", cells[0]);
        Assert.Equal("1,000", cells[4]); // constraint of a pair: each is everything to the other

        // Sort the table by betweenness (a link: works without JavaScript), then by name.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tussenpositie (betweenness)" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("sorteer=betweenness", page.Url, StringComparison.Ordinal);
        Assert.Equal("descending", await page.Locator("#maten th[aria-sort]").GetAttributeAsync("aria-sort"));
        Assert.Contains("gesorteerd op tussenpositie", await page.Locator("#maten caption").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Waits until the picture has drawn (the script sets data-ready after the layout) and returns what it reports.</summary>
    private static async Task<(int Nodes, int Edges)> DrawnAsync(IPage page)
    {
        await page.Locator("#wk-graph[data-ready='true']").WaitForAsync();
        var island = page.Locator("#wk-graph");
        return (int.Parse((await island.GetAttributeAsync("data-nodes"))!, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse((await island.GetAttributeAsync("data-edges"))!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<int> ReportedNodesAsync(IPage page) =>
        int.Parse((await page.Locator("#wk-graph").GetAttributeAsync("data-nodes"))!, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task NetworkPicture_DrawsFiltersHighlightsDownloadsAndShowsAnEarlierDate(int width)
    {
        var page = await app.NewPageAsync(Wijkverbinder, app.DemoPassword, width);
        await AppServer.VisitAsync(page, "/aanpakken");
        var approach = await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");

        // An actor recorded today, so the network of an earlier date has fewer actors than today's.
        var name = $"Cor {width}-{Random.Shared.Next(1000, 9999)}";
        await AppServer.VisitAsync(page, approach + "/netwerk/actoren/nieuw");
        await page.GetByLabel("Naam zoals het team hem gebruikt").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Actor opslaan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/nieuw", StringComparison.Ordinal));

        // The picture draws every actor of the table (the table itself is unchanged by the script).
        await AppServer.VisitAsync(page, approach + "/netwerk");
        var (nodes, edges) = await DrawnAsync(page);
        var rows = await page.Locator("#maten tbody tr").CountAsync();
        Assert.True(rows > 10, $"expected the demo network, got {rows} rows");
        Assert.Equal(rows, nodes);
        Assert.Equal(await FigureAsync(page, "edges"), edges);
        Assert.Equal("img", await page.Locator("#wk-graph-canvas").GetAttributeAsync("role"));
        Assert.True(await page.Locator("#wk-graph-canvas canvas").CountAsync() > 0);
        await AppServer.AssertAccessibleAsync(page);

        // Colour by group: the legend names the groups in text; size by betweenness: the legend says so.
        await page.GetByLabel("Kleur volgens").SelectOptionAsync("community");
        Assert.Contains("Groep 1:", await page.Locator("#wk-graph-legend").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Grootte volgens").SelectOptionAsync("betweenness");
        Assert.Contains("Grootte: tussenpositie", await page.Locator("#wk-graph-legend").InnerTextAsync(), StringComparison.Ordinal);
        await AppServer.AssertAccessibleAsync(page);

        // Filter by kind: without persons fewer actors are drawn; by role: only the key persons.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Persoon", Exact = true }).UncheckAsync();
        var withoutPersons = await ReportedNodesAsync(page);
        Assert.InRange(withoutPersons, 1, nodes - 1);
        Assert.Contains($"{withoutPersons} van {nodes} actoren getekend", await page.Locator("#wk-graph-status").InnerTextAsync(), StringComparison.Ordinal);
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Persoon", Exact = true }).CheckAsync();
        Assert.Equal(nodes, await ReportedNodesAsync(page));
        await page.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync("sleutelpersoon");
        Assert.InRange(await ReportedNodesAsync(page), 1, nodes - 1);
        await page.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync("");
        Assert.Equal(nodes, await ReportedNodesAsync(page));
        Assert.Equal(rows, await page.Locator("#maten tbody tr").CountAsync());

        // Highlight an actor (keyboard-usable select): the name links to the actor's page.
        await page.GetByLabel("Actor uitlichten").SelectOptionAsync(new SelectOptionValue { Label = name });
        var link = page.Locator("#wk-graph-selected a");
        Assert.Equal(name, await link.InnerTextAsync());
        Assert.Contains("/netwerk/actoren/", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        await AppServer.AssertAccessibleAsync(page);

        // Save the picture as PNG and as SVG.
        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Afbeelding opslaan (PNG)" }).ClickAsync());
        Assert.EndsWith(".png", png.SuggestedFilename, StringComparison.Ordinal);
        var pngBytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], pngBytes[..4]);
        var svg = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Afbeelding opslaan (SVG)" }).ClickAsync());
        Assert.EndsWith(".svg", svg.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("<svg", await File.ReadAllTextAsync((await svg.PathAsync())!), StringComparison.Ordinal);

        // The network on an earlier date (between the demo's two network drawings): fewer actors and ties than today.
        await page.GetByLabel("Netwerk op datum").FillAsync("2026-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Netwerk tonen" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("datum=2026-06-01", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("U ziet het netwerk zoals het was op 1 juni 2026.", await page.Locator("[data-testid='as-of']").InnerTextAsync(), StringComparison.Ordinal);
        var (thenNodes, thenEdges) = await DrawnAsync(page);
        var thenRows = await page.Locator("#maten tbody tr").CountAsync();
        Assert.Equal(thenRows, thenNodes);
        Assert.True(thenNodes < nodes, $"{thenNodes} actors on 1 June, {nodes} today");
        Assert.True(thenEdges < edges, $"{thenEdges} ties on 1 June, {edges} today");
        Assert.Equal(0, await page.Locator("#maten tbody tr", new() { HasText = name }).CountAsync());
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar vandaag" }).ClickAsync();
        Assert.Equal(nodes, (await DrawnAsync(page)).Nodes);
        await AppServer.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task NetworkPage_WithoutJavaScript_HidesThePictureAndKeepsTheTableAndTheDateForm()
    {
        var page = await app.NewPageWithoutJavaScriptAsync(375);
        await page.GotoAsync("/aanpakken");
        var approach = await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");
        await page.GotoAsync(approach + "/netwerk?datum=2026-06-01");
        await AppServer.AssertAccessibleAsync(page);
        Assert.False(await page.Locator("#wk-graph").IsVisibleAsync());
        Assert.True(await page.Locator("#maten tbody tr").CountAsync() > 10);
        Assert.Contains("U ziet het netwerk zoals het was op 1 juni 2026.", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync(approach + "/netwerk?datum=1999-01-01");
        Assert.Contains("Controleer het jaartal", await page.Locator("form.wk-network-date").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("1999-01-01", await page.GetByLabel("Netwerk op datum").InputValueAsync());
        await AppServer.AssertAccessibleAsync(page);
    }
}
