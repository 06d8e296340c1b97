using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Wijkkracht.Web.Infrastructure;

/// <summary>Writes application/problem+json responses.</summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        return context.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, ContentType);
    }

    /// <summary>
    /// Writes <paramref name="problem"/> as problem+json whatever the request's Accept header says: an API client always
    /// gets a machine-readable error, never the HTML error page.
    /// </summary>
    public static async Task WriteProblemAsync(HttpContext context, ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        problem.Instance ??= context.Request.Path;
        var options = context.RequestServices.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions;
        await context.Response.WriteAsJsonAsync(problem, problem.GetType(), options, ContentType);
    }
}

/// <summary>Turns the framework's English request-binding failures into a Dutch validation problem with per-field errors.</summary>
public static partial class BindingProblems
{
    public static HttpValidationProblemDetails From(BadHttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string detail;
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            detail = "Stuur de gegevens als JSON (Content-Type: application/json).";
        }
        else if (FindJsonException(exception) is { } json)
        {
            var field = FieldName(json.Path);
            var message = JsonMessage(json.Message);
            errors[field] = [message];
            detail = field == "body" ? message : $"Het veld '{field}' is niet goed ingevuld: {message}";
        }
        else if (BindParameter().Match(exception.Message) is { Success: true } bind)
        {
            var name = bind.Groups["name"].Value;
            var message = $"De waarde '{bind.Groups["value"].Value}' is niet geldig: {TypeMessage(bind.Groups["type"].Value)}";
            errors[name] = [message];
            detail = $"De parameter '{name}' is niet goed ingevuld.";
        }
        else if (RequiredParameter().Match(exception.Message) is { Success: true } required)
        {
            var name = required.Groups["name"].Value;
            var fromBody = required.Groups["source"].Value.Contains("body", StringComparison.OrdinalIgnoreCase);
            var field = fromBody ? "body" : name;
            var message = fromBody ? "Het verzoek heeft geen inhoud; stuur de gegevens als JSON." : "Deze parameter is verplicht.";
            errors[field] = [message];
            detail = message;
        }
        else
        {
            detail = "Het verzoek kon niet worden gelezen. Controleer de ingestuurde gegevens.";
        }

        return new HttpValidationProblemDetails(errors)
        {
            Status = exception.StatusCode,
            Title = "Ongeldige invoer",
            Detail = detail,
        };
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
                return json;
        }

        return null;
    }

    /// <summary>"$.results[0].achievedOn" → "Results[0].AchievedOn", like the service's field names.</summary>
    public static string FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return "body";
        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return string.Join('.', trimmed.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
    }

    private static string JsonMessage(string message)
    {
        if (ConvertTo().Match(message) is { Success: true } convert)
            return TypeMessage(convert.Groups["type"].Value);
        return "De inhoud is geen geldige JSON.";
    }

    private static string TypeMessage(string type)
    {
        var name = type.TrimEnd('?').Replace("System.Nullable`1[", "", StringComparison.Ordinal).TrimEnd(']');
        name = name[(name.LastIndexOf('.') + 1)..].ToLower(CultureInfo.InvariantCulture);
        return name switch
        {
            "dateonly" or "datetime" or "datetimeoffset" => "vul een geldige datum in (jjjj-mm-dd).",
            "guid" => "vul een geldige id in (GUID).",
            "int" or "int32" or "int64" or "long" or "short" or "decimal" or "double" => "vul een geheel getal in.",
            "bool" or "boolean" => "vul true of false in.",
            "string" => "vul tekst in.",
            _ when type.Contains("Wijkkracht", StringComparison.Ordinal) || type.Contains("Status", StringComparison.Ordinal) =>
                "deze waarde is niet toegestaan; zie de API-beschrijving voor de mogelijke waarden.",
            _ => "deze waarde heeft niet het juiste formaat.",
        };
    }

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[^ ]+)\" from \"(?<value>.*)\"\\.", RegexOptions.Singleline)]
    private static partial Regex BindParameter();

    [GeneratedRegex("^Required parameter \"(?<type>.+) (?<name>[^ ]+)\" was not provided from (?<source>.+)\\.", RegexOptions.Singleline)]
    private static partial Regex RequiredParameter();

    [GeneratedRegex("could not be converted to (?<type>[^.][^ ]*?)\\.? Path", RegexOptions.Singleline)]
    private static partial Regex ConvertTo();
}

/// <summary>
/// Maps unhandled exceptions to a problem (API) or the error page (pages). No stack traces outside Development; no
/// personal data in the log line. API errors are always application/problem+json.
/// </summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger, IHostEnvironment environment) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The middleware has already switched Request.Path to the error page ("/fout") when it calls this handler;
        // the path the client asked for is in the feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        var isApi = new PathString(path).StartsWithSegments("/api");
        if (exception is BadHttpRequestException bad)
        {
            logger.LogInformation("Bad request ({Status}) on {Method} {Endpoint}", bad.StatusCode, httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
            httpContext.Response.StatusCode = bad.StatusCode;
            if (!isApi)
                return false;
            var problem = BindingProblems.From(bad);
            problem.Instance = path;
            await ProblemResponses.WriteProblemAsync(httpContext, problem);
            return true;
        }

        var canceled = exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested;
        if (!canceled)
            logger.LogError("Unhandled {ExceptionType} on {Method} {Endpoint}", exception.GetType().Name, httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
        var (status, title) = canceled
            ? (499, "Verzoek afgebroken")
            : (StatusCodes.Status500InternalServerError, "Er ging iets mis");
        httpContext.Response.StatusCode = status;
        if (!isApi)
            return false;
        await ProblemResponses.WriteProblemAsync(httpContext, new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = environment.IsDevelopment() ? exception.ToString() : "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
            Instance = path,
        });
        return true;
    }
}
