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

/// <summary>Identity, the sign-in cookie, authentication schemes (cookie, API token, OpenID Connect), authorization, the login rate limit and the Data Protection key ring.</summary>
public static class IdentitySetup
{
    public static IServiceCollection AddIdentityAndSignIn(this IServiceCollection services, IConfiguration configuration)
    {
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
            // The session warning (wwwroot/js/session.js) needs to know when this session expires, renewal included.
            o.Events.OnCheckSlidingExpiration = ctx =>
            {
                var now = DateTimeOffset.UtcNow;
                ctx.HttpContext.Items[ExpiredSessionMiddleware.ExpiresKey] = ctx.ShouldRenew ? now + ctx.Options.ExpireTimeSpan : now + ctx.RemainingTime;
                return Task.CompletedTask;
            };
            // Whose session this browser holds, so that a form posted after it expired is kept for that user only.
            o.Events.OnSigningIn = ctx =>
            {
                ExpiredSessionMiddleware.RememberOwner(ctx.HttpContext, ctx.Principal!, ctx.CookieOptions);
                ctx.HttpContext.Items[ExpiredSessionMiddleware.ExpiresKey] = DateTimeOffset.UtcNow + ctx.Options.ExpireTimeSpan;
                return Task.CompletedTask;
            };
            o.Events.OnSigningOut = ctx =>
            {
                ExpiredSessionMiddleware.ForgetOwner(ctx.HttpContext);
                return Task.CompletedTask;
            };
        });
        // The actor middleware checks the security stamp on every request; Identity's periodic validator is not needed.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromDays(365));

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = ServiceSetup.SmartScheme;
                o.DefaultAuthenticateScheme = ServiceSetup.SmartScheme;
                o.DefaultChallengeScheme = ServiceSetup.SmartScheme;
                o.DefaultForbidScheme = ServiceSetup.SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(ServiceSetup.SmartScheme, "Cookie voor pagina's, token voor de API", o =>
                o.ForwardDefaultSelector = ctx => ctx.Request.Path.StartsWithSegments("/api")
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, _ => { });
        AddOpenIdConnect(authentication, configuration);

        services.AddAuthorization(Policies.Register);
        services.AddSingleton<PageAccessCatalog>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only sign-in attempts (POST) count; viewing the sign-in page is never limited.
            o.AddPolicy(ServiceSetup.LoginRateLimit, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = configuration.GetValue("Security:LoginAttemptsPerMinute", 20),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("kijken"));
            // No body here: the status-code page (/fout?code=429) answers with a styled Dutch page.
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
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

        return services;
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

    private static void AddOpenIdConnect(AuthenticationBuilder authentication, IConfiguration configuration)
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
