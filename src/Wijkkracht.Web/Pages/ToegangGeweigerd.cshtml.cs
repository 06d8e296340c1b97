using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages;

/// <summary>The 403 page: says who can actually grant access, by name (issue 9 §2).</summary>
[PublicPage]
public sealed class ToegangGeweigerdModel(AccessHelpService help) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public AccessHelp? Help { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (HttpContext.TryGetActor() is { } actor)
            Help = await help.ForAsync(actor, ReturnUrl, ct);
    }

    /// <summary>"A", "A of B", "A, B of C".</summary>
    public static string Names(IReadOnlyList<string> names, string conjunction)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " " + conjunction + " " + names[^1];
    }
}
