using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>The export form of an approach: what, for whom, on what basis; every download is a line in the sharing ledger below it.</summary>
public sealed class ExportInput
{
    public ExportKind? Kind { get; set; }

    public string? Format { get; set; }

    public DateOnly? Van { get; set; }

    public DateOnly? Tot { get; set; }

    public SharingRecipient? Recipient { get; set; }

    public string? RecipientName { get; set; }

    public SharingBasis? Basis { get; set; }

    /// <summary>"" (the default for the recipient), "ja" or "nee".</summary>
    public string? Names { get; set; }

    public string? Purpose { get; set; }
}

/// <summary>
/// "Exporteren en delen" (issue 14 §8): every report and file that leaves Wijkkracht from this approach is made here, for
/// a recipient on a basis, and is recorded in the sharing ledger that the page shows to those who lead the approach.
/// </summary>
[ApproachPage(ApproachPermission.ViewPlan)]
public sealed class DelenModel(ApproachService approaches, ApproachExportService exports, SharingLedgerService ledger) : WorkspacePageModel(approaches)
{
    [BindProperty]
    public ExportInput Input { get; set; } = new();

    /// <summary>Preselects what to export (links from the report, plan, evaluation, conversations and network pages).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Wat { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Tot { get; set; }

    /// <summary>The ledger of this approach, or null when the reader may not see it.</summary>
    public IReadOnlyList<SharingRecord>? Ledger { get; private set; }

    public IReadOnlyList<SelectListItem> KindItems { get; } =
        [new("Kies wat u wilt exporteren", ""), .. ApproachExportService.Kinds.Select(k => new SelectListItem(SharingLabels.For(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> FormatItems { get; } =
        [new("CSV (lijst van verbindingen)", "csv"), new("GraphML (Gephi, yEd, NetworkX)", "graphml"), new("GEXF (Gephi)", "gexf")];

    public static IReadOnlyList<SelectListItem> RecipientItems { get; } =
        [new("Kies voor wie", ""), .. SharingPolicy.Choosable.Select(r => new SelectListItem(SharingLabels.For(r), r.ToString()))];

    public static IReadOnlyList<SelectListItem> BasisItems { get; } =
        [new("Kies de grondslag", ""), .. SharingPolicy.ChoosableBases.Select(b => new SelectListItem(SharingLabels.For(b), b.ToString()))];

    public static IReadOnlyList<SelectListItem> NameItems { get; } =
        [new("Standaard: schuilnamen voor een partner, echte namen voor de eigen organisatie", ""), new("Schuilnamen", "ja"), new("Echte namen", "nee")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        Input.Kind = Wat switch
        {
            "plan" => ExportKind.Plan,
            "voortgang" => ExportKind.Voortgang,
            "evaluatie" => ExportKind.Evaluatie,
            "netwerk" => ExportKind.Netwerk,
            "citaten" => ExportKind.Citaten,
            _ => null,
        };
        Input.Van = Van;
        Input.Tot = Tot;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
            return denied;
        if (!ModelState.KeepOnlyParseErrors())
            return Page();
        var request = new ApproachExportRequest(Input.Kind,
            new SharingChoice(Input.Recipient, Input.Basis, Input.Names switch { "ja" => true, "nee" => false, _ => null }, Input.RecipientName, Input.Purpose),
            Input.Kind == ExportKind.Netwerk ? Input.Format ?? "csv" : null, Input.Van, Input.Tot);
        var result = await exports.ExportAsync(Id, request, HttpContext.GetActor(), ct);
        switch (result.Status)
        {
            case ResultStatus.Ok:
                return File(result.Value!.Content, result.Value.ContentType, result.Value.FileName);
            case ResultStatus.NotFound:
                return NotFound();
            case ResultStatus.Forbidden:
                ModelState.AddModelError("Input.Kind", "U mag deze export niet maken: het netwerk exporteert alleen het kernteam, citaten alleen wie de gesprekken leest.");
                return Page();
            default:
                ModelState.AddErrors(result.Errors);
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await LoadApproachAsync("delen", ct) is { } denied)
            return denied;
        var lines = await ledger.ForApproachAsync(Id, HttpContext.GetActor(), ct);
        Ledger = lines.IsOk ? lines.Value : null;
        return null;
    }
}
