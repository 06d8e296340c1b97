namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// Security headers on every response: a CSP without inline scripts and only this host, no framing, nosniff, a strict
/// referrer policy, and no caching of pages (pages show personal data; static files are exempt).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy with exactly the map tile host (<c>Maps:TileUrl</c>) added to img-src.</summary>
    private readonly string _policy = Pages.Aanpakken.Waarnemingen.MapSettings.From(configuration).TileOrigin is { } tiles
        ? ContentSecurityPolicy.Replace("img-src 'self' data:;", $"img-src 'self' data: {tiles};", StringComparison.Ordinal)
        : ContentSecurityPolicy;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!IsStaticAsset(context.Request.Path))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/img");
}
