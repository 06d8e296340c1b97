using Microsoft.AspNetCore.Mvc;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>
/// The print-friendly progress report over a reporting period (reading it is audited). The period comes from the query
/// string (a GET form); by default since the previous progress report, or the last three months.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class RapportModel(ApproachService approaches, ReportService reports, TimeProvider time) : WorkspacePageModel(approaches)
{
    public ApproachReport Report { get; private set; } = null!;

    /// <summary>First day of the period (inclusive).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    /// <summary>Last day of the period (inclusive).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Tot { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("rapport", ct) is { } denied)
            return denied;
        var fallback = await reports.DefaultPeriodAsync(Id, ct);
        var period = PeriodFromInput(this, Van, Tot, fallback, time);
        if (period is not null)
        {
            Van = period.From;
            Tot = period.To;
        }

        var result = await reports.BuildAsync(Id, ReportKind.Progress, HttpContext.GetActor(), export: false, period ?? fallback, ct);
        if (result.Status == ResultStatus.NotFound)
            return NotFound();
        if (!result.IsOk)
            return Forbid();
        Report = result.Value!;
        return Page();
    }

    /// <summary>
    /// The period the user asked for, or null with Dutch messages in ModelState (values that do not parse, and the rules of
    /// <see cref="ReportPeriod.Validate"/>). What the user typed stays in ModelState, so the form shows it again.
    /// </summary>
    public static ReportPeriod? PeriodFromInput(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, DateOnly? from, DateOnly? to, ReportPeriod fallback, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(page);
        var unparsed = false;
        foreach (var (key, label) in new[] { (nameof(Van), "begindatum"), (nameof(Tot), "einddatum") })
        {
            if (page.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                page.ModelState.AddModelError(key, $"Vul een geldige {label} in (dag-maand-jaar).");
                unparsed = true;
            }
        }

        if (unparsed)
            return null;
        var checkedPeriod = ReportPeriod.Validate(from, to, PlausibleDates.Today(time), fallback);
        if (checkedPeriod.IsOk)
            return checkedPeriod.Value;
        foreach (var (key, messages) in checkedPeriod.Errors)
        {
            foreach (var message in messages)
                page.ModelState.AddModelError(key, message);
        }

        return null;
    }
}
