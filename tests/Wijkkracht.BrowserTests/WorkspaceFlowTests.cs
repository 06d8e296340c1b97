using System.IO.Compression;
using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>A coordinator walks a new approach through the workspace, with axe-core on every page.</summary>
[Collection(SecondAppCollection.Name)]
public sealed class WorkspaceFlowTests(AppServer app)
{
    [Fact]
    public async Task WalkNewApproach_FromPreconditionCheckToReport_DownloadsWordDocument()
    {
        var page = await app.NewPageAsync(app.DemoEmail, app.DemoPassword);
        var title = "Werkplaats Bloemenbuurt " + Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        await AppServer.VisitAsync(page, "/aanpakken/nieuw");
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Gebied").SelectOptionAsync(new SelectOptionValue { Label = "Bloemenbuurt (buurt, BU99990202)" });
        await page.GetByLabel("Vraagstuk").FillAsync("Bewoners zien jongeren die worden ingezet als koerier.");
        await page.GetByLabel("Methode").SelectOptionAsync("Beide");
        await page.GetByLabel("Startdatum").FillAsync("2026-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanpak opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/leden");
        await AppServer.AssertAccessibleAsync(page);
        var approachUrl = page.Url[..page.Url.LastIndexOf("/leden", StringComparison.Ordinal)];
        var sections = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de aanpak" });

        // Precondition check, one part per screen: every question answered ("weet niet" counts), a step-4 question "deels".
        await sections.GetByRole(AriaRole.Link, new() { Name = "Randvoorwaarden" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe check doen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin met de check" }).ClickAsync();
        await page.WaitForURLAsync("**/invullen/1");
        await page.Locator("input[name='Input.Items[0].Score'][value='OpOrde']").CheckAsync();
        await page.Locator("input[name='Input.Items[1].Score'][value='NietOpOrde']").CheckAsync();
        for (var part = 1; part <= 13; part++)
        {
            await page.WaitForURLAsync($"**/invullen/{part}");
            if (part == 13)
                await page.Locator("fieldset:has-text('draagvlak en betrokkenheid bij bestuurders') input[value='Deels']").CheckAsync();
            var open = page.Locator("fieldset.wk-score:not(:has(input:checked)) input[value='WeetNiet']");
            while (await open.CountAsync() > 0)
                await open.First.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        }

        await page.WaitForURLAsync("**/invullen/14");
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check afronden" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Waar zitten de gaten?", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".wk-chart canvas").CountAsync());

        // Decision moment, based on that check.
        await sections.GetByRole(AriaRole.Link, new() { Name = "Beslismoment" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Besluit", new() { Exact = true }).SelectOptionAsync("Door");
        await page.GetByLabel("Onderbouwing").FillAsync("Draagvlak is voldoende; menskracht geregeld.");
        await page.GetByLabel("Genomen door").FillAsync("Stuurgroep Demostad");
        await page.GetByLabel("Gebaseerd op de randvoorwaardencheck van").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Het besluit is vastgelegd.", await page.ContentAsync(), StringComparison.Ordinal);

        // Plan of approach.
        await sections.GetByRole(AriaRole.Link, new() { Name = "Plan van aanpak" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan opstellen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Budget").FillAsync("Fictief: € 25.000 voor activiteiten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als nieuwe versie" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Versie 1 van het plan is opgeslagen.", await page.ContentAsync(), StringComparison.Ordinal);

        // A goal with a participation rung.
        await sections.GetByRole(AriaRole.Link, new() { Name = "Doelen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Doel toevoegen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Doel", new() { Exact = true }).FillAsync("Ouders kennen de signalen van ronselen");
        await page.GetByLabel("Niveau (PPCT-model)").SelectOptionAsync("Micro");
        await page.GetByLabel("Termijn").SelectOptionAsync("Kort");
        await page.GetByLabel("Trede van de participatieladder").SelectOptionAsync(new SelectOptionValue { Value = "3" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Doel opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("Ouders kennen de signalen van ronselen", await page.ContentAsync(), StringComparison.Ordinal);

        // An intervention from the finder, linked to the goal.
        await AppServer.VisitAsync(page, "/kennisbank/interventiewijzer");
        await page.GetByLabel("Wat speelt er?").FillAsync("Ouders weten niet hoe hun kinderen worden benaderd door criminelen; we willen ouders en sleutelpersonen bereiken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek passende interventies" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        var first = page.Locator(".wk-results > li").First;
        var intervention = (await first.Locator("h3").InnerTextAsync()).Trim();
        await first.Locator("summary").ClickAsync();
        await first.GetByLabel("Aanpak voor").SelectOptionAsync(new SelectOptionValue { Label = title });
        await first.GetByRole(AriaRole.Button, new() { Name = "Voeg " }).ClickAsync();
        await page.WaitForURLAsync("**/interventies");
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Ouders kennen de signalen van ronselen", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).First.ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("De analyse is opgeslagen.", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByLabel("Ouders kennen de signalen van ronselen", new() { Exact = false }).IsCheckedAsync());

        // A step: mark a result with evidence.
        await sections.GetByRole(AriaRole.Link, new() { Name = "Stappen" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "1. Buurt beleven" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByLabel("Status van deze stap").SelectOptionAsync("Bezig");
        await page.Locator("input[name='Input.Results[0].Achieved'][type=checkbox]").CheckAsync();
        await page.Locator("input[name='Input.Results[0].AchievedOn']").FillAsync("2026-06-15");
        await page.Locator("textarea[name='Input.Results[0].Evidence']").FillAsync(approachUrl[approachUrl.IndexOf("/aanpakken", StringComparison.Ordinal)..] + "/plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Contains("De stap is opgeslagen.", await page.ContentAsync(), StringComparison.Ordinal);

        // Report and Word download: the export page asks for whom and on what basis, and records it in the ledger.
        await sections.GetByRole(AriaRole.Link, new() { Name = "Rapportage" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Voortgangsrapportage downloaden (Word)" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(page);
        Assert.Equal("Voortgang", await page.GetByLabel("Wat wilt u exporteren?").InputValueAsync());
        await page.GetByLabel("Voor wie is de export?").SelectOptionAsync("Stuurgroep");
        await page.GetByLabel("Op welke grondslag deelt u?").SelectOptionAsync("PubliekeTaak");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Exporteren en downloaden" }).ClickAsync());
        var path = await download.PathAsync();
        using var zip = ZipFile.OpenRead(path!);
        var entry = zip.GetEntry("word/document.xml");
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains(title, xml, StringComparison.Ordinal);
        Assert.Contains("Fictief: € 25.000 voor activiteiten", xml, StringComparison.Ordinal);
        Assert.Contains("Ouders kennen de signalen van ronselen", xml, StringComparison.Ordinal);
        Assert.Contains(System.Security.SecurityElement.Escape(intervention), xml, StringComparison.Ordinal);

        await page.ReloadAsync();
        await AppServer.AssertAccessibleAsync(page);
        var ledger = page.GetByRole(AriaRole.Region, new() { Name = "Deelregister" });
        Assert.Contains("Stuurgroep", await ledger.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Schuilnamen", await ledger.InnerTextAsync(), StringComparison.Ordinal);
    }
}
