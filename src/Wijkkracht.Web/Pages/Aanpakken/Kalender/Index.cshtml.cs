using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Api;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Kalender;

/// <summary>
/// The approach's calendar (issue 13 §4): the dates of the rhythm, the recorded meetings and the due dates of open
/// agreements for the coming weeks, the rhythm itself (the core team sets it), and the personal calendar subscription.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class IndexModel(ApproachService approaches, MeetingRhythmService rhythm, CalendarFeedService feeds, TimeProvider time) : WorkspacePageModel(approaches)
{
    public const int DefaultWeeks = 13;

    /// <summary>How many weeks ahead (1–52).</summary>
    [BindProperty(SupportsGet = true, Name = "weken")]
    public int? Weeks { get; set; }

    public int ShownWeeks => Math.Clamp(Weeks ?? DefaultWeeks, 1, 52);

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public IReadOnlyList<MeetingRhythm> Rhythms { get; private set; } = [];

    public bool CanSetRhythm { get; private set; }

    public bool GuideRhythmMissing { get; private set; }

    public CalendarFeedToken? Feed { get; private set; }

    /// <summary>The personal feed address, only right after it was made (it is shown once).</summary>
    public string? NewFeedUrl { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        NewFeedUrl = TempData["AgendaLink"] as string;
        return Page();
    }

    /// <summary>The calendar of this approach as an .ics file (audited).</summary>
    public async Task<IActionResult> OnGetIcsAsync(CancellationToken ct)
    {
        var result = await feeds.ApproachFeedAsync(Id, HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return NotFound();
        return File(System.Text.Encoding.UTF8.GetBytes(result.Value!), CalendarFeedService.ContentType + "; charset=utf-8", "agenda-aanpak.ics");
    }

    public async Task<IActionResult> OnPostRitmeAsync(CancellationToken ct)
    {
        var result = await rhythm.AddGuideRhythmAsync(Id, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = result.Value!.Count == 0
            ? "Elke soort uit de handreiking heeft al een ritme."
            : $"Toegevoegd: {string.Join(", ", result.Value!.Select(r => r.Title.ToLowerInvariant()))}. Pas data, tijden en plek aan waar nodig.";
        return RedirectToPage(null, null, new { id = Id }, "ritme");
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("bijeenkomsten", ct) is { } denied)
            return denied;
        var created = await feeds.ResetAsync(HttpContext.GetActor(), ct);
        TempData["AgendaLink"] = CalendarApi.AbsoluteFeedUrl(HttpContext, created.Secret);
        TempData["Melding"] = "Uw persoonlijke agenda-link is gemaakt. Een eerdere link werkt niet meer.";
        return RedirectToPage(null, null, new { id = Id }, "abonneren");
    }

    public async Task<IActionResult> OnPostLinkVerwijderenAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("bijeenkomsten", ct) is { } denied)
            return denied;
        await feeds.RemoveAsync(HttpContext.GetActor(), ct);
        TempData["Melding"] = "Uw persoonlijke agenda-link is verwijderd. Agenda-apps die hem gebruiken, krijgen geen gegevens meer.";
        return RedirectToPage(null, null, new { id = Id }, "abonneren");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("bijeenkomsten", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        Today = PlausibleDates.Today(time);
        var calendar = await rhythm.CalendarAsync(Id, Today, Today.AddDays(7 * ShownWeeks - 1), actor, ct);
        if (!calendar.IsOk)
            return NotFound();
        Entries = calendar.Value!;
        Rhythms = (await rhythm.ListAsync(Id, actor, ct)).Value ?? [];
        CanSetRhythm = await Approaches.ResolveAsync(Id, actor, ct) is { } access && MeetingRhythmService.CanEdit(access);
        GuideRhythmMissing = new[] { MeetingKind.Focusbijeenkomst, MeetingKind.Leerbijeenkomst, MeetingKind.Koffietafel }.Any(k => Rhythms.All(r => r.Kind != k));
        Feed = await feeds.CurrentAsync(actor, ct);
        return null;
    }
}
