using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>A wijkverbinder searches the knowledge base, opens an intervention, uses the finder and adds a result to the demo approach; axe-core on every page.</summary>
[Collection(AppCollection.Name)]
public sealed class KnowledgeFlowTests(AppServer app)
{
    [Fact]
    public async Task SearchOpenFindAndAddToApproach_AsWijkverbinder_AddsInterventionAndPagesAreAccessible()
    {
        var page = await app.NewPageAsync("wijkverbinder@demostad.example", app.DemoPassword);

        await AppServer.VisitAsync(page, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kennisbank", Exact = true }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);

        await page.GetByLabel("Zoek in de kennisbank").FillAsync("buurtbemiddeling");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForURLAsync("**/kennisbank/zoeken**");
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Interventie (", new() { Exact = false }).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**type=intervention**");
        await AppServer.AssertAccessibleAsync(page);

        await page.Locator(".wk-results a[href='/kennisbank/interventies/kis-buurtbemiddeling']").First.ClickAsync();
        await page.WaitForURLAsync("**/kennisbank/interventies/kis-buurtbemiddeling");
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Bron:", await page.ContentAsync(), StringComparison.Ordinal);

        await AppServer.VisitAsync(page, "/kennisbank/interventiewijzer");
        await page.GetByLabel("Wat speelt er?").FillAsync("Jongeren hebben onderling conflicten die uit de hand lopen; ze moeten leren zelf ruzies op te lossen");
        await page.GetByLabel("Doelgroep").SelectOptionAsync("jongeren");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek passende interventies" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Waarom deze past", await page.ContentAsync(), StringComparison.Ordinal);

        var first = page.Locator(".wk-results > li").First;
        var title = (await first.Locator("h3").InnerTextAsync()).Trim();
        await first.Locator("summary").ClickAsync();
        await first.GetByLabel("Aanpak voor").SelectOptionAsync(new SelectOptionValue { Label = "Samen sterk rond het Europaplein" });
        await first.GetByLabel("Toelichting bij").FillAsync("Bespreken in het netwerkoverleg.");
        await AppServer.AssertAccessibleAsync(page);
        await first.GetByRole(AriaRole.Button, new() { Name = "Voeg " }).ClickAsync();
        await page.WaitForURLAsync("**/interventies");
        await AppServer.AssertAccessibleAsync(page);
        var content = await page.ContentAsync();
        Assert.Contains("De interventie is toegevoegd aan de aanpak.", content, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(title), content, StringComparison.Ordinal);

        await page.Locator("summary", new() { HasTextString = "Startvragen" }).First.ClickAsync();
        await page.GetByLabel("1. Bekend maakt bemind", new() { Exact = false }).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).First.ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("De analyse is opgeslagen.", await page.ContentAsync(), StringComparison.Ordinal);

        foreach (var path in new[] { "/kennisbank/methoden/weerbare-gemeenschappen", "/kennisbank/stappen/ess-stap-4", "/kennisbank/randvoorwaarden", "/kennisbank/principes", "/kennisbank/participatieladder", "/kennisbank/ppct", "/kennisbank/interventies" })
            await AppServer.VisitAsync(page, path);
    }
}
