using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>The flows a coordinator and an administrator click through, with axe-core on every page visited.</summary>
[Collection(AppCollection.Name)]
public sealed class FoundationFlowTests(AppServer app)
{
    private const string Beheerder = "beheerder@demostad.example";

    [Fact]
    public async Task CreateAreaApproachAndMember_AsAdministratorThenCoordinator_ApproachShowsInList()
    {
        // The Beheerder manages areas; approaches are content, so the coordinator creates them (least privilege).
        var page = await app.NewPageAsync(Beheerder, app.DemoPassword);
        var suffix = Random.Shared.Next(10, 99).ToString(System.Globalization.CultureInfo.InvariantCulture);

        await AppServer.VisitAsync(page, "/beheer/gebieden/nieuw");
        await page.GetByLabel("Soort gebied").SelectOptionAsync("Buurt");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Havenkwartier " + suffix);
        await page.GetByLabel("CBS-code").FillAsync("BU999903" + suffix);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gebied opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Havenkwartier " + suffix, await page.ContentAsync(), StringComparison.Ordinal);

        page = await app.NewPageAsync(app.DemoEmail, app.DemoPassword);
        await AppServer.VisitAsync(page, "/aanpakken/nieuw");
        await page.GetByLabel("Titel").FillAsync("Veilig Havenkwartier " + suffix);
        await page.GetByLabel("Gebied").SelectOptionAsync(new SelectOptionValue { Label = $"Havenkwartier {suffix} (buurt, BU999903{suffix})" });
        await page.GetByLabel("Vraagstuk").FillAsync("Jongeren worden op het plein benaderd om drugs te verkopen.");
        await page.GetByLabel("Methode").SelectOptionAsync("WeerbareGemeenschappen");
        await page.GetByLabel("Startdatum").FillAsync("2026-09-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanpak opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/leden");
        await AppServer.AssertAccessibleAsync(page);

        await page.GetByLabel("Gebruiker").SelectOptionAsync(new SelectOptionValue { Label = "Wessel Wijkverbinder (Gemeentemedewerker)" });
        await page.Locator("#Input_Role").SelectOptionAsync("Wijkverbinder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lid toevoegen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Het lid is toegevoegd.", await page.ContentAsync(), StringComparison.Ordinal);

        var wijkverbinder = await app.NewPageAsync("wijkverbinder@demostad.example", app.DemoPassword);
        await AppServer.VisitAsync(wijkverbinder, "/aanpakken");
        Assert.Contains("Veilig Havenkwartier " + suffix, await wijkverbinder.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitApproachForm_WithErrors_ShowsDutchMessagesAndKeepsInput()
    {
        var page = await app.NewPageAsync(app.DemoEmail, app.DemoPassword);
        await AppServer.VisitAsync(page, "/aanpakken/nieuw");
        await page.GetByLabel("Titel").FillAsync("Mijn titel blijft staan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanpak opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Equal("Mijn titel blijft staan", await page.GetByLabel("Titel").InputValueAsync());
        Assert.Contains("Kies het gebied van de aanpak.", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Beschrijf het vraagstuk van de aanpak.", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitEveryMainPage_AsAdministrator_HasNoAxeViolations()
    {
        var page = await app.NewPageAsync(Beheerder, app.DemoPassword);
        foreach (var path in new[] { "/", "/aanpakken", "/beheer/gebieden", "/beheer/gebruikers", "/beheer/gebruikers/nieuw", "/beheer/organisatie", "/beheer/audit", "/account", "/account/tweestaps", "/account/tokens", "/toegankelijkheid" })
            await AppServer.VisitAsync(page, path);

        await AppServer.VisitAsync(page, "/aanpakken");
        await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var sections = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de aanpak" });
        foreach (var section in new[] { "Leden", "Doelen", "Beslismoment", "Plan van aanpak", "Rapportage" })
        {
            await sections.GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();
            await AppServer.AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task VisitPages_OnPhoneWidthWithoutJavaScript_WorkAndHaveNoAxeViolations()
    {
        var page = await app.NewPageWithoutJavaScriptAsync(360);
        await AppServer.VisitAsync(page, "/aanpakken");
        Assert.Contains("Samen sterk rond het Europaplein", await page.ContentAsync(), StringComparison.Ordinal);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"Page is wider than the phone: {scrollWidth}px");
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsMessageAndIsAccessible()
    {
        var page = await app.NewPageAsync();
        await AppServer.VisitAsync(page, "/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(app.DemoEmail);
        await page.GetByLabel("Wachtwoord").FillAsync("dit-is-niet-goed-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
