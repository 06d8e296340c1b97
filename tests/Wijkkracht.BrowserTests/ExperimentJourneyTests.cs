using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 13 in the browser: the coordinator starts an experiment, holds the neighbourhood meeting after it with an
/// agreement, decides "borgen", and sees the decision and the overdue agreement on the approach's dashboard; axe-core on
/// every page and after every form.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ExperimentJourneyTests(AppServer app)
{
    private const string Coordinator = "coordinator@demostad.example";

    [Fact]
    public async Task CreateExperiment_AfterMeetingWithAgreementThenBorgen_ShowsOnTheDashboard()
    {
        var page = await app.NewPageAsync(Coordinator, app.DemoPassword, 1280);
        var suffix = Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.Now);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await AppServer.VisitAsync(page, "/aanpakken");
        var approach = await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");

        // 1. The experiment, with its conditions; its period ended yesterday without the meeting, so it is overdue.
        await AppServer.VisitAsync(page, approach + "/acties");
        await page.GetByRole(AriaRole.Link, new() { Name = "Actie toevoegen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var title = "Speelplek bij de flats " + suffix;
        await page.Locator("#Input_Kind").SelectOptionAsync("Experiment");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await page.Locator("#Input_Status").SelectOptionAsync("Loopt");
        await page.GetByLabel("Startdatum").FillAsync(Day(-30));
        await page.GetByLabel("Einddatum").FillAsync(Day(-1));
        await page.GetByLabel("Welk bestaand patroon wil het experiment verstoren?").FillAsync("Kinderen spelen niet buiten omdat de hoek van de jongeren is.");
        await page.GetByLabel("Verwacht effect").FillAsync("Ouders en kinderen nemen de hoek weer in gebruik.");
        await page.GetByLabel("Evaluatieplan: hoe, met wie en wanneer evalueren we?").FillAsync("Tellen wie er speelt; gesprek met ouders na vier weken.");
        await page.GetByLabel("Hoe draaien we het terug?").FillAsync("De speeltoestellen zijn verrijdbaar.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Actie opslaan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/nieuw", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(page);
        var experimentUrl = page.Url;
        Assert.Contains("Te laat", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // 2. The neighbourhood meeting after the experiment, prepared from the experiment's page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Bijeenkomst na het experiment vastleggen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.Locator("#Input_Date").FillAsync(Day(0));
        await page.Locator("#Input_Place").FillAsync("Bij de speelplek");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst opslaan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/nieuw", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(page);

        // 3. An agreement in that meeting, already due yesterday.
        var agreement = "Ouders vragen de speelplek te adopteren " + suffix;
        await page.GetByLabel("Wat is er afgesproken?").FillAsync(agreement);
        await page.GetByLabel("Of: naam of groep").FillAsync("Bewonerscommissie");
        await page.GetByLabel("Klaar op").FillAsync(Day(-1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Afspraak toevoegen" }).ClickAsync();
        await page.Locator("text=" + agreement).First.WaitForAsync();
        await AppServer.AssertAccessibleAsync(page);

        // 4. The decision: borgen, with owner and funding.
        await AppServer.VisitAsync(page, experimentUrl);
        Assert.DoesNotContain("Te laat", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#Decision_Decision").SelectOptionAsync("Borgen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await page.Locator(".utrecht-form-field--invalid").First.WaitForAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Bij borgen: wie neemt het over?").FillAsync("Woningcorporatie en bewonerscommissie");
        await page.GetByLabel("Bij borgen: hoe wordt het betaald?").FillAsync("Onderhoudsbudget 2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await page.Locator("text=Het besluit 'borgen' is vastgelegd.").WaitForAsync();
        await AppServer.AssertAccessibleAsync(page);

        // 5. The dashboard shows the decision and the overdue agreement.
        await AppServer.VisitAsync(page, approach!);
        var dashboard = await page.Locator("main").InnerTextAsync();
        Assert.Contains(title, dashboard, StringComparison.Ordinal);
        Assert.Contains("geborgd bij Woningcorporatie en bewonerscommissie", dashboard, StringComparison.Ordinal);
        Assert.Contains(agreement, dashboard, StringComparison.Ordinal);
        await AppServer.AssertAccessibleAsync(page);
    }
}
