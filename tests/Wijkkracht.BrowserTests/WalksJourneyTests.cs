using System.Globalization;
using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 10 §2 and §4 in the browser, with axe-core after each step: a walk (schouw) recorded from the observations
/// page, an observation recorded on that walk and pinned on the demo plattegrond with a click, then the plattegrond page
/// with its numbered list.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class WalksJourneyTests(AppServer app)
{
    private const string Approach = "Samen sterk rond het Europaplein";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task RecordWalk_ThenPinAnObservationWithAClick_ShowsBothOnTheirPages(int width)
    {
        var page = await app.NewPageAsync(app.DemoEmail, app.DemoPassword, width);
        await AppServer.VisitAsync(page, "/aanpakken");
        await page.GetByRole(AriaRole.Link, new() { Name = Approach }).First.ClickAsync();
        var approachPath = new Uri(page.Url).AbsolutePath;

        await AppServer.VisitAsync(page, approachPath + "/waarnemingen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Schouwen (wandelingen door de buurt)" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Schouw van 21-10-2026", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Schouw vastleggen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);

        // Each width records its own walk on its own date (both runs share one app).
        var day = width == 375 ? "26" : "27";
        var route = $"Browserronde {width}: van het buurthuis naar het trapveld";
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync($"2026-11-{day}");
        await page.GetByLabel("Begintijd").FillAsync("19:00");
        await page.GetByLabel("Eindtijd").FillAsync("20:15");
        await page.GetByLabel("Anderen die meeliepen").FillAsync("twee bewoners");
        await page.GetByLabel("Route", new() { Exact = true }).FillAsync(route);
        await page.GetByLabel("Trapveld", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Korte samenvatting").FillAsync("Rustig op het trapveld, veel ouders met kinderen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schouw opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var detail = await page.ContentAsync();
        Assert.Contains("De schouw is opgeslagen.", detail, StringComparison.Ordinal);
        Assert.Contains(route, detail, StringComparison.Ordinal);
        Assert.Contains("twee bewoners", detail, StringComparison.Ordinal);

        // An observation on this walk, pinned on the plattegrond with a click.
        await page.GetByRole(AriaRole.Link, new() { Name = "Waarneming vastleggen bij deze schouw" }).ClickAsync();
        await page.Locator("[data-wk-pin-hint]:not([hidden])").WaitForAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains($"Schouw van {day}-11-2026", await page.Locator("#Input_WalkId option:checked").InnerTextAsync(), StringComparison.Ordinal);
        var picker = page.Locator("svg.wk-plattegrond__svg--pick");
        var box = await picker.BoundingBoxAsync();
        Assert.NotNull(box);
        await picker.ClickAsync(new() { Position = new() { X = box.Width * 0.25f, Y = box.Height * 0.75f } });
        var x = double.Parse(await page.GetByLabel("Van links (%)").InputValueAsync(), CultureInfo.InvariantCulture);
        var y = double.Parse(await page.GetByLabel("Van boven (%)").InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.InRange(x, 22, 28);
        Assert.InRange(y, 72, 78);
        Assert.Equal(1, await picker.Locator("circle").CountAsync());
        var place = $"Speelhoek schouw {width}";
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync($"2026-11-{day}");
        await page.GetByLabel("Tijd", new() { Exact = true }).FillAsync("19:40");
        await page.GetByLabel("Naam van de plek").FillAsync(place);
        await page.GetByLabel("Ouders met kinderen", new() { Exact = true }).SelectOptionAsync("Klein");
        await page.GetByRole(AriaRole.Button, new() { Name = "Waarneming opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("De waarneming is opgeslagen.", await page.ContentAsync(), StringComparison.Ordinal);

        // The plattegrond shows the drawing with numbered pins and the numbered list beside it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Plattegrond" }).First.ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var list = page.GetByRole(AriaRole.List).Filter(new() { HasText = place });
        Assert.Equal(1, await list.CountAsync());
        Assert.True(await page.Locator("svg.wk-plattegrond__svg .wk-plattegrond__pin").CountAsync() > 1, "the drawing shows the numbered pins");
        var imageOk = await page.EvaluateAsync<bool>("() => fetch(document.querySelector('svg.wk-plattegrond__svg image').getAttribute('href')).then(r => r.ok && r.headers.get('content-type') === 'image/png')");
        Assert.True(imageOk, "the plattegrond image is served to the signed-in member");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"Page is wider than the viewport: {scrollWidth}px");

        // The walk lists its new observation.
        await AppServer.VisitAsync(page, approachPath + "/waarnemingen/schouwen");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Schouw van {day}-11-2026" }).First.ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains(place, await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
