using Wijkkracht.Core.Common;

namespace Wijkkracht.Web.Api;

/// <summary>A page of API results. <c>page</c> starts at 1; <c>pageSize</c> is at most 100.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems, int TotalPages)
{
    public static PagedResponse<T> From<TSource>(Page<TSource> page, Func<TSource, T> map) =>
        new(page.Items.Select(map).ToList(), page.PageNumber, page.PageSize, page.TotalItems, page.TotalPages);
}

/// <summary>Maps feature-service results onto HTTP results with problem+json errors.</summary>
public static class ApiResults
{
    public static IResult ToApi<T>(this Result<T> result, Func<T, IResult> ok) => result.Status switch
    {
        ResultStatus.Ok => ok(result.Value!),
        ResultStatus.Invalid => TypedResults.ValidationProblem(result.Errors, detail: "Een of meer velden zijn niet goed ingevuld.", title: "Ongeldige invoer"),
        ResultStatus.NotFound => NotFound(),
        ResultStatus.Conflict => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
        ResultStatus.Forbidden => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang"),
        _ => throw new InvalidOperationException("Unknown result status."),
    };

    public static IResult NotFound() =>
        TypedResults.Problem("Dit record bestaat niet of u heeft er geen toegang toe.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");

    public static IResult BadRequest(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Ongeldige invoer");

    /// <summary>Standard metadata for every API endpoint.</summary>
    public static RouteHandlerBuilder WithProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
            builder.ProducesProblem(status);
        return builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
