using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the PostgreSQL model for migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WijkkrachtDbContext>
{
    public WijkkrachtDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<WijkkrachtDbContext>();
        Database.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=design_time" });
        return new WijkkrachtDbContext(builder.Options, new TenantContext(), TimeProvider.System);
    }
}
