using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Demo;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Setup;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>Work done once at start-up: migrations, database checks, demo data or the setup link.</summary>
public static class StartupTasks
{
    public static async Task MigrateAndCheckAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            var (journal, synchronous, foreignKeys) = await Database.ReadSqlitePragmasAsync(db);
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase) || synchronous != 2 || foreignKeys != 1)
                throw new InvalidOperationException($"SQLite is not configured safely (journal_mode={journal}, synchronous={synchronous}, foreign_keys={foreignKeys}).");
            await QueryStatistics.RefreshAsync(db);
        }
    }

    public static async Task PrepareUsersAsync(WebApplication app, bool demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var baseUrl = app.Configuration["Urls"]?.Split(';')[0].TrimEnd('/') ?? "http://localhost:5080";
        if (demo)
        {
            services.GetRequiredService<TenantContext>().UseSystem();
            var credentials = await services.GetRequiredService<DemoSeeder>().SeedAsync();
            Console.WriteLine($"Demo-login: {credentials.Email} / {credentials.Password}");
            Console.WriteLine($"Demo-API-token: {credentials.ApiToken}");
            return;
        }

        if (await services.GetRequiredService<SetupService>().IsNeededAsync())
        {
            var token = app.Services.GetRequiredService<SetupToken>().Issue();
            Console.WriteLine($"Eerste gebruik: maak de organisatie en de eerste beheerder aan via {baseUrl}/installatie?token={token}");
        }
    }
}
