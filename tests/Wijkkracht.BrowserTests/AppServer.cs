using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Wijkkracht.BrowserTests;

/// <summary>
/// Starts the real application (<c>Wijkkracht.Web --demo</c>) on a free loopback port with a fresh SQLite file, and a
/// headless Debian Chromium through Playwright. Shared by all browser tests.
/// </summary>
public sealed partial class AppServer : IAsyncLifetime
{
    private Process? _process;
    private string _dataDir = "";

    public string BaseUrl { get; private set; } = "";

    public string DemoEmail { get; private set; } = "";

    public string DemoPassword { get; private set; } = "";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _dataDir = Path.Combine(Path.GetTempPath(), "wijkkracht-browser", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDir);
        var webDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Wijkkracht.Web"));
        var dll = Path.Combine(webDir, "bin", "Debug", "net10.0", "Wijkkracht.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--demo", "--urls", BaseUrl])
        {
            WorkingDirectory = webDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(_dataDir, "browser.db")}";
        start.Environment["Security__LoginAttemptsPerMinute"] = "1000";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the application.");
        var ready = new TaskCompletionSource();
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            if (e.Data.StartsWith("Demo-login: ", StringComparison.Ordinal))
            {
                var parts = e.Data["Demo-login: ".Length..].Split(" / ");
                DemoEmail = parts[0];
                DemoPassword = parts[1];
            }

            if (e.Data.StartsWith("Klaar: ", StringComparison.Ordinal))
                ready.TrySetResult();
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var finished = await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(180)));
        if (finished != ready.Task)
            throw new TimeoutException("The application did not print 'Klaar:' within 180 s (the machine may be busy).");

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page in a fresh context, already signed in when credentials are given.</summary>
    public async Task<IPage> NewPageAsync(string? email = null, string? password = null, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "nl-NL" });
        context.SetDefaultTimeout(ActionTimeoutMs);
        var page = await context.NewPageAsync();
        if (email is not null)
        {
            await VisitAsync(page, "/inloggen");
            await page.GetByLabel("E-mailadres").FillAsync(email);
            await page.GetByLabel("Wachtwoord").FillAsync(password!);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
            await AssertAccessibleAsync(page);
        }

        return page;
    }

    /// <summary>
    /// A page in a fresh context with JavaScript switched off, signed in with the demo account when
    /// <paramref name="signIn"/> is set. <see cref="AssertAccessibleAsync"/> checks such a page on a copy (see there).
    /// </summary>
    public async Task<IPage> NewPageWithoutJavaScriptAsync(int width, bool signIn = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, JavaScriptEnabled = false, Locale = "nl-NL" });
        context.SetDefaultTimeout(ActionTimeoutMs);
        lock (NoScriptContexts)
            NoScriptContexts.Add(context);
        var page = await context.NewPageAsync();
        if (signIn)
        {
            await page.GotoAsync("/inloggen");
            await page.GetByLabel("E-mailadres").FillAsync(DemoEmail);
            await page.GetByLabel("Wachtwoord").FillAsync(DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
        }

        return page;
    }

    /// <summary>Contexts made by <see cref="NewPageWithoutJavaScriptAsync"/>.</summary>
    private static readonly HashSet<IBrowserContext> NoScriptContexts = [];

    /// <summary>
    /// How long a click, navigation or wait may take (Playwright's default is 30 s). A page that takes longer than a
    /// minute fails the test; the margin is for a busy two-core test machine, not for slow pages.
    /// </summary>
    private const float ActionTimeoutMs = 60_000;

    /// <summary>How long one axe-core run may take before the test fails instead of waiting forever.</summary>
    private static readonly TimeSpan AxeTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Goes to <paramref name="path"/> and runs axe-core on the result.</summary>
    public static async Task VisitAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await AssertAccessibleAsync(page);
    }

    /// <summary>Fails on any WCAG 2.1 A/AA violation that axe-core finds on the page as it is now.</summary>
    /// <remarks>
    /// axe-core needs timers and promises, which do not run in a page with JavaScript switched off (a run there never
    /// ends). Such a page is checked as a copy: its HTML without scripts, loaded into a page with JavaScript on at the
    /// same address, so styles and the DOM are what the user without JavaScript gets.
    /// </remarks>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        bool noScript;
        lock (NoScriptContexts)
            noScript = NoScriptContexts.Contains(page.Context);
        if (!noScript)
        {
            await RunAxeAsync(page, page.Url);
            return;
        }

        var html = await page.ContentAsync();
        var copyContext = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = page.ViewportSize is { } v ? new ViewportSize { Width = v.Width, Height = v.Height } : null, Locale = "nl-NL" });
        try
        {
            var copy = await copyContext.NewPageAsync();
            await copy.RouteAsync("**/*", route => route.Request.IsNavigationRequest
                ? route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = NoScriptTags().Replace(ScriptTags().Replace(html, ""), "") })
                : route.ContinueAsync());
            await copy.GotoAsync(page.Url);
            await RunAxeAsync(copy, page.Url + " (zonder JavaScript)");
        }
        finally
        {
            await copyContext.CloseAsync();
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("<script\\b[^>]*>[\\s\\S]*?</script>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ScriptTags();

    /// <summary>The noscript tags themselves: their content is what a browser without JavaScript shows.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("</?noscript\\b[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NoScriptTags();

    /// <summary>The axe-core build bundled with Deque.AxeCore.Commons, read once.</summary>
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Runs axe-core in the page itself: the script is evaluated into the page (through the DevTools protocol, so the
    /// page's Content-Security-Policy does not block it) and <c>axe.run</c> checks the document. Deque's own Playwright
    /// runner (<c>page.RunAxe</c>) runs the same checks per frame and then opens an extra blank page to combine the
    /// results, which made every check 1.2–2 s instead of about 0.2 s; with ~170 checks per width the walk spent most of
    /// its time there. The pages have no frames, so one <c>axe.run</c> sees everything.
    /// </summary>
    private static async Task RunAxeAsync(IPage page, string shownUrl)
    {
        var json = await RunAxeInPageAsync(page).WaitAsync(AxeTimeout);
        var result = JsonSerializer.Deserialize<AxeSummary>(json, JsonOptions)!;
        Assert.True(result.Passes > 0, "axe-core did not run any check on " + shownUrl);
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Targets)})").ToList();
        Assert.True(violations.Count == 0, $"axe-core found violations on {shownUrl}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private static async Task<string> RunAxeInPageAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(AxeSource.Value);
        // Every rule of WCAG 2.1 A and AA runs on every node; only the details of passing nodes are left out of the
        // result (resultTypes), which makes a run on a long page several times faster.
        return await page.EvaluateAsync<string>("""
            async () => {
              const r = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
              });
              return JSON.stringify({
                passes: r.passes.length,
                violations: r.violations.map(v => ({ id: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })),
              });
            }
            """);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record AxeSummary(int Passes, AxeViolation[] Violations);

    private sealed record AxeViolation(string Id, string Help, string[] Targets);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// The browser tests run in two collections side by side (xunit.runner.json), each with its own application (own
/// SQLite file) and browser: a test waits on the browser or the app most of the time, so two streams use both cores.
/// (A run that stopped making progress on 2026-11-30 was axe-core waiting forever in a page with JavaScript off; see
/// <see cref="AppServer.AssertAccessibleAsync"/>.) Put a new test class in the collection whose total run time is
/// smaller (see the trx durations).
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppServer>
{
    public const string Name = "app";
}

/// <summary>The second collection: its own application and browser (see <see cref="AppCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class SecondAppCollection : ICollectionFixture<AppServer>
{
    public const string Name = "app2";
}
