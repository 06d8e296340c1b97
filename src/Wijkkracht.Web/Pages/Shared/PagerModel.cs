using Microsoft.AspNetCore.WebUtilities;

namespace Wijkkracht.Web.Pages.Shared;

/// <summary>Paging links that keep the current query string.</summary>
public sealed record PagerModel(int Page, int TotalPages, int TotalItems, string Path, IQueryCollection Query)
{
    public string Url(int page)
    {
        var values = Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, values);
    }
}
