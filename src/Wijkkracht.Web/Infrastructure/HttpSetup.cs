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

/// <summary>HTTP options: proxies, problem details and JSON for the API, MVC filters, Razor Pages with their access conventions, antiforgery, encoders, health checks and HSTS.</summary>
public static class HttpSetup
{
    public static IServiceCollection AddHttpOptions(this IServiceCollection services, IConfiguration configuration)
    {
        AddForwardedHeaders(services, configuration);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Text input is normalised at the boundary (TextNormalization.cs); binding failures reach ProblemExceptionHandler.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new CleanTextJsonConverter()));
        services.PostConfigure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            CleanTextModelBinderProvider.Register(o);
            o.Filters.Add(new MethodNotAllowedPageFilter());
            o.Filters.Add(new ApproachAccessPageFilter());
        });
        services.PostConfigure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", OpenApiConfig.Configure);

        // Every page declares its access rule beside itself (SignedIn, RequiresPermission, ApproachPage, RecordPage,
        // PublicPage in PageAccess.cs); the fallback policy still denies a page that forgot, and PagePolicyTests fails on it.
        services.AddRazorPages()
            .AddMvcOptions(o => PageResults.UseDutchMessages(o.ModelBindingMessageProvider));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "wijkkracht-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Dutch text (ë, é, €) is written as is instead of as character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddHealthChecks()
            .AddDbContextCheck<WijkkrachtDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        return services;
    }

    /// <summary>
    /// Behind a TLS-terminating proxy: X-Forwarded-For and X-Forwarded-Proto are honoured only from the proxies and
    /// networks listed in ForwardedHeaders:KnownProxies / ForwardedHeaders:KnownNetworks (CIDR). X-Forwarded-Host is
    /// never used. Without a list only loopback is trusted (the framework default).
    /// </summary>
    private static void AddForwardedHeaders(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = section.GetValue("ForwardLimit", 1);
            if (proxies.Length == 0 && networks.Length == 0)
                return;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy.Trim()));
            foreach (var network in networks)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        });
    }

}
