using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>A wijkverbinder searches the knowledge base, opens an intervention, uses the finder and adds a result to the demo approach; axe-core on every page.</summary>
[Collection(SecondAppCollection.Name)]
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
        await page.Locator("summary", new() { HasTextString = "Filters" }).ClickAsync();
        await page.GetByLabel("Interventie (", new() { Exact = false }).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filters toepassen", Exact = true }).ClickAsync();
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

    [Fact]
    public async Task SearchHangjongerenOnAPhone_AsWijkverbinder_FindsInterventionsWithResultsBeforeCollapsedFacets()
    {
        var page = await app.NewPageAsync("wijkverbinder@demostad.example", app.DemoPassword, width: 375);
        await AppServer.VisitAsync(page, "/kennisbank/zoeken?q=hangjongeren");
        await AppServer.AssertAccessibleAsync(page);
        var results = page.Locator(".wk-results > li");
        Assert.True(await results.CountAsync() >= 5);
        Assert.True(await page.Locator(".wk-results a[href^='/kennisbank/interventies/']").CountAsync() >= 3);
        var facets = page.Locator("details.wk-facets-panel");
        Assert.Null(await facets.GetAttributeAsync("open"));
        var firstResult = await results.First.BoundingBoxAsync();
        var facetPanel = await facets.BoundingBoxAsync();
        Assert.True(firstResult!.Y < facetPanel!.Y, "The results come before the facets on a phone.");
        Assert.False(await page.GetByLabel("Interventie (", new() { Exact = false }).First.IsVisibleAsync());

        await AppServer.VisitAsync(page, "/kennisbank/zoeken?q=xqzwvk");
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Niets gevonden", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddFromTheWijzerWithAnError_AsWijkverbinder_KeepsDescriptionCriteriaAndNote()
    {
        const string description = "Hangjongeren bij het winkelcentrum worden gevraagd om pakketjes te bezorgen";
        var page = await app.NewPageAsync("wijkverbinder@demostad.example", app.DemoPassword);
        await AppServer.VisitAsync(page, "/kennisbank/interventiewijzer");
        await page.GetByLabel("Wat speelt er?").FillAsync(description);
        await page.GetByLabel("Probleem of thema").SelectOptionAsync("ronselen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek passende interventies" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var wijzerUrl = page.Url;
        Assert.Contains("Past bij:", await page.ContentAsync(), StringComparison.Ordinal);

        // The same intervention twice: the second time is an error, which must keep everything the user typed.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (attempt == 1)
                await AppServer.VisitAsync(page, wijzerUrl);
            var first = page.Locator(".wk-results > li").First;
            await first.Locator("summary").ClickAsync();
            await first.GetByLabel("Toelichting bij").FillAsync("Eerst met de school bespreken.");
            await first.GetByRole(AriaRole.Button, new() { Name = "Voeg " }).ClickAsync();
            await page.WaitForLoadStateAsync();
            await AppServer.AssertAccessibleAsync(page);
        }

        var content = await page.ContentAsync();
        Assert.Contains("Deze interventie staat al in het plan van deze aanpak.", content, StringComparison.Ordinal);
        Assert.Equal(description, await page.GetByLabel("Wat speelt er?").InputValueAsync());
        Assert.Equal("ronselen", await page.GetByLabel("Probleem of thema").InputValueAsync());
        Assert.True(await page.Locator(".wk-results > li").CountAsync() > 0);
        Assert.Equal("Eerst met de school bespreken.", await page.Locator(".wk-results > li").First.GetByLabel("Toelichting bij").InputValueAsync());
    }
}
