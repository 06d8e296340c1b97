using Microsoft.Data.Sqlite;
using Wijkkracht.Core.Data;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// <c>Wijkkracht.Web backup &lt;file&gt;</c>: an online, consistent copy of the SQLite database with the SQLite backup
/// API (the application may keep running). For PostgreSQL use pg_dump (see docs/operations.md).
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            await Console.Error.WriteLineAsync("Gebruik: Wijkkracht.Web backup <bestand>");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Skip(2).ToArray())
            .Build();
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("De database is PostgreSQL: maak een back-up met pg_dump (zie docs/operations.md).");
            return 2;
        }

        var target = Path.GetFullPath(args[1]);
        Backup(options.ConnectionString, target);
        Console.WriteLine($"Back-up gemaakt: {target}");
        return 0;
    }

    /// <summary>Copies the live database at <paramref name="connectionString"/> into <paramref name="targetFile"/>.</summary>
    public static void Backup(string connectionString, string targetFile)
    {
        if (File.Exists(targetFile))
            throw new IOException($"Het bestand {targetFile} bestaat al; kies een nieuwe naam.");
        using var source = new SqliteConnection(connectionString);
        source.Open();
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetFile, Pooling = false }.ToString());
        destination.Open();
        source.BackupDatabase(destination);
    }
}
