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

/// <summary>Registers every service of the application.</summary>
public static class ServiceSetup
{
    public const string SmartScheme = "wijkkracht";
    public const string LoginRateLimit = "login";

    public static void AddWijkkracht(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        var dbOptions = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(dbOptions);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddDbContext<WijkkrachtDbContext>(o => Database.Configure(o, dbOptions));

        services.AddScoped<AuditService>();
        services.AddScoped<AreaService>();
        services.AddScoped<ApproachAccessContext>();
        services.AddScoped<ApproachService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<SetupService>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<SetupToken>();
        services.AddScoped<DecisionService>();
        services.AddScoped<PlanService>();
        services.AddScoped<GoalService>();
        services.AddScoped<Wijkkracht.Core.Reports.ReportService>();
        services.AddScoped<Wijkkracht.Core.Steps.StepService>();
        services.AddSingleton<Wijkkracht.Core.Steps.IGuideCatalog, Wijkkracht.Core.Knowledge.KnowledgeGuideCatalog>();
        services.AddScoped<Wijkkracht.Core.Reports.IReportContributor, Wijkkracht.Core.Reports.StepReportContributor>();
        services.AddScoped<Wijkkracht.Core.Reports.IReportContributor, Wijkkracht.Core.Reports.PreconditionReportContributor>();
        services.AddScoped<Wijkkracht.Core.Reports.IReportContributor, Wijkkracht.Core.Reports.InterventionReportContributor>();
        services.AddScoped<Wijkkracht.Core.Preconditions.PreconditionCheckService>();
        services.AddScoped<Pages.Aanpakken.Doelen.GoalFormLists>();
        services.AddSingleton(_ => KnowledgeLoader.Load(KnowledgeLoader.ResolveContentPath(configuration["Knowledge:ContentPath"])));
        services.AddSingleton<KnowledgeSearch>();
        services.AddSingleton<InterventionFinder>();
        services.AddScoped<InterventionCatalogService>();
        services.AddScoped<ApproachInterventionService>();

        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<WijkkrachtDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();
        // Explicit, culture-free e-mail comparison (the long s does not match s).
        services.AddScoped<ILookupNormalizer, EmailNormalizer>();
        services.AddSingleton<SignInEqualiser>();
        services.AddSingleton(configuration.GetSection("Authentication:OpenIdConnect").Get<OidcSettings>() ?? new OidcSettings());
        services.AddScoped<OidcAccountLinker>();
        services.AddScoped<AccountExportService>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "wijkkracht";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/inloggen";
            o.LogoutPath = "/uitloggen";
            o.AccessDeniedPath = "/toegang-geweigerd";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Relative redirects: the Host header is never reflected into a Location header.
            o.Events.OnRedirectToLogin = ctx => RelativeRedirect(ctx);
            o.Events.OnRedirectToAccessDenied = ctx => RelativeRedirect(ctx);
            o.Events.OnRedirectToLogout = ctx => RelativeRedirect(ctx);
            o.Events.OnRedirectToReturnUrl = ctx => RelativeRedirect(ctx);
        });
        // The actor middleware checks the security stamp on every request; Identity's periodic validator is not needed.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromDays(365));

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie voor pagina's, token voor de API", o =>
                o.ForwardDefaultSelector = ctx => ctx.Request.Path.StartsWithSegments("/api")
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, _ => { });
        AddOpenIdConnect(authentication, configuration);

        services.AddAuthorization(Policies.Register);
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("Security:LoginAttemptsPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsync("Te veel inlogpogingen. Wacht een minuut en probeer het opnieuw.", ct);
            };
        });

        var dataProtection = services.AddDataProtection().SetApplicationName("Wijkkracht").PersistKeysToDbContext<WijkkrachtDbContext>();
        var certificatePath = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            // The key ring in the database is encrypted with a certificate kept outside the database.
            var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, configuration["DataProtection:CertificatePassword"]);
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

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

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/");
                // Pages with an id in the route check permissions in the feature service after the record is found,
                // so that another organisation's id is always a 404, never a 403.
                o.Conventions.AuthorizePage("/Beheer/Gebruikers/Index", Policies.For(Permission.ManageUsers));
                o.Conventions.AuthorizePage("/Beheer/Gebruikers/Nieuw", Policies.For(Permission.ManageUsers));
                o.Conventions.AuthorizePage("/Beheer/Gebieden/Index", Policies.For(Permission.ViewAreas));
                o.Conventions.AuthorizePage("/Beheer/Gebieden/Nieuw", Policies.For(Permission.ManageAreas));
                o.Conventions.AuthorizePage("/Beheer/Organisatie", Policies.For(Permission.ManageOrganisation));
                o.Conventions.AuthorizePage("/Beheer/Audit", Policies.For(Permission.ViewAuditLog));
                o.Conventions.AuthorizePage("/Aanpakken/Nieuw", Policies.For(Permission.CreateApproach));
                o.Conventions.AuthorizePage("/Account/Tokens", Policies.For(Permission.UseApiTokens));
                o.Conventions.AuthorizeFolder("/Kennisbank", Policies.For(Permission.ViewKnowledge));
                o.Conventions.AuthorizePage("/Beheer/Interventies/Index", Policies.For(Permission.ManageKnowledge));
                o.Conventions.AuthorizePage("/Beheer/Interventies/Nieuw", Policies.For(Permission.ManageKnowledge));
                o.Conventions.AllowAnonymousToPage("/Inloggen");
                o.Conventions.AllowAnonymousToPage("/InloggenTweestaps");
                o.Conventions.AllowAnonymousToPage("/InloggenExtern");
                o.Conventions.AllowAnonymousToPage("/Installatie");
                o.Conventions.AllowAnonymousToPage("/Toegankelijkheid");
                o.Conventions.AllowAnonymousToPage("/ToegangGeweigerd");
                o.Conventions.AllowAnonymousToPage("/Fout");
            })
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
    }

    /// <summary>
    /// Behind a TLS-terminating proxy: X-Forwarded-For and X-Forwarded-Proto are honoured only from the proxies and
    /// networks listed in ForwardedHeaders:KnownProxies / ForwardedHeaders:KnownNetworks (CIDR). X-Forwarded-Host is
    /// never used. Without a list only loopback is trusted (the framework default).
    /// </summary>
    private static void AddForwardedHeaders(IServiceCollection services, ConfigurationManager configuration)
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

    private static Task RelativeRedirect<TOptions>(Microsoft.AspNetCore.Authentication.RedirectContext<TOptions> context)
        where TOptions : AuthenticationSchemeOptions
    {
        var target = context.RedirectUri;
        if (Uri.TryCreate(target, UriKind.Absolute, out var absolute))
            target = absolute.PathAndQuery + absolute.Fragment;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    private static void AddOpenIdConnect(AuthenticationBuilder authentication, ConfigurationManager configuration)
    {
        var section = configuration.GetSection("Authentication:OpenIdConnect");
        if (string.IsNullOrWhiteSpace(section["Authority"]))
            return;

        authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, section["DisplayName"] ?? "Inloggen via uw organisatie", o =>
        {
            o.Authority = section["Authority"];
            o.ClientId = section["ClientId"];
            o.ClientSecret = section["ClientSecret"];
            o.ResponseType = "code";
            o.UsePkce = true;
            o.SaveTokens = false;
            o.CallbackPath = "/signin-oidc";
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("email");
            o.Scope.Add("profile");
            o.MapInboundClaims = false;
        });
    }
}

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
