using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 9, sections 3, 5 and 6 in a real browser at phone and desktop width, with axe-core after each step: a
/// wijkverbinder does a precondition check in two sittings (signing out in between), sees where the gaps are and makes
/// an action from one; then the session expires while typing and the typed text survives signing in again.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FormsJourneyTests(AppServer app)
{
    private const string Wijkverbinder = "wijkverbinder@demostad.example";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Wijkverbinder_CheckInTwoSittingsThenActionAndExpiredSession_KeepsEverything(int width)
    {
        var page = await app.NewPageAsync(Wijkverbinder, app.DemoPassword, width);
        await AppServer.VisitAsync(page, "/aanpakken");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");
        var checks = href + "/randvoorwaarden";

        // First sitting: start, answer part 1, go on to part 2, answer it and stop for now.
        await AppServer.VisitAsync(page, checks);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe check doen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin met de check" }).ClickAsync();
        await page.WaitForURLAsync("**/invullen/1");
        await AppServer.AssertAccessibleAsync(page);
        var draftUrl = page.Url[..page.Url.IndexOf("/invullen", StringComparison.Ordinal)];
        Assert.Contains("deel 1 van 13", await page.Locator("#voortgang").InnerTextAsync(), StringComparison.Ordinal);
        await AnswerAllAsync(page, "NietOpOrde");
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await page.WaitForURLAsync("**/invullen/2");
        await AppServer.AssertAccessibleAsync(page);
        await AnswerAllAsync(page, "Deels");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en later verder" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await AssertNoHorizontalOverflowAsync(page);

        // Sign out; second sitting in a new session continues at part 3.
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await SignInAsync(page);
        await AppServer.VisitAsync(page, checks);
        await page.Locator($"a[href='{new Uri(draftUrl).AbsolutePath}/invullen/3']").ClickAsync();
        await page.WaitForURLAsync("**/invullen/3");
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorige" }).ClickAsync();
        await page.WaitForURLAsync("**/invullen/2");
        Assert.True(await page.Locator("input[value='Deels']").First.IsCheckedAsync(), "the answers of part 2 were kept");
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        for (var part = 3; part <= 12; part++)
        {
            await page.WaitForURLAsync($"**/invullen/{part}");
            await AnswerAllAsync(page, "OpOrde");
            await AppServer.AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        }

        await page.WaitForURLAsync("**/invullen/13");
        await AnswerAllAsync(page, "OpOrde");
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await page.WaitForURLAsync("**/invullen/14");
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Opmerkingen bij deze check").FillAsync("In twee keer gedaan, op straat.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check afronden" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/randvoorwaarden", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(page);

        // The result: weakest first, with the band in words; "Maak actie" pre-fills the action form.
        var gaps = page.Locator("table.wk-gaps tbody tr");
        Assert.StartsWith("1.", (await gaps.Nth(0).Locator("th").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Contains("zwak", await gaps.Nth(0).InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("2.", (await gaps.Nth(1).Locator("th").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await AssertNoHorizontalOverflowAsync(page);
        await gaps.Nth(0).GetByRole(AriaRole.Link, new() { Name = "Maak actie" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Equal("rv-01", await page.GetByLabel("Randvoorwaarde", new() { Exact = true }).InputValueAsync());
        var action = $"Urgentie bespreken in het wijkoverleg ({width})";
        await page.GetByLabel("Wat gaat er gebeuren?").FillAsync(action);
        await page.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("De actie is toegevoegd.", await page.Locator("#melding").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(action, await page.ContentAsync(), StringComparison.Ordinal);

        // The session expires while typing: the sign-in cookie is gone when the form is sent.
        var typed = $"Bewoners vragen om een buurtavond ({width})";
        await page.GetByLabel("Randvoorwaarde", new() { Exact = true }).SelectOptionAsync("rv-02");
        await page.GetByLabel("Wat gaat er gebeuren?").FillAsync(typed);
        var cookies = await page.Context.CookiesAsync();
        await page.Context.ClearCookiesAsync();
        await page.Context.AddCookiesAsync(cookies.Where(c => c.Name != "wijkkracht").Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
            SameSite = c.SameSite,
        }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Uw sessie is verlopen", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GetByLabel("E-mailadres").FillAsync(Wijkverbinder);
        await page.GetByLabel("Wachtwoord").FillAsync(app.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Uw sessie was verlopen; uw ingevulde gegevens zijn bewaard" }).CountAsync() == 1,
            $"Expected the restore page after signing in again, got {page.Url}: {await page.Locator("h1").First.InnerTextAsync()}");
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opnieuw versturen" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/randvoorwaarden", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains(typed, await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static async Task AnswerAllAsync(IPage page, string score)
    {
        var options = page.Locator($"fieldset.wk-score input[value='{score}']");
        var count = await options.CountAsync();
        Assert.True(count > 0, "the part has questions");
        for (var i = 0; i < count; i++)
            await options.Nth(i).CheckAsync();
    }

    private async Task SignInAsync(IPage page)
    {
        await AppServer.VisitAsync(page, "/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(Wijkverbinder);
        await page.GetByLabel("Wachtwoord").FillAsync(app.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
    }

    private static async Task AssertNoHorizontalOverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the viewport");
    }
}
