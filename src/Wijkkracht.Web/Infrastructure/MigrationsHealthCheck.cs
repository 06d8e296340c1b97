using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Decisions;
using Wijkkracht.Core.Demo;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Organisations;
using Wijkkracht.Core.Plans;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Setup;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>Ready only when no migration is pending.</summary>
public sealed class MigrationsHealthCheck(WijkkrachtDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Alle migraties zijn toegepast.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migratie(s) nog niet toegepast.");
    }
}
