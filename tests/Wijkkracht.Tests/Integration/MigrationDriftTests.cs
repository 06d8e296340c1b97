using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;

namespace Wijkkracht.Tests.Integration;

/// <summary>
/// The EF model and each provider's migrations agree: a model change without a migration fails here (run
/// `dotnet ef migrations add` for both providers, see docs/architecture.md).
/// </summary>
public sealed class MigrationDriftTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public void Model_ComparedWithMigrations_HasNoPendingChanges(DatabaseProvider provider)
    {
        using var db = Context(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations do not match the model: add a migration.");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public void Migrations_AfterSquash_AreOneInitialPerProvider(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var first = db.Database.GetMigrations().First();
        Assert.EndsWith("_Initial", first, StringComparison.Ordinal);
    }

    private static WijkkrachtDbContext Context(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<WijkkrachtDbContext>();
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=drift_check";
        Database.Configure(builder, new DatabaseOptions { Provider = provider, ConnectionString = connection });
        return new WijkkrachtDbContext(builder.Options, new TenantContext(), TimeProvider.System);
    }
}
