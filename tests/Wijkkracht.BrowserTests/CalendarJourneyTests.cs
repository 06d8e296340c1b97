using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 13 §4–5 in the browser: the coordinator adds a recurring meeting and sees its dates on the calendar, makes a
/// personal calendar link that a calendar app can read without signing in, and records a resistance (first without the
/// required reason, then with it); a network member sees the koffietafel on the calendar but not the resistance. axe-core
/// on every page and after every form.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class CalendarJourneyTests(AppServer app)
{
    [Fact]
    public async Task RhythmCalendarLinkAndResistance_CoordinatorAndNetworkMember_SeeWhatTheyMay()
    {
        var page = await app.NewPageAsync(app.DemoEmail, app.DemoPassword, 1280);
        var suffix = Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.Now);
        await AppServer.VisitAsync(page, "/aanpakken");
        var approach = await page.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");

        // 1. A recurring bewonersavond every two weeks from tomorrow: its dates appear on the calendar.
        await AppServer.VisitAsync(page, approach + "/bijeenkomsten");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kalender, ritme en agenda-abonnement" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Terugkerende bijeenkomst toevoegen" }).ClickAsync();
        var title = "Bewonersavond Parklaan " + suffix;
        await page.Locator("#Input_Kind").SelectOptionAsync("Bewonersavond");
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Frequency").SelectOptionAsync("Tweewekelijks");
        await page.Locator("#Input_FirstDate").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Input_StartTime").FillAsync("21:00");
        await page.Locator("#Input_EndTime").FillAsync("19:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ritme opslaan" }).ClickAsync();
        await page.Locator("text=De eindtijd ligt na de begintijd.").First.WaitForAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Equal(title, await page.Locator("#Input_Title").InputValueAsync());
        await page.Locator("#Input_StartTime").FillAsync("19:30");
        await page.Locator("#Input_EndTime").FillAsync("21:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ritme opslaan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/kalender", StringComparison.Ordinal) && !url.Contains("/ritme", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(page);
        Assert.Equal(7, await page.Locator("main table th[scope=row]", new() { HasTextString = title }).CountAsync()); // 13 weeks, every two weeks from tomorrow

        // 2. The personal calendar link, shown once, read by a "calendar app" without signing in.
        await page.GetByRole(AriaRole.Button, new() { Name = "Maak mijn agenda-link" }).ClickAsync();
        var link = await page.GetByLabel("Persoonlijke agenda-link").InputValueAsync();
        await AppServer.AssertAccessibleAsync(page);
        using (var calendarApp = new HttpClient())
        {
            var feed = await calendarApp.GetAsync(new Uri(link));
            Assert.Equal(System.Net.HttpStatusCode.OK, feed.StatusCode);
            var ics = await feed.Content.ReadAsStringAsync();
            Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
            Assert.Contains("SUMMARY:" + title, ics, StringComparison.Ordinal);
        }

        // 3. A resistance: "laten bestaan" needs a reason; the typed text stays.
        await AppServer.VisitAsync(page, approach + "/evaluatie");
        await page.GetByRole(AriaRole.Link, new() { Name = "Weerstand vastleggen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var who = "ondernemers aan de Parklaan " + suffix;
        await page.Locator("#Input_Source").SelectOptionAsync("Burgers");
        await page.Locator("#Input_SourceDetail").FillAsync(who);
        await page.Locator("#Input_Kind").SelectOptionAsync("Wantrouwen richting de overheid");
        await page.Locator("#Input_Response").SelectOptionAsync("LatenBestaan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Weerstand opslaan" }).ClickAsync();
        await page.Locator(".utrecht-form-field--invalid").First.WaitForAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Equal(who, await page.Locator("#Input_SourceDetail").InputValueAsync());
        await page.Locator("#Input_Handling").FillAsync("Gesprekken hebben nu geen zin; we laten eerst resultaten zien.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Weerstand opslaan" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/weerstand", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains(who, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();

        // 4. The network member: the koffietafel (open to the network) on the calendar, not the resistance or the partners' rhythm.
        var resident = await app.NewPageAsync("sleutelpersoon@demostad.example", app.DemoPassword, 375);
        await AppServer.VisitAsync(resident, approach + "/kalender");
        var calendar = await resident.Locator("main").InnerTextAsync();
        Assert.Contains("Koffietafel op het Europaplein", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("Leerbijeenkomst kernteam en partners", calendar, StringComparison.Ordinal);
        Assert.Equal(0, await resident.GetByRole(AriaRole.Link, new() { Name = "Terugkerende bijeenkomst toevoegen" }).CountAsync());
        await AppServer.VisitAsync(resident, approach + "/evaluatie");
        Assert.DoesNotContain(who, await resident.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await resident.Context.CloseAsync();
    }
}
