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

/// <summary>
/// Registers every service of the application. The parts live beside this file: <see cref="FeatureServices"/> (the
/// feature services per feature folder), <see cref="IdentitySetup"/> (identity, sign-in, authentication and
/// authorization) and <see cref="HttpSetup"/> (Razor Pages, API options, proxies, health checks).
/// </summary>
public static class ServiceSetup
{
    public const string SmartScheme = "wijkkracht";
    public const string LoginRateLimit = "login";

    public static void AddWijkkracht(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        var dbOptions = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(dbOptions);
        services.AddSingleton<TimeProvider>(Wijkkracht.Core.Common.DutchTimeProvider.Instance);
        services.AddScoped<TenantContext>();
        services.AddDbContext<WijkkrachtDbContext>(o => Database.Configure(o, dbOptions));
        services.AddHostedService<QueryStatisticsService>();
        services.AddHostedService<RetentionJob>();

        services.AddFeatureServices(configuration);
        services.AddIdentityAndSignIn(configuration);
        services.AddHttpOptions(configuration);
    }
}
