using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Issue 9 "a browser test per role": the wijkagent (partner of type politie) and the jongerenwerker (partner of type
/// jongerenwerk) at phone and desktop width, with axe-core after each step. The coordinator shares a step's notes with
/// jongerenwerk only; the jongerenwerker finds their own goal under Mijn taken and reads the notes as text; the wijkagent
/// has no tasks, does not see those notes, reads the plan as text and finds interventions with an everyday word.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PartnerJourneyTests(AppServer app)
{
    private const string Approach = "Samen sterk rond het Europaplein";
    private const string StepId = "wwp-stap-2";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task WijkagentAndJongerenwerker_StepSharedWithJongerenwerkOnly_EachSeesWhatTheirRoleAllows(int width)
    {
        var note = "Jongeren noemen de plek achter de flat hun huiskamer (" + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture) + ").";

        // The coordinator writes the step's notes and shares them with jongerenwerk only.
        var coordinator = await app.NewPageAsync(app.DemoEmail, app.DemoPassword, width);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = Approach }).First.ClickAsync();
        var approachPath = new Uri(coordinator.Url).AbsolutePath;
        await AppServer.VisitAsync(coordinator, $"{approachPath}/stappen/{StepId}");
        await coordinator.GetByLabel("Notities van het team").FillAsync(note);
        await coordinator.Locator("input[name='Input.Visibility.Level'][value='Partners']").CheckAsync();
        await coordinator.Locator("input[name='Input.Visibility.PartnerTypes'][value='Jongerenwerk']").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Stap opslaan" }).ClickAsync();
        await AppServer.AssertAccessibleAsync(coordinator);
        Assert.Contains("De stap is opgeslagen.", await coordinator.ContentAsync(), StringComparison.Ordinal);
        await coordinator.Context.CloseAsync();

        // The jongerenwerker: their goal under Mijn taken, their role explained, the notes as text (no inputs).
        var jongerenwerker = await app.NewPageAsync("jongerenwerker@demostad.example", app.DemoPassword, width);
        var home = await jongerenwerker.ContentAsync();
        Assert.Contains("Mijn taken", home, StringComparison.Ordinal);
        Assert.Contains("Jongeren rond het plein kennen een jongerenwerker bij naam", home, StringComparison.Ordinal);
        await AppServer.VisitAsync(jongerenwerker, approachPath);
        Assert.Contains("Uw rol in deze aanpak: Partner.", await jongerenwerker.ContentAsync(), StringComparison.Ordinal);
        await AppServer.VisitAsync(jongerenwerker, $"{approachPath}/stappen/{StepId}");
        var stepForYouth = await jongerenwerker.ContentAsync();
        Assert.Contains(note, stepForYouth, StringComparison.Ordinal);
        Assert.Contains("Kernteam en partners: jongerenwerk", stepForYouth, StringComparison.Ordinal);
        Assert.Equal(0, await jongerenwerker.Locator("main textarea, main select").CountAsync());
        await jongerenwerker.Context.CloseAsync();

        // The wijkagent: no tasks, the notes are not there for them, the plan reads as text, and the knowledge base
        // understands everyday words.
        var wijkagent = await app.NewPageAsync("wijkagent@demostad.example", app.DemoPassword, width);
        Assert.Contains("U heeft geen open doelen of acties op uw naam.", await wijkagent.ContentAsync(), StringComparison.Ordinal);
        await AppServer.VisitAsync(wijkagent, $"{approachPath}/stappen/{StepId}");
        var stepForPolice = await wijkagent.ContentAsync();
        Assert.DoesNotContain(note, stepForPolice, StringComparison.Ordinal);
        Assert.Contains("U kunt deze stap lezen.", stepForPolice, StringComparison.Ordinal);
        await AppServer.VisitAsync(wijkagent, $"{approachPath}/plan");
        Assert.Equal(0, await wijkagent.Locator("main textarea").CountAsync());
        Assert.Equal(0, await wijkagent.GetByRole(AriaRole.Link, new() { Name = "Plan bewerken" }).CountAsync());
        await AppServer.VisitAsync(wijkagent, "/kennisbank/zoeken?q=dealers");
        Assert.True(await wijkagent.Locator(".wk-results a[href^='/kennisbank/interventies/']").CountAsync() >= 1, "an everyday word finds interventions");
        await wijkagent.Context.CloseAsync();
    }
}
