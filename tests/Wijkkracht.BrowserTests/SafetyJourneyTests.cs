using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 14 in the browser: a network member reports a threat on a phone-sized screen (first without the required
/// fields, then complete) and sees only the status; the safety contact reads the message, opens the report, records the
/// first contact and closes it with the evaluation; the reporter then sees "Afgesloten". axe-core on every page and
/// after every form.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SafetyJourneyTests(AppServer app)
{
    [Fact]
    public async Task Report_NetworkMemberOnAPhone_ContactFollowsUpAndReporterSeesTheStatus()
    {
        var suffix = Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var what = "Twee mannen zeiden bij de bankjes dat ik moet ophouden met de koffietafel " + suffix;

        // 1. The network member, 375 pixels wide: the report form, first incomplete.
        var resident = await app.NewPageAsync("sleutelpersoon@demostad.example", app.DemoPassword, 375);
        await AppServer.VisitAsync(resident, "/aanpakken");
        var approach = await resident.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).GetAttributeAsync("href");
        await AppServer.VisitAsync(resident, approach + "/veiligheid");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Melding maken" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(resident);
        await resident.Locator("#Input_WhatHappened").FillAsync(what);
        await resident.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        await resident.Locator(".utrecht-form-field--invalid").First.WaitForAsync();
        await AppServer.AssertAccessibleAsync(resident);
        Assert.Equal(what, await resident.Locator("#Input_WhatHappened").InputValueAsync());
        Assert.Contains("Kies wat er aan de hand is.", await resident.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await resident.Locator("#Input_Kind").SelectOptionAsync("Bedreiging");
        await resident.Locator("#Input_Feeling").SelectOptionAsync("Onveilig");
        await resident.Locator("#Input_PoliceAware").SelectOptionAsync("Nee");
        await resident.Locator("#Input_ContactPreference").SelectOptionAsync("Langskomen");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        // Waits for the list of own reports rather than for the URL: the redirect goes to "/veiligheid#mijn", and
        // Playwright's wait for a URL with a fragment then also waits for a load event it may already have missed.
        var ownRow = resident.Locator("section[aria-labelledby=mijn] tbody tr").First;
        await ownRow.WaitForAsync();
        Assert.EndsWith("/veiligheid#mijn", resident.Url, StringComparison.Ordinal);
        await AppServer.AssertAccessibleAsync(resident);
        var own = await ownRow.InnerTextAsync();
        Assert.Contains("Ontvangen, nog niet in behandeling", own, StringComparison.Ordinal);
        Assert.DoesNotContain(what, await resident.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // 2. The safety contact: a message without the content, the report, the first contact and the closing evaluation.
        var contact = await app.NewPageAsync("wijkverbinder@demostad.example", app.DemoPassword, 1280);
        await AppServer.VisitAsync(contact, "/account/berichten");
        var message = contact.Locator("main li", new() { HasTextString = "Nieuwe veiligheidsmelding" }).First;
        Assert.DoesNotContain(what, await contact.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await message.GetByRole(AriaRole.Button, new() { Name = "Openen" }).ClickAsync();
        await contact.WaitForURLAsync(url => url.Contains("/veiligheid/meldingen/", StringComparison.Ordinal));
        await AppServer.AssertAccessibleAsync(contact);
        Assert.Contains(what, await contact.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await contact.Locator("#Stap_Text").FillAsync("Langs geweest; samen met de wijkagent afgesproken dat zij de komende weken niet alleen naar huis loopt.");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Stap opslaan" }).ClickAsync();
        await contact.Locator("text=De stap in de opvolging is vastgelegd.").WaitForAsync();
        await AppServer.AssertAccessibleAsync(contact);
        await contact.GetByRole(AriaRole.Button, new() { Name = "Melding afsluiten" }).ClickAsync();
        await contact.Locator(".utrecht-form-field--invalid").First.WaitForAsync();
        await AppServer.AssertAccessibleAsync(contact);
        await contact.Locator("#Afsluiten_Evaluation").FillAsync("Binnen een dag contact; de melder voelt zich gesteund. Beter: de wijkagent eerder betrekken.");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Melding afsluiten" }).ClickAsync();
        await contact.Locator("text=De melding is afgesloten").WaitForAsync();
        await AppServer.AssertAccessibleAsync(contact);
        await contact.Context.CloseAsync();

        // 3. The reporter sees the new status, still without the follow-up.
        await AppServer.VisitAsync(resident, approach + "/veiligheid");
        var mine = await resident.Locator("section[aria-labelledby=mijn] tbody tr").First.InnerTextAsync();
        Assert.Contains("Afgesloten", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("wijkagent eerder betrekken", await resident.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await resident.Context.CloseAsync();
    }
}
