using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>Writes application/problem+json responses.</summary>
public static class ProblemResponses
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}

/// <summary>
/// Maps unhandled exceptions to a generic problem (API) or the error page (pages). No stack traces outside
/// Development; no personal data in the log line.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger, IHostEnvironment environment) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        logger.LogError("Unhandled {ExceptionType} on {Method} {Endpoint}", exception.GetType().Name, httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Ongeldig verzoek"),
            OperationCanceledException => (499, "Verzoek afgebroken"),
            _ => (StatusCodes.Status500InternalServerError, "Er ging iets mis"),
        };
        httpContext.Response.StatusCode = status;
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
            return false;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = environment.IsDevelopment() ? exception : null,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = environment.IsDevelopment() ? exception.Message : "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
            },
        });
    }
}
