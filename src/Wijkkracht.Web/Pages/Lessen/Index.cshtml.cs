using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Lessen;

/// <summary>The lessons learned of the whole organisation (shared lessons and those of the user's approaches), searchable; for professionals.</summary>
[SignedIn]
public sealed class IndexModel(LessonService lessons) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<LessonView> Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await lessons.SearchAsync(Q, PageRequest.Create(PageNumber, 20), HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return Forbid();
        Result = result.Value!;
        return Page();
    }
}
