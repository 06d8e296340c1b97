using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 9 §2 and §8 at phone and desktop width, with axe-core after each step: a partner updates a goal they own;
/// the Beheerder creates a user, who activates the account with the one-time link in a fresh browser context; the
/// Beheerder filters the audit log for that user.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class RolesJourneyTests(AppServer app)
{
    private const string Partner = "jongerenwerker@demostad.example";
    private const string Beheerder = "beheerder@demostad.example";
    private const string OwnedGoal = "Jongeren rond het plein kennen een jongerenwerker bij naam";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task PartnerGoalActivationAndAudit_AtWidth_WorkAndPassAxe(int width)
    {
        var suffix = width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // 1. The partner (jongerenwerker) updates the goal they own: status and progress, nothing else.
        var partner = await app.NewPageAsync(Partner, app.DemoPassword, width);
        await AppServer.VisitAsync(partner, "/aanpakken");
        var href = await partner.GetByRole(AriaRole.Link, new() { Name = "Samen sterk rond het Europaplein" }).First.GetAttributeAsync("href");
        await AppServer.VisitAsync(partner, href + "/doelen");
        Assert.Contains("Uw rol in deze aanpak: Partner.", await partner.ContentAsync(), StringComparison.Ordinal);
        await partner.GetByRole(AriaRole.Link, new() { Name = OwnedGoal }).ClickAsync();
        await AppServer.AssertAccessibleAsync(partner);
        Assert.Equal(0, await partner.GetByLabel("Doel", new() { Exact = true }).CountAsync());
        await partner.GetByLabel("Status").SelectOptionAsync("Bezig");
        await partner.Locator("textarea[name='Progress.ProgressNote']").FillAsync("Joost sprak op het plein met negen jongeren (" + suffix + ").");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Voortgang opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(partner);
        Assert.Contains("De voortgang van het doel is opgeslagen.", await partner.ContentAsync(), StringComparison.Ordinal);
        await partner.Context.CloseAsync();

        // 2. The Beheerder creates a user; the activation link is shown once.
        var beheerder = await app.NewPageAsync(Beheerder, app.DemoPassword, width);
        await AppServer.VisitAsync(beheerder, "/beheer/gebruikers/nieuw");
        var name = "Fleur Fictief " + suffix;
        await beheerder.GetByLabel("Naam").FillAsync(name);
        await beheerder.GetByLabel("E-mailadres").FillAsync($"fleur-{suffix}@demostad.example");
        await beheerder.GetByLabel("Soort account").SelectOptionAsync("Partner");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Gebruiker opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(beheerder);
        var link = (await beheerder.Locator(".wk-activation-url").InnerTextAsync()).Trim();
        Assert.Contains("/activeren?token=", link, StringComparison.Ordinal);

        // The new user opens it in a fresh browser context and chooses a password.
        var newcomer = await app.NewPageAsync(width: width);
        await AppServer.VisitAsync(newcomer, link);
        await newcomer.GetByLabel("Nieuw wachtwoord").FillAsync("Fleur-fietst-langs-de-Maas-" + suffix);
        await newcomer.GetByLabel("Herhaal het wachtwoord").FillAsync("Fleur-fietst-langs-de-Maas-" + suffix);
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan en account activeren" }).ClickAsync();
        await newcomer.WaitForURLAsync("**/inloggen");
        await AppServer.AssertAccessibleAsync(newcomer);
        Assert.Contains("Uw account is actief", await newcomer.ContentAsync(), StringComparison.Ordinal);
        await AppServer.VisitAsync(newcomer, link);
        Assert.Contains("werkt niet (meer)", await newcomer.ContentAsync(), StringComparison.Ordinal);
        await newcomer.Context.CloseAsync();

        // 3. The Beheerder filters the audit log on that person and finds the activation.
        await AppServer.VisitAsync(beheerder, "/beheer/audit");
        await beheerder.GetByLabel("Wie").SelectOptionAsync(new SelectOptionValue { Label = name });
        await beheerder.GetByLabel("Handeling").SelectOptionAsync("update");
        await beheerder.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(beheerder);
        var content = await beheerder.ContentAsync();
        Assert.Contains("Account geactiveerd met de activatielink", content, StringComparison.Ordinal);
        Assert.Contains("PasswordHash: *** → ***", content, StringComparison.Ordinal);
        await beheerder.Context.CloseAsync();
    }
}
