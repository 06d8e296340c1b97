using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 9 §1, §2 and §9 in the browser at phone and desktop width, with axe-core after each step: the coordinator
/// records a decision, reads what it means on the overview, finds Mijn taken on the home page and makes a progress report
/// over a period; the active resident signs in and sees their own start page.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class OverviewJourneyTests(AppServer app)
{
    private const string Approach = "Samen sterk rond het Europaplein";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task CoordinatorJourney_DecisionOverviewTasksAndReport_ShowStatusMeaningAndPeriod(int width)
    {
        var page = await app.NewPageAsync(app.DemoEmail, app.DemoPassword, width);

        // Home: Mijn taken with the coordinator's own goal and the overdue action first.
        var home = await page.ContentAsync();
        Assert.Contains("Mijn taken", home, StringComparison.Ordinal);
        Assert.Contains("Ouders in de flats aan de Parklaan", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("Afspraken over de inzet van het jongerenwerk", StringComparison.Ordinal) < home.IndexOf("Ouders in de flats aan de Parklaan", StringComparison.Ordinal), "the overdue action comes first");

        await page.GetByRole(AriaRole.Link, new() { Name = Approach }).First.ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var approachPath = new Uri(page.Url).AbsolutePath;

        // Record "eerst de randvoorwaarden op orde".
        await AppServer.VisitAsync(page, approachPath + "/beslismoment");
        await page.GetByLabel("Besluit", new() { Exact = true }).SelectOptionAsync("EerstRandvoorwaarden");
        await page.GetByLabel("Onderbouwing").FillAsync("Het vaste wijkoverleg is er nog niet.");
        await page.GetByLabel("Genomen door").FillAsync("Stuurgroep wijkaanpak Demostad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Het besluit is vastgelegd.", await page.ContentAsync(), StringComparison.Ordinal);

        // The overview shows the status and what the decision means, the open actions and the change.
        await AppServer.VisitAsync(page, approachPath);
        var overview = await page.ContentAsync();
        Assert.Contains("In voorbereiding", overview, StringComparison.Ordinal);
        Assert.Contains("stap 5–12 wachten op de randvoorwaarden", overview, StringComparison.Ordinal);
        Assert.Contains("Vast wijkoverleg starten", overview, StringComparison.Ordinal);
        Assert.Contains("Te laat", overview, StringComparison.Ordinal);
        Assert.Contains("heeft een besluit bij het beslismoment vastgelegd", overview, StringComparison.Ordinal);

        // Home again.
        await AppServer.VisitAsync(page, "/");
        Assert.Contains("Mijn taken", await page.ContentAsync(), StringComparison.Ordinal);

        // Progress report: a period that is not valid, then a valid one.
        await AppServer.VisitAsync(page, approachPath + "/rapport");
        await page.GetByLabel("Periode van").FillAsync("2026-11-01");
        await page.GetByLabel("Periode tot en met").FillAsync("2026-10-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Periode tonen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("De begindatum ligt na de einddatum", await page.ContentAsync(), StringComparison.Ordinal);
        var from = DutchToday().AddMonths(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Periode van").FillAsync(from);
        await page.GetByLabel("Periode tot en met").FillAsync(DutchToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Periode tonen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var report = await page.ContentAsync();
        Assert.Contains("Samenvatting voor de stuurgroep", report, StringComparison.Ordinal);
        Assert.Contains("Zwakke randvoorwaarde", report, StringComparison.Ordinal);
        Assert.Contains("Bijlagen", report, StringComparison.Ordinal);
        Assert.DoesNotContain("De begindatum ligt na de einddatum", report, StringComparison.Ordinal);

        // Back to "door", so the demo approach is active again for the other tests.
        await AppServer.VisitAsync(page, approachPath + "/beslismoment");
        await page.GetByLabel("Besluit", new() { Exact = true }).SelectOptionAsync("Door");
        await page.GetByLabel("Onderbouwing").FillAsync("Het wijkoverleg is gestart.");
        await page.GetByLabel("Genomen door").FillAsync("Stuurgroep wijkaanpak Demostad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await AppServer.VisitAsync(page, approachPath);
        var after = await page.ContentAsync();
        Assert.Contains("Besluit 'door'", after, StringComparison.Ordinal);
        Assert.Contains("<strong>Actief</strong>", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task ResidentJourney_NetworkMemberSignsIn_SeesOwnStartPage(int width)
    {
        var page = await app.NewPageAsync("sleutelpersoon@demostad.example", app.DemoPassword, width);
        var start = await page.ContentAsync();
        Assert.Contains("Uw contactpersoon", start, StringComparison.Ordinal);
        Assert.Contains("Wessel Wijkverbinder", start, StringComparison.Ordinal);
        Assert.Contains("Waar werken we aan?", start, StringComparison.Ordinal);
        Assert.Contains("Bewoners en ondernemers delen signalen", start, StringComparison.Ordinal);
        Assert.Contains("Wat is al gelukt?", start, StringComparison.Ordinal);
        Assert.Contains("Jongeren hebben 's avonds een plek in het buurthuis", System.Net.WebUtility.HtmlDecode(start), StringComparison.Ordinal);
        Assert.Contains("0800-7000", start, StringComparison.Ordinal);
        Assert.Contains("112", start, StringComparison.Ordinal);
        Assert.DoesNotContain("API", start, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya Partner", start, StringComparison.Ordinal); // not their contact
        Assert.DoesNotContain("@demostad.example", start, StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "API-documentatie (OpenAPI)" }).CountAsync());
    }

    /// <summary>Today in the Netherlands: the app reads report periods as Dutch days, also after 23:00 UTC.</summary>
    private static DateTime DutchToday() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).Date;
}
