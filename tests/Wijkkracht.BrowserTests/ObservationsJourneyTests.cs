using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 10 in the browser at phone and desktop width, with axe-core after each step: an observation recorded without
/// JavaScript, one recorded with a click on the map while no map tiles can be reached, the filters and the grid
/// "welke groepen waar en wanneer".
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ObservationsJourneyTests(AppServer app)
{
    private const string Approach = "Samen sterk rond het Europaplein";

    private static async Task<string> ApproachPathAsync(IPage page)
    {
        await AppServer.VisitAsync(page, "/aanpakken");
        await page.GetByRole(AriaRole.Link, new() { Name = Approach }).First.ClickAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task RecordObservation_WithoutJavaScript_IsSavedAndListed(int width)
    {
        var page = await app.NewPageWithoutJavaScriptAsync(width);
        var approachPath = await ApproachPathAsync(page);

        await AppServer.VisitAsync(page, approachPath + "/waarnemingen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Waarneming vastleggen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.True(await page.Locator("[data-wk-map=pick]").IsHiddenAsync(), "without JavaScript the map stays hidden");
        var place = $"Speeltuin zonder JS {width}";
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-11-21");
        await page.GetByLabel("Tijd", new() { Exact = true }).FillAsync("20:45");
        await page.GetByLabel("Naam van de plek").FillAsync(place);
        await page.GetByLabel("Jongeren", new() { Exact = true }).SelectOptionAsync("Middel");
        await page.GetByLabel("Wat gebeurt er?").FillAsync("Jongeren spelen basketbal, ouderen kijken toe.");
        await page.GetByLabel("Kracht: iets wat goed gaat in de buurt").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Waarneming opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var list = await page.ContentAsync();
        Assert.Contains("De waarneming is opgeslagen.", list, StringComparison.Ordinal);
        Assert.Contains(place, list, StringComparison.Ordinal);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"Page is wider than the viewport: {scrollWidth}px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task RecordObservation_WithMapClickAndNoTiles_SetsThePointThenFiltersAndReadsTheGrid(int width)
    {
        var page = await app.NewPageAsync(app.DemoEmail, app.DemoPassword, width);
        await page.Context.RouteAsync("**/service.pdok.nl/**", route => route.AbortAsync());
        var approachPath = await ApproachPathAsync(page);

        await AppServer.VisitAsync(page, approachPath + "/waarnemingen/nieuw");
        await page.Locator("[data-wk-map=pick]:not([hidden]) .leaflet-container").WaitForAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.Locator("[data-wk-map=pick] .wk-map__canvas").ClickAsync();
        var lat = await page.GetByLabel("Breedtegraad").InputValueAsync();
        var lon = await page.GetByLabel("Lengtegraad").InputValueAsync();
        Assert.StartsWith("52.48", lat, StringComparison.Ordinal);
        Assert.StartsWith("4.65", lon, StringComparison.Ordinal);
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-11-22");
        await page.GetByLabel("Tijd", new() { Exact = true }).FillAsync("22:10");
        await page.GetByLabel("Ouderen", new() { Exact = true }).SelectOptionAsync("Klein");
        await page.GetByLabel("Klacht: iets wat niet goed gaat").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Waarneming opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("De waarneming is opgeslagen.", await page.ContentAsync(), StringComparison.Ordinal);

        // The map shows the points (clustered) on a plain background; the grid and the list sit beside it.
        await page.Locator("[data-wk-map=show]:not([hidden]) .leaflet-container").WaitForAsync();
        Assert.True(await page.Locator("[data-wk-map=show] .leaflet-interactive, [data-wk-map=show] .marker-cluster").CountAsync() > 0, "the map shows points or clusters");

        // Filter: jongeren in the evening; the grid counts them per place.
        await page.GetByLabel("Groep (niet verplicht)", new() { Exact = true }).SelectOptionAsync("jongeren");
        await page.GetByLabel("Dagdeel (niet verplicht)", new() { Exact = true }).SelectOptionAsync("Avond");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter toepassen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var grid = page.GetByRole(AriaRole.Table, new() { Name = "Aantal waarnemingen per groep, per plek en dagdeel" });
        var europaplein = grid.GetByRole(AriaRole.Row).Filter(new() { HasText = "Europaplein" }).First;
        Assert.Contains("Jongeren:", await europaplein.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Trapveld", await grid.InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
