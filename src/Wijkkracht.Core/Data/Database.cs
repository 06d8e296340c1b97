using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wijkkracht.Core.Data;

/// <summary>Which database engine to use.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Database settings (section "Database").</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string. Default: an SQLite file under ./data/.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/wijkkracht.db";
}

/// <summary>Configures EF Core for the chosen provider, each with its own migrations assembly.</summary>
public static class Database
{
    public const string SqliteMigrationsAssembly = "Wijkkracht.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Wijkkracht.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteDirectory(options.ConnectionString);
                builder.UseSqlite(options.ConnectionString, x => x.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(SqlitePragmaInterceptor.Instance);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString, x => x.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
            return;
        var path = Path.GetFullPath(dataSource);
        var directory = Path.GetDirectoryName(path);
        if (!Prepared.TryAdd(path, true))
            return;
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        RestrictSqliteFiles(path, connectionString);
    }

    /// <summary>Files already prepared by this process (the options are built for every DbContext).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Prepared = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the SQLite file readable and writable by the owner only (0600) before SQLite opens it, and tightens an
    /// existing file and its -wal/-shm companions. SQLite gives new -wal/-shm files the mode of the database file.
    /// </summary>
    public static void RestrictSqliteFiles(string path, string connectionString)
    {
        if (OperatingSystem.IsWindows())
            return;
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(path))
        {
            try
            {
                using (new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = ownerOnly }))
                {
                }

                // Turn the empty file into a WAL database at once: EF Core checks existence with a read-only
                // connection, which cannot switch an empty file to WAL.
                using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL;";
                command.ExecuteNonQuery();
            }
            catch (IOException) when (File.Exists(path))
            {
                // Created by another process or connection in the meantime; tightened below.
            }
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file) && File.GetUnixFileMode(file) != ownerOnly)
                File.SetUnixFileMode(file, ownerOnly);
        }
    }

    /// <summary>Reads the SQLite pragmas that must hold: WAL journal, synchronous FULL (2), foreign keys on.</summary>
    public static async Task<(string JournalMode, long Synchronous, long ForeignKeys)> ReadSqlitePragmasAsync(
        WijkkrachtDbContext db, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        var wasClosed = connection.State != System.Data.ConnectionState.Open;
        if (wasClosed)
            await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return (
                (string)(await ScalarAsync(connection, "PRAGMA journal_mode;", cancellationToken))!,
                (long)(await ScalarAsync(connection, "PRAGMA synchronous;", cancellationToken))!,
                (long)(await ScalarAsync(connection, "PRAGMA foreign_keys;", cancellationToken))!);
        }
        finally
        {
            if (wasClosed)
                await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

/// <summary>Sets WAL, synchronous=FULL, foreign keys and a busy timeout on every SQLite connection.</summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
