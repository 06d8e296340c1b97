using Microsoft.AspNetCore.Authorization;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>Policy names: one per <see cref="Permission"/>, checked against the role→permission table.</summary>
public static class Policies
{
    public const string Authenticated = "authenticated";

    public static string For(Permission permission) => "perm:" + permission;

    public static void Register(AuthorizationOptions options)
    {
        // Default deny: an endpoint without its own policy still needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());
        foreach (var permission in Enum.GetValues<Permission>())
            options.AddPolicy(For(permission), p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
    }
}

/// <summary>Requires a permission of the actor's organisation role.</summary>
public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

/// <summary>Checks <see cref="PermissionRequirement"/> against the actor loaded for this request.</summary>
public sealed class PermissionHandler(TenantContext tenant) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (tenant.Actor is { } actor && actor.Can(requirement.Permission))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
