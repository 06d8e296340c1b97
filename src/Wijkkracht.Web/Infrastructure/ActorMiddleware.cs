using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// Turns the authenticated principal into an <see cref="Actor"/> loaded from the database on every request, so that
/// role changes, deactivation, sign-out elsewhere (security stamp) and membership changes take effect at once.
/// Sets the tenant for the request's DbContext. Enforces the organisation's mandatory second factor.
/// </summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public const string TokenAuthClaim = "wk:auth";

    /// <summary>Set on a session whose identity provider confirmed more than one factor (OpenID Connect amr).</summary>
    public const string MfaClaim = "wk:mfa";

    private static readonly string[] PasswordChangePaths = ["/account/tweestaps", "/uitloggen", "/css", "/lib", "/js", "/toegankelijkheid", "/fout"];

    /// <summary>Only the account page itself (not its token page) and what it needs open before a forced password change.</summary>
    private static bool IsPasswordChangePath(PathString path) =>
        path.Equals("/account", StringComparison.OrdinalIgnoreCase)
        || PasswordChangePaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] MfaSetupPaths = ["/account/tweestaps", "/uitloggen", "/css", "/lib", "/js", "/toegankelijkheid", "/fout"];

    public async Task InvokeAsync(HttpContext context, WijkkrachtDbContext db, TenantContext tenant, IOptions<IdentityOptions> identityOptions)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, context.RequestAborted);
            var viaToken = principal.HasClaim(TokenAuthClaim, "token");
            var stampClaim = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
            var valid = user is { IsActive: true } && (viaToken || stampClaim == user.SecurityStamp);
            if (!valid)
            {
                if (!viaToken)
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                var actor = new Actor(user!.Id, user.OrganisationId, user.Role, user.DisplayName);
                var isApi = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

                // A token passes the same account checks as a session: the role must still allow tokens.
                if (viaToken && !actor.Can(Permission.UseApiTokens))
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity());
                    await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden, "Geen toegang",
                        "Uw rol mag geen API-tokens gebruiken. Vraag de beheerder van uw organisatie om hulp.");
                    return;
                }

                tenant.SetActor(actor);
                context.Items[typeof(Actor)] = actor;

                if (!user.TwoFactorEnabled && !principal.HasClaim(c => c.Type == MfaClaim) && (viaToken || !MfaSetupPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))))
                {
                    var mfaRequired = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.MfaRequired).FirstOrDefaultAsync(context.RequestAborted);
                    if (mfaRequired)
                    {
                        if (isApi)
                        {
                            await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden, "Tweestapsverificatie verplicht",
                                "Uw organisatie verplicht tweestapsverificatie. Zet die eerst aan onder Mijn account; daarna werkt uw token weer.");
                            return;
                        }

                        context.Response.Redirect("/account/tweestaps?verplicht=1");
                        return;
                    }
                }

                // A password a Beheerder chose is changed by its owner before anything else opens (issue 7, L9).
                if (!viaToken && user.MustChangePassword && !IsPasswordChangePath(context.Request.Path))
                {
                    context.Response.Redirect("/account?wachtwoord=verplicht");
                    return;
                }
            }
        }

        await next(context);
    }
}

/// <summary>Access to the request's actor.</summary>
public static class ActorHttpContextExtensions
{
    /// <summary>The signed-in actor. Only call on routes that require authentication.</summary>
    public static Actor GetActor(this HttpContext context) =>
        context.Items[typeof(Actor)] as Actor ?? throw new InvalidOperationException("No authenticated actor on this request.");

    public static Actor? TryGetActor(this HttpContext context) => context.Items[typeof(Actor)] as Actor;
}
