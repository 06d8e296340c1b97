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
}
