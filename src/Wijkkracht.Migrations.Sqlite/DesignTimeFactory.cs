using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the SQLite model for migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WijkkrachtDbContext>
{
    public WijkkrachtDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<WijkkrachtDbContext>();
        Database.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" });
        return new WijkkrachtDbContext(builder.Options, new TenantContext(), TimeProvider.System);
    }
}
