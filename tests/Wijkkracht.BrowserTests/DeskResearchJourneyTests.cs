using System.Text;
using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 10 §5 in a real browser at phone and desktop width, with axe-core after each step: the coordinator opens the
/// desk research through the approach navigation, adds an earlier trajectory, adds a dataset, imports a small CSV with
/// one bad line (sees the line's error, nothing is written), fixes the file and sees the figures in the table.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class DeskResearchJourneyTests(AppServer app)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Coordinator_TrajectoryThenCsvWithBadLineThenFixed_SeesTable(int width)
    {
        var page = await app.NewPageAsync(app.DemoEmail, app.DemoPassword, width);
        await AppServer.VisitAsync(page, "/aanpakken");
        await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var menu = page.Locator("details.wk-subnav__menu");
        if (!await menu.Locator(".wk-subnav__link", new() { HasText = "Vooronderzoek" }).IsVisibleAsync())
            await menu.Locator("summary").ClickAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Vooronderzoek" }).ClickAsync();
        await page.WaitForURLAsync("**/vooronderzoek");
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Wat leverden eerdere trajecten op?", await page.ContentAsync(), StringComparison.Ordinal);

        // An earlier trajectory with the guide's questions as fields.
        await page.GetByRole(AriaRole.Link, new() { Name = "Eerder traject toevoegen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var title = $"Wijkschouw Noord {width}";
        await page.GetByLabel("Naam van het traject").FillAsync(title);
        await page.GetByLabel("Wat leverden eerdere trajecten op?").FillAsync("Een lijst met knelpunten in de openbare ruimte.");
        await page.GetByLabel("Hoe verliep de terugkoppeling naar betrokken bewoners?").FillAsync("Niet: bewoners hoorden er niets meer van.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Traject opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/vooronderzoek");
        await AppServer.AssertAccessibleAsync(page);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = title }).IsVisibleAsync());

        // A dataset of the organisation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dataset toevoegen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var dataset = $"Ervaren overlast {width} (demodata)";
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(dataset);
        await page.GetByLabel("Soort gegevens").SelectOptionAsync("BelevingVeiligheid");
        await page.GetByLabel("Bron", new() { Exact = true }).FillAsync("Demodata, opgezet zoals de Veiligheidsmonitor");
        await page.GetByLabel("Eenheid").FillAsync("% van de inwoners");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dataset opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/cijfers");
        await AppServer.AssertAccessibleAsync(page);

        // A CSV with one bad line: the line is named and nothing is written.
        const string bad = "areaCode,period,value\nBU99990201,2023,31.5\nBU99990201,2024,veel\nBU99990201,2025,x\n";
        await page.Locator("input#Upload").SetInputFilesAsync(new FilePayload { Name = "overlast.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var summary = await page.Locator(".wk-error-summary").InnerTextAsync();
        Assert.Contains("Er is niets geïmporteerd", summary, StringComparison.Ordinal);
        Assert.Contains("Regel 3, kolom value ('veel')", summary, StringComparison.Ordinal);
        Assert.Contains("Deze dataset heeft nog geen cijfers.", await page.ContentAsync(), StringComparison.Ordinal);

        // Fixed: all three lines are stored, the suppressed value as such.
        await page.Locator("input#Upload").SetInputFilesAsync(new FilePayload { Name = "overlast.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad.Replace("veel", "29.8", StringComparison.Ordinal)) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        await page.WaitForURLAsync("**/cijfers");
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("3 nieuwe cijfers", await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar het vooronderzoek" }).ClickAsync();
        await page.WaitForURLAsync("**/vooronderzoek*");
        await AppServer.AssertAccessibleAsync(page);
        var table = page.GetByRole(AriaRole.Table, new() { Name = $"{dataset}: Europaplein (BU99990201), % van de inwoners" });
        var rows = await table.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(["2023\t31,5", "2024\t29,8", "2025\tgeheim (x)"], rows.Select(r => r.Trim()));
        Assert.True(await page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Grafiek: " + System.Text.RegularExpressions.Regex.Escape(dataset)) }).IsVisibleAsync());
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the viewport");
    }
}
