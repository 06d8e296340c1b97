using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Notifications;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// Runs <see cref="SafetyDeadlineService"/> for every organisation every <c>Safety:DeadlineCheckMinutes</c> minutes
/// (default 10; 0 switches it off): escalates missed first-contact deadlines and reminds of safety agreements due for
/// review. E-mail copies link to <c>Safety:PublicUrl</c> when set.
/// </summary>
public sealed class SafetyDeadlineJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<SafetyDeadlineJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Safety:DeadlineCheckMinutes", 10);
        if (minutes <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Checking the safety deadlines failed; the next run tries again.");
            }
        }
    }

    /// <summary>One pass over every organisation, each in its own scope and tenant.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        List<Guid> organisations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem();
            organisations = await scope.ServiceProvider.GetRequiredService<WijkkrachtDbContext>().Organisations.IgnoreQueryFilters().Select(o => o.Id).ToListAsync(ct);
        }

        foreach (var organisationId in organisations)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem(organisationId);
            var run = await scope.ServiceProvider.GetRequiredService<SafetyDeadlineService>().RunAsync(organisationId, ct);
            if (run.Notices.Count > 0)
                await scope.ServiceProvider.GetRequiredService<NoticeService>().MailAsync(run.Notices, configuration["Safety:PublicUrl"], ct);
        }
    }
}
