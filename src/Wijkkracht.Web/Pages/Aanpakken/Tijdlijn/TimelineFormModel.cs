using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Conversations;

namespace Wijkkracht.Web.Pages.Aanpakken.Tijdlijn;

/// <summary>Shared state of the timeline forms.</summary>
public abstract class TimelineFormModel(ApproachService approaches) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public TimelineEventInput Input { get; set; } = new();

    /// <summary>The approach's themes, to tag the event with.</summary>
    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        [new("Kies het soort", ""), .. Enum.GetValues<TimelineKind>().Select(k => new SelectListItem(TimelineLabels.For(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> Tones { get; } =
        Enum.GetValues<TimelineTone>().Select(t => new SelectListItem(TimelineLabels.For(t), t.ToString())).ToList();

    /// <summary>The timeline pages need ViewPlan to read and Edit to change.</summary>
    protected async Task<IActionResult?> LoadFormAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("tijdlijn", ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        Themes = await HttpContext.RequestServices.GetRequiredService<ThemeService>().NamesAsync(Id, ct);
        return null;
    }
}
