using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 11 in the browser, on a phone and a desktop: record a conversation, put a mentioned event on the timeline,
/// tag a theme and see it on the theme board; axe-core after every step.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ConversationsJourneyTests(AppServer app)
{
    private const string Wijkverbinder = "wijkverbinder@demostad.example";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task RecordConversation_PutEventOnTimelineAndTagTheme_ShowsOnTimelineAndBoard(int width)
    {
        var page = await app.NewPageAsync(Wijkverbinder, app.DemoPassword, width);
        var suffix = $"{width}-{Random.Shared.Next(1000, 9999)}";
        await AppServer.VisitAsync(page, "/aanpakken");
        var approach = await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");

        // A theme on the board first, so the conversation can be tagged with it.
        await AppServer.VisitAsync(page, approach + "/themas");
        await page.Locator("summary", new() { HasText = "Nieuw thema" }).ClickAsync();
        await page.GetByLabel("Naam van het thema").FillAsync("Buurtfeest " + suffix);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thema toevoegen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Buurtfeest " + suffix, await page.ContentAsync(), StringComparison.Ordinal);

        // Record the conversation with a mentioned event and the theme.
        await AppServer.VisitAsync(page, approach + "/gesprekken/nieuw");
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-10-01");
        await page.GetByLabel("Waar of hoe").SelectOptionAsync("Koffietafel");
        await page.GetByLabel("Met wie sprak u").SelectOptionAsync("Ouder");
        await page.GetByLabel("Het verhaal in het kort").FillAsync("Verhaal over het buurtfeest " + suffix);
        await page.GetByLabel("Buurtfeest " + suffix, new() { Exact = true }).CheckAsync();
        await page.Locator("#Input_MentionedEvents_0__Description").FillAsync("Opening speeltuin " + suffix);
        await page.Locator("#Input_MentionedEvents_0__Date").FillAsync("2025-06-14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gesprek opslaan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/nieuw", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Het gesprek is vastgelegd.", await page.ContentAsync(), StringComparison.Ordinal);

        // One click puts the mentioned event on the timeline.
        await page.GetByRole(AriaRole.Button, new() { Name = "Op de tijdlijn zetten: Opening speeltuin " + suffix }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("staat op de tijdlijn", await page.ContentAsync(), StringComparison.Ordinal);

        await AppServer.VisitAsync(page, approach + "/tijdlijn");
        Assert.Contains("Opening speeltuin " + suffix, await page.GetByRole(AriaRole.Table).InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#wk-timeline")).ToBeVisibleAsync();

        // The theme board shows the theme with the conversation as evidence.
        await AppServer.VisitAsync(page, approach + "/themas");
        var card = page.Locator(".wk-card", new() { HasText = "Buurtfeest " + suffix });
        Assert.Contains("1 gesprekken", await card.InnerTextAsync(), StringComparison.Ordinal);
        await AppServer.VisitAsync(page, approach + "/tijdlijn/afdrukken");
    }
}
