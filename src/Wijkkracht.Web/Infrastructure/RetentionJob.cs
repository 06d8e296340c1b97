using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// Applies every organisation's retention rules once a day (issue 14 §6): <c>Retention:Enabled</c> (default true) switches
/// it off, <c>Retention:IntervalHours</c> (default 24) sets the interval. Each organisation runs in its own scope in system
/// mode for that organisation only, so the tenant filters keep its rules on its own data. Writes one audit event per
/// record type with counts (<see cref="RetentionService.RunForOrganisationAsync"/>); logs counts, never content.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Retention:Enabled", true))
            return;
        var hours = configuration.GetValue("Retention:IntervalHours", 24);
        if (hours <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(hours), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunAllAsync(scopes, logger, stoppingToken);
    }

    /// <summary>One pass over every organisation; a failure in one does not stop the others.</summary>
    public static async Task RunAllAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        List<Guid> organisations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem();
            organisations = await scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>().Organisations.IgnoreQueryFilters().Select(o => o.Id).ToListAsync(ct);
        }

        foreach (var organisationId in organisations)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem(organisationId);
                var run = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunForOrganisationAsync(organisationId, null, ct);
                if (run.Total > 0)
                    logger.LogInformation("Retention for organisation {OrganisationId}: {Count} records anonymised or deleted.", organisationId, run.Total);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Retention for organisation {OrganisationId} failed; the next run tries again.", organisationId);
            }
        }
    }
}
