using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Beheer;

/// <summary>
/// The organisation's audit log (Beheerder): filters by person, approach, date range and kind, a link to each record
/// that has a page, what changed (before → after, secrets masked), pages, and a CSV export of the filtered list that is
/// itself audited (issue 9 §8).
/// </summary>
[RequiresPermission(Permission.ViewAuditLog)]
public sealed class AuditModel(AuditService audit, WijkkrachtDbContext db, Core.Privacy.SharingLedgerService ledger) : PageModel
{
    public IReadOnlyList<string> Actions { get; } =
        [AuditActions.Create, AuditActions.Update, AuditActions.Delete, AuditActions.View, AuditActions.Export, AuditActions.Reveal, AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignOut];

    /// <summary>Record types one can filter on.</summary>
    public IReadOnlyList<string> EntityTypes { get; } =
    [
        nameof(Approach), nameof(ApproachMember), nameof(Goal), nameof(Wijkkracht.Core.Decisions.Decision), nameof(Wijkkracht.Core.Plans.PlanVersion),
        nameof(Wijkkracht.Core.Steps.StepProgress), nameof(Wijkkracht.Core.Preconditions.PreconditionAssessment), nameof(Wijkkracht.Core.Preconditions.PreconditionAction),
        nameof(AppUser), nameof(ApiToken), nameof(Wijkkracht.Core.Areas.Area), nameof(Wijkkracht.Core.Organisations.Organisation), nameof(AuditEvent),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Handeling { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Persoon { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Aanpak { get; set; }

    /// <summary>From date (yyyy-MM-dd, as a date input sends it); parsed by <see cref="ParseDates"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tot { get; set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Page<AuditEvent> Result { get; private set; } = null!;

    public Dictionary<Guid, string> ApproachTitles { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PersonItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ApproachItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ParseDates();
        var result = await audit.ListAsync(Query(), PageRequest.Create(PageNumber, 50), HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return Forbid();
        Result = result.Value!;
        await LoadListsAsync(ct);
        return Page();
    }

    /// <summary>The filtered list as CSV (UTF-8 with BOM, semicolons, for Dutch spreadsheets); the export is audited.</summary>
    public async Task<IActionResult> OnPostExporterenAsync(CancellationToken ct)
    {
        ParseDates();
        var result = await audit.ExportAsync(Query(), HttpContext.GetActor(), ct);
        if (!result.IsOk)
            return Forbid();
        var ids = result.Value!.Where(e => e.ApproachId is not null).Select(e => e.ApproachId!.Value).Distinct().ToList();
        var titles = await db.Approaches.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        await using var buffer = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        await using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            await csv.WriteRecordAsync(["Wanneer", "Wie", "Handeling", "Soort record", "Record-id", "Aanpak", "Omschrijving", "Wijzigingen"], ct);
            foreach (var e in result.Value!)
            {
                await csv.WriteRecordAsync(
                [
                    e.At.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    e.ActorName,
                    AuditText.Verb(e.Action),
                    AuditText.Noun(e.EntityType),
                    e.EntityId ?? "",
                    e.ApproachId is { } a ? titles.GetValueOrDefault(a, "") : "",
                    e.Summary,
                    AuditService.ChangesLine(e),
                ], ct);
            }

            await csv.FlushAsync(ct);
        }

        // The audit log goes to the own organisation (the privacy officer, an auditor): accountability, a public task.
        await ledger.RecordFixedAsync(HttpContext.GetActor(), null, Core.Privacy.ExportKind.Auditlog, "csv", Core.Privacy.SharingRecipient.EigenOrganisatie,
            Core.Privacy.SharingBasis.PubliekeTaak, [new("Auditregels", result.Value!.Count)], ct);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"auditlog-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
    }

    /// <summary>The page of the record an event is about, where one exists (null otherwise).</summary>
    public string? RecordLink(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var id = e.EntityId;
        var approach = e.ApproachId;
        return e.EntityType switch
        {
            nameof(AppUser) when Guid.TryParse(id, out var user) && e.Action != AuditActions.SignInFailed => Url.Page("/Beheer/Gebruikers/Bewerken", new { id = user }),
            nameof(Approach) when Guid.TryParse(id, out var a) && e.Action != AuditActions.Delete => Url.Page("/Aanpakken/Detail", new { id = a }),
            nameof(Goal) when approach is { } a && Guid.TryParse(id, out var goal) && e.Action != AuditActions.Delete => Url.Page("/Aanpakken/Doelen/Bewerken", new { id = a, goalId = goal }),
            nameof(ApproachMember) when approach is { } a => Url.Page("/Aanpakken/Leden", new { id = a }),
            nameof(Wijkkracht.Core.Decisions.Decision) when approach is { } a => Url.Page("/Aanpakken/Beslismoment", new { id = a }),
            nameof(Wijkkracht.Core.Plans.PlanVersion) when approach is { } a => Url.Page("/Aanpakken/Plan/Index", new { id = a }),
            nameof(Wijkkracht.Core.Steps.StepProgress) when approach is { } a => Url.Page("/Aanpakken/Stappen/Index", new { id = a }),
            nameof(Wijkkracht.Core.Preconditions.PreconditionAssessment) or nameof(Wijkkracht.Core.Preconditions.PreconditionAction) when approach is { } a => Url.Page("/Aanpakken/Randvoorwaarden/Index", new { id = a }),
            nameof(Wijkkracht.Core.Areas.Area) when Guid.TryParse(id, out var area) && e.Action != AuditActions.Delete => Url.Page("/Beheer/Gebieden/Bewerken", new { id = area }),
            nameof(Wijkkracht.Core.Organisations.Organisation) => Url.Page("/Beheer/Organisatie"),
            _ => null,
        };
    }

    private AuditQuery Query() => new(
        Handeling is not null && Actions.Contains(Handeling) ? Handeling : null,
        Soort is not null && EntityTypes.Contains(Soort) ? Soort : null,
        Aanpak,
        Persoon,
        From,
        To);

    /// <summary>Reads the date filters; a date that does not parse gets a Dutch message and is left out of the filter.</summary>
    private void ParseDates()
    {
        From = Parse(Van, "van");
        To = Parse(Tot, "tot");
    }

    private DateOnly? Parse(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        ModelState.AddModelError(field, $"De datum '{value}' is niet geldig. Kies een datum, bijvoorbeeld 2026-11-30.");
        return null;
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var actor = HttpContext.GetActor();
        var ids = Result.Items.Where(e => e.ApproachId is not null).Select(e => e.ApproachId!.Value).Distinct().ToList();
        var approaches = await db.Approaches.AsNoTracking().OrderBy(a => a.Title).Select(a => new { a.Id, a.Title }).ToListAsync(ct);
        ApproachTitles = approaches.Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id, a => a.Title);
        ApproachItems = [new("Alle aanpakken", ""), .. approaches.Select(a => new SelectListItem(a.Title, a.Id.ToString(), a.Id == Aanpak))];
        var people = await db.Users.AsNoTracking().Where(u => u.OrganisationId == actor.OrganisationId).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        PersonItems = [new("Iedereen", ""), .. people.Select(p => new SelectListItem(p.DisplayName, p.Id.ToString(), p.Id == Persoon))];
    }
}
