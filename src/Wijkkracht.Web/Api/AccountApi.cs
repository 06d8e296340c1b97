using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>/api/v1/account: the caller's own account.</summary>
public static class AccountApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/account/export", async (AccountExportService export, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await export.ExportAsync(http.GetActor(), ct)))
            .WithTags("Account").WithName("exportOwnData")
            .WithSummary("Alle gegevens die Wijkkracht over u bewaart (AVG art. 15); de export wordt gelogd")
            .Produces<AccountExport>().WithProblems();
    }
}
