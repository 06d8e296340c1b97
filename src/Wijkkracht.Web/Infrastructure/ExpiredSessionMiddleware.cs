using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>A form POST that arrived after the session expired: who typed it, where it went, and what was typed.</summary>
public sealed record SavedPost(Guid UserId, string Path, IReadOnlyList<KeyValuePair<string, string>> Fields);

/// <summary>
/// Keeps what a user typed when their session expired (issue 9, section 5). A form POST to a page that needs a signed-in
/// user, arriving without a valid session, is not dropped: the posted fields (never the antiforgery token, passwords or
/// files) are protected with ASP.NET Data Protection (encrypted, signed, valid for two hours) together with the user the
/// session belonged to and the page's address, and the sign-in page is shown with that blob in a hidden field. After a
/// successful sign-in of the SAME user the sign-in page offers to post the fields again to the original address with a
/// fresh antiforgery token (the original handler validates them as usual, version checks included); for another user
/// the blob is discarded. The user of an expired session is read from the expired cookie ticket, or from the
/// "wijkkracht-wie" cookie (the protected user id, set at sign-in and removed at sign-out). Without either, the POST
/// gets the normal redirect to the sign-in page. Also answers the keep-alive of the session warning
/// (<c>GET /sessie/verlengen</c>, wwwroot/js/session.js).
/// </summary>
public sealed class ExpiredSessionMiddleware(RequestDelegate next)
{
    /// <summary>HttpContext.Items key under which the sign-in page finds the protected blob.</summary>
    public const string ItemKey = "wk-saved-post";

    /// <summary>HttpContext.Items key: when the session expires (set by the cookie's sliding-expiration check).</summary>
    public const string ExpiresKey = "wk-session-expires";

    public const string KeepAlivePath = "/sessie/verlengen";

    public const string OwnerCookie = "wijkkracht-wie";

    private const string Purpose = "Wijkkracht.ExpiredSession.SavedPost.v1";

    private const string OwnerPurpose = "Wijkkracht.ExpiredSession.Owner.v1";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public async Task InvokeAsync(HttpContext context, IDataProtectionProvider protection, IOptionsMonitor<CookieAuthenticationOptions> cookies, EndpointDataSource endpoints)
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        if (context.Request.Path.Equals(KeepAlivePath, StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(context.Request.Method))
        {
            // The cookie handler already renewed the sliding cookie when it was due; the answer says how long it lasts.
            context.Response.StatusCode = signedIn ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;
            var seconds = signedIn && context.Items[ExpiresKey] is DateTimeOffset expires ? (long)Math.Max(0, (expires - DateTimeOffset.UtcNow).TotalSeconds) : 0;
            await context.Response.WriteAsJsonAsync(new { seconds }, context.RequestAborted);
            return;
        }

        if (!signedIn && IsProtectedFormPost(context) && OwnerOfExpiredSession(context, protection, cookies) is { } owner
            && FindSignInPage(endpoints) is { } signInPage)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var fields = form.Where(kv => Keep(kv.Key)).SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? ""))).ToList();
            var original = context.Request.Path + context.Request.QueryString;
            var saved = new SavedPost(owner, original, fields);
            context.Items[ItemKey] = Protector(protection).Protect(JsonSerializer.Serialize(saved), Lifetime);

            // Render the sign-in page in place of the expired POST (no redirect, so nothing typed travels in a URL).
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/inloggen";
            context.Request.QueryString = QueryString.Create("ReturnUrl", original);
            context.Request.RouteValues = new Microsoft.AspNetCore.Routing.RouteValueDictionary { ["page"] = "/Inloggen" };
            context.SetEndpoint(signInPage);
            await signInPage.RequestDelegate!(context);
            return;
        }

        await next(context);
    }

    /// <summary>Reads a blob from the sign-in form; null when it is missing, tampered with or older than two hours.</summary>
    public static SavedPost? Read(IDataProtectionProvider protection, string? blob)
    {
        ArgumentNullException.ThrowIfNull(protection);
        if (string.IsNullOrEmpty(blob))
            return null;
        try
        {
            var saved = JsonSerializer.Deserialize<SavedPost>(Protector(protection).Unprotect(blob));
            return saved is not null && saved.Path.StartsWith('/') && !saved.Path.StartsWith("//", StringComparison.Ordinal) && !saved.Path.StartsWith("/\\", StringComparison.Ordinal) ? saved : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Cookie events: remember whose session this browser holds (at sign-in), forget it at sign-out.</summary>
    public static void RememberOwner(HttpContext context, ClaimsPrincipal principal, CookieOptions template)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(template);
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
            return;
        var protector = context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(OwnerPurpose);
        context.Response.Cookies.Append(OwnerCookie, protector.Protect(id), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = template.Secure,
            Path = "/",
            IsEssential = true,
        });
    }

    public static void ForgetOwner(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(OwnerCookie, new CookieOptions { Path = "/" });
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    /// <summary>The antiforgery token is never kept (a fresh one is issued), nor anything that looks like a password.</summary>
    private static bool Keep(string name) =>
        !name.Equals("__RequestVerificationToken", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("password", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("wachtwoord", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("secret", StringComparison.OrdinalIgnoreCase);

    /// <summary>A form POST to a Razor page that needs a signed-in user (not the API, not a public page).</summary>
    private static bool IsProtectedFormPost(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType
            || context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            return false;
        var endpoint = context.GetEndpoint();
        return endpoint?.Metadata.GetMetadata<PageActionDescriptor>() is not null
            && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null;
    }

    private static Guid? OwnerOfExpiredSession(HttpContext context, IDataProtectionProvider protection, IOptionsMonitor<CookieAuthenticationOptions> cookies)
    {
        var options = cookies.Get(IdentityConstants.ApplicationScheme);
        if (options.Cookie.Name is { } name && options.CookieManager.GetRequestCookie(context, name) is { Length: > 0 } raw
            && options.TicketDataFormat.Unprotect(raw) is { } ticket
            && Guid.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var fromTicket))
            return fromTicket;
        if (context.Request.Cookies[OwnerCookie] is { Length: > 0 } hint)
        {
            try
            {
                if (Guid.TryParse(protection.CreateProtector(OwnerPurpose).Unprotect(hint), out var fromHint))
                    return fromHint;
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return null;
            }
        }

        return null;
    }

    private static Endpoint? FindSignInPage(EndpointDataSource endpoints) =>
        endpoints.Endpoints.FirstOrDefault(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == "/Inloggen");
}
