using Wijkkracht.Core.Data;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// Refreshes SQLite's query-planner statistics every <c>Database:StatisticsIntervalMinutes</c> minutes (default 60; 0
/// switches it off), so plans follow the data as it grows (<see cref="QueryStatistics"/>). Does nothing on PostgreSQL.
/// </summary>
public sealed class QueryStatisticsService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<QueryStatisticsService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Database:StatisticsIntervalMinutes", 60);
        if (minutes <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await QueryStatistics.RefreshAsync(scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Refreshing the query statistics failed; the next run tries again.");
            }
        }
    }
}
