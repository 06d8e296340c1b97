namespace Wijkkracht.BrowserTests;

/// <summary>The accessibility check every browser test relies on must find a violation when there is one.</summary>
[Collection(AppCollection.Name)]
public sealed class AxeRunnerTests(AppServer app)
{
    [Fact]
    public async Task AssertAccessible_PageWithImageWithoutAltAndUnlabelledField_FailsNamingTheRules()
    {
        var page = await app.NewPageAsync(width: 1280);
        await AppServer.VisitAsync(page, "/toegankelijkheid");

        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              const img = document.createElement('img');
              img.src = '/favicon.ico';
              main.appendChild(img);
              const input = document.createElement('input');
              input.type = 'text';
              main.appendChild(input);
            }
            """);
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => AppServer.AssertAccessibleAsync(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
