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
