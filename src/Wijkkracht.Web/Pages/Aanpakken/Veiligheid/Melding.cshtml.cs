using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Notifications;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Api;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken.Veiligheid;

/// <summary>
/// Report a threat or incident (issue 14 §1): everyone in the approach, from a phone, in a minute; works without
/// JavaScript. After sending, the reporter sees only the status of the report.
/// </summary>
[ApproachPage(ApproachPermission.View)]
public sealed class MeldingModel(ApproachService approaches, SafetyReportService reports, NoticeService notices, SafetyGuide guide, TimeProvider time) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public SafetyReportInput Input { get; set; } = new();

    public SafetyGuide Guide => guide;

    public SafetySetupView Contacts { get; private set; } = new(null, null, null);

    public static IReadOnlyList<SelectListItem> KindItems =>
        [new("Kies wat er aan de hand is", ""), .. Enum.GetValues<SafetyReportKind>().Select(k => new SelectListItem(SafetyLabels.For(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> FeelingItems =>
        [new("Kies hoe u zich nu voelt", ""), .. Enum.GetValues<SafetyFeeling>().Select(k => new SelectListItem(SafetyLabels.For(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> PoliceItems =>
        [new("Kies een antwoord", ""), .. Enum.GetValues<PoliceAware>().Select(k => new SelectListItem(SafetyLabels.For(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> ContactItems =>
        [new("Kies hoe we contact opnemen", ""), .. Enum.GetValues<ContactPreference>().Select(k => new SelectListItem(SafetyLabels.For(k), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input.HappenedOn = PlausibleDates.Today(time);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(
            async () =>
            {
                var result = await reports.ReportAsync(Id, Input, HttpContext.GetActor(), ct);
                if (result.IsOk)
                    await notices.MailAsync(reports.LastNotices.ToList(), SafetyApi.BaseUrl(HttpContext), ct);
                return result;
            },
            new FormOutcome<SafetyReport>
            {
                Saved = "Uw melding is verstuurd. De contactpersoon voor veiligheid neemt contact met u op. Hieronder ziet u de stand van uw melding.",
                Redirect = _ => RedirectToPage("/Aanpakken/Veiligheid/Index", null, new { id = Id }, "mijn"),
                ShowAgain = async () => await LoadAsync(ct) ?? Page(),
            });

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("veiligheid", ct) is { } denied)
            return denied;
        Contacts = (await reports.SetupAsync(Id, HttpContext.GetActor(), ct)).Value ?? Contacts;
        return null;
    }
}
