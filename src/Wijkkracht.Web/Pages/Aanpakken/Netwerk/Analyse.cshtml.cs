using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>
/// The network analysis beyond the measures (issue 12 §2 and §4), for the core team: key players ("wie zouden we het
/// meest missen?"), gaps between groups, the composition check against the guide, kept analysis runs and "what changed
/// since" a run or a date. Works without JavaScript: every choice is a GET form, keeping a run is a POST form.
/// </summary>
[ApproachPage(ApproachPermission.ViewStories)]
public sealed class AnalyseModel(ApproachService approaches, NetworkInsightsService insights, NetworkRunService runs, NetworkMetricsService metrics) : WorkspacePageModel(approaches)
{
    /// <summary>The date the analysis describes (empty: today).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Datum { get; set; }

    /// <summary>How many key players.</summary>
    [BindProperty(SupportsGet = true)]
    public int? K { get; set; }

    /// <summary>Compare from this kept run.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Van { get; set; }

    /// <summary>Compare from this date (when no run is chosen).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? VanDatum { get; set; }

    /// <summary>Compare to this date (empty: today).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? TotDatum { get; set; }

    [BindProperty]
    public NetworkRunInput Run { get; set; } = new();

    public NetworkInsightReport? Report { get; private set; }

    public IReadOnlyList<NetworkRunSummary> Runs { get; private set; } = [];

    public NetworkChangeView? Changes { get; private set; }

    public int KeyPlayerCount => K is >= 1 and <= NetworkInsightsService.MaxK ? K.Value : 3;

    public DateOnly Today => metrics.Today;

    public IEnumerable<SelectListItem> KOptions => Enumerable.Range(1, NetworkInsightsService.MaxK)
        .Select(i => new SelectListItem(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i.ToString(System.Globalization.CultureInfo.InvariantCulture), i == KeyPlayerCount));

    public IEnumerable<SelectListItem> RunOptions =>
        new[] { new SelectListItem("Geen: vergelijk met een datum", "") }.Concat(Runs.Select(r => new SelectListItem($"{r.Label} ({r.AsOf:d-M-yyyy})", r.Id.ToString(), r.Id == Van)));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostBewaarAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("netwerk", ct) is { } denied)
            return denied;
        if (!CanEdit)
            return Forbid();
        return await this.SubmitAsync(() => runs.SaveAsync(Id, Run, HttpContext.GetActor(), ct), new FormOutcome<NetworkRunSummary>
        {
            SavedFor = r => $"De analyse '{r.Label}' is bewaard.",
            Prefix = "Run",
            Redirect = _ => RedirectToPage("/Aanpakken/Netwerk/Analyse", null, new { id = Id }, "bewaard"),
            ShowAgain = async () => await LoadAsync(ct) ?? Page(),
        });
    }

    public async Task<IActionResult> OnPostVerwijderAsync(Guid runId, CancellationToken ct)
    {
        var result = await runs.DeleteAsync(Id, runId, HttpContext.GetActor(), ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        TempData["Melding"] = "De bewaarde analyse is verwijderd.";
        return RedirectToPage("/Aanpakken/Netwerk/Analyse", null, new { id = Id }, "bewaard");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("netwerk", ct) is { } denied)
            return denied;
        var actor = HttpContext.GetActor();
        var today = Today;
        foreach (var (field, value) in new[] { (nameof(Datum), Datum), (nameof(VanDatum), VanDatum), (nameof(TotDatum), TotDatum) })
        {
            if (value is { } day && (day < PlausibleDates.Earliest || day > today))
                ModelState.AddModelError(field, "Kies een datum vanaf 1 januari 2000 en niet later dan vandaag.");
        }

        var result = await insights.InsightsAsync(Id, KeyPlayerCount, ModelState.ContainsKey(nameof(Datum)) && ModelState[nameof(Datum)]!.Errors.Count > 0 ? null : Datum, actor, ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Report = result.Value;
        Runs = (await runs.ListAsync(Id, actor, ct)).Value ?? [];
        var compareDatesValid = !HasError(nameof(VanDatum)) && !HasError(nameof(TotDatum));
        if ((Van is not null || VanDatum is not null) && compareDatesValid)
        {
            var changes = await runs.CompareAsync(Id, new NetworkStateRef(Van, Van is null ? VanDatum : null), new NetworkStateRef(null, TotDatum), actor, ct);
            if (changes.Status == ResultStatus.NotFound)
                ModelState.AddModelError(nameof(Van), "Deze bewaarde analyse bestaat niet (meer). Kies een andere.");
            else
                Changes = changes.Value;
        }

        return null;
    }

    private bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public string NameOf(Guid id) => Changes?.Names.GetValueOrDefault(id) ?? NetworkRunService.Removed;

    /// <summary>The members of a community (names as the reader may see them), at most <paramref name="max"/>.</summary>
    public IReadOnlyList<string> Members(int community, int max = 8) =>
        Report!.Network.Items.Where(i => i.Community == community).Select(i => i.Name).Order(StringComparer.CurrentCulture).Take(max).ToList();

    public static string Percent(double value) => value.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
