using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Web.Api;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>
/// Resolves the approach access of a request to a page under /Aanpakken whose route has the approach id, once, before
/// the handler runs (the approach with its area and the actor's membership, one query). The services read the cached
/// result. An approach the actor may not see (another organisation's id, not a member) is a 404 before any permission
/// check.
/// </summary>
public sealed class ApproachAccessPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (context.ActionDescriptor.ViewEnginePath.StartsWith("/Aanpakken/", StringComparison.Ordinal)
            && Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var approachId)
            && http.TryGetActor() is { } actor)
        {
            var approaches = http.RequestServices.GetRequiredService<ApproachService>();
            if (await approaches.ResolveAsync(approachId, actor, http.RequestAborted) is null)
            {
                context.Result = new NotFoundResult();
                return;
            }
        }

        await next();
    }
}

/// <summary>
/// The API counterpart of <see cref="ApproachAccessPageFilter"/> for the /api/v1/approaches/{id}/… route groups: resolves
/// the approach access once and answers a problem+json 404 for an approach the actor may not see.
/// </summary>
public sealed class ApproachAccessEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var approachId) && http.TryGetActor() is { } actor)
        {
            var approaches = http.RequestServices.GetRequiredService<ApproachService>();
            if (await approaches.ResolveAsync(approachId, actor, http.RequestAborted) is null)
                return ApiResults.NotFound();
        }

        return await next(context);
    }
}
