using Microsoft.EntityFrameworkCore;

namespace Wijkkracht.Core.Data;

/// <summary>
/// Keeps SQLite's query-planner statistics current. Without them SQLite guesses, and with a tenant column indexed on
/// every table it can guess badly: a theme board joined each conversation to all of the organisation's theme links
/// (72 ms instead of under 1 ms with 20,000 rows). <c>ANALYZE</c> with an analysis limit samples each index, so it stays
/// cheap on a large file. Run at start-up, after bulk imports and periodically (see docs/operations.md). PostgreSQL
/// keeps its statistics itself (autovacuum), so this does nothing there.
/// </summary>
public static class QueryStatistics
{
    /// <summary>Rows sampled per index; SQLite's advice for a fast, approximate ANALYZE is a few hundred to a thousand.</summary>
    public const int AnalysisLimit = 1000;

    public static async Task RefreshAsync(WijkkrachtDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
            return;
        await db.Database.ExecuteSqlRawAsync($"PRAGMA analysis_limit={AnalysisLimit}; ANALYZE;", ct);
    }
}
