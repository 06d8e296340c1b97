using Wijkkracht.Core.Data;

namespace Wijkkracht.Tests.Infrastructure;

/// <summary>One running app per provider with two organisations (A: GM0001, B: GM0002), shared by a test class.</summary>
public sealed class SharedApps : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, (TestApp App, TestOrg A, TestOrg B)> _apps = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<(TestApp App, TestOrg A, TestOrg B)> GetAsync(DatabaseProvider provider)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(provider, out var entry))
            {
                var app = new TestApp(provider);
                _ = app.Server;
                var a = await app.CreateOrganisationAsync("GM0001", "Aadorp");
                var b = await app.CreateOrganisationAsync("GM0002", "Beekstad");
                entry = (app, a, b);
                _apps[provider] = entry;
            }

            return entry;
        }
        finally
        {
            _lock.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (app, _, _) in _apps.Values)
            await app.DisposeAsync();
        _lock.Dispose();
    }
}

/// <summary>
/// Wijk codes of the test organisation GM0001 that no other test in this run uses (a random pick collided now and then
/// with another test's area in the same shared app, and the duplicate code was refused).
/// </summary>
public static class TestAreaCodes
{
    private static int _next = 9;

    /// <summary>"WK0001" and two digits, 10–69, unique within the test run (the fixture's own wijk is WK000101; fixed codes in tests use 70–99).</summary>
    public static string NextWijk()
    {
        var n = Interlocked.Increment(ref _next);
        if (n > 69)
            throw new InvalidOperationException("More than 60 wijk codes for GM0001 in one test run.");
        return "WK0001" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
