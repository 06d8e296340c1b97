using System.Globalization;
using System.Text;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Privacy;

/// <summary>What to export from an approach, and for whom.</summary>
public sealed record ApproachExportRequest(ExportKind? Kind, SharingChoice Choice, string? Format = null, DateOnly? From = null, DateOnly? To = null, DateOnly? NetworkDate = null);

/// <summary>An exported file with its ledger line.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName, SharingRecord Ledger);

/// <summary>
/// Every export of an approach that leaves Wijkkracht (issue 14 §8): the plan, progress and evaluation reports in Word,
/// the network file and the quotes with consent. Checks the choice against <see cref="SharingPolicy"/>, builds the export
/// within what the recipient may see (<see cref="Actor.VisibilityCeiling"/>), replaces names by pseudonyms when asked
/// (<see cref="Pseudonymiser"/>) and writes a line in the sharing ledger with the record types and counts.
/// </summary>
public sealed class ApproachExportService(
    WijkkrachtDbContext db, ReportService reports, EvaluationReportService evaluation, NetworkExportService network,
    ConversationService conversations, SharingLedgerService ledger, TimeProvider time)
{
    /// <summary>The export kinds of an approach, in the order of the form.</summary>
    public static readonly ExportKind[] Kinds = [ExportKind.Voortgang, ExportKind.Plan, ExportKind.Evaluatie, ExportKind.Netwerk, ExportKind.Citaten];

    public async Task<Result<ExportFile>> ExportAsync(Guid approachId, ApproachExportRequest request, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (request.Kind is not { } kind || !Kinds.Contains(kind))
        {
            var missing = new ValidationErrors();
            missing.Add("Kind", "Kies wat u wilt exporteren.");
            return Result<ExportFile>.Invalid(missing);
        }

        var (scope, errors) = SharingPolicy.Resolve(request.Choice, kind);
        if (scope is null)
            return Result<ExportFile>.Invalid(errors);
        var reader = actor with { VisibilityCeiling = scope.Ceiling };
        var names = scope.Pseudonymise ? await Pseudonymiser.ForApproachAsync(db, approachId, ct) : Pseudonymiser.None;
        var today = time.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        switch (kind)
        {
            case ExportKind.Plan or ExportKind.Voortgang:
                {
                    ReportPeriod? period = null;
                    if (kind == ExportKind.Voortgang)
                    {
                        var checkedPeriod = ReportPeriod.Validate(request.From, request.To, PlausibleDates.Today(time), await reports.DefaultPeriodAsync(approachId, ct));
                        if (!checkedPeriod.IsOk)
                            return Result<ExportFile>.Invalid(ToErrors(checkedPeriod.Errors));
                        period = checkedPeriod.Value;
                    }

                    var built = await reports.BuildAsync(approachId, kind == ExportKind.Plan ? ReportKind.Plan : ReportKind.Progress, reader, export: true, period, ct);
                    if (!built.IsOk)
                        return Result<ExportFile>.Denied(built.Status);
                    var report = Pseudonymise(built.Value!, names);
                    var name = kind == ExportKind.Plan ? "plan-van-aanpak" : "voortgangsrapportage";
                    return await DoneAsync(DocxWriter.Write(report), DocxWriter.ContentType, $"{name}-{today}.docx", "docx", Contents(report));
                }

            case ExportKind.Evaluatie:
                {
                    var built = await evaluation.BuildAsync(approachId, reader, export: true, ct);
                    if (!built.IsOk)
                        return Result<ExportFile>.Denied(built.Status);
                    var report = Pseudonymise(built.Value!.Report, names);
                    return await DoneAsync(DocxWriter.Write(report), DocxWriter.ContentType, $"evaluatierapport-{today}.docx", "docx", Contents(report));
                }

            case ExportKind.Netwerk:
                {
                    var file = await network.ExportAsync(approachId, request.Format, request.NetworkDate, scope.Pseudonymise, reader, ct);
                    if (file.Status == ResultStatus.Invalid)
                        return Result<ExportFile>.Invalid(ToErrors(file.Errors));

                    if (!file.IsOk)
                        return Result<ExportFile>.Denied(file.Status);
                    var f = file.Value!;
                    return await DoneAsync(Encoding.UTF8.GetBytes(f.Content), f.ContentType, f.FileName, Path.GetExtension(f.FileName).TrimStart('.'),
                        [new("Actoren", f.Actors - f.Persons), new("Personen", f.Persons), new("Verbindingen", f.Ties)]);
                }

            default:
                {
                    var quotes = await conversations.ConsentedQuotesAsync(approachId, reader, ct);
                    if (!quotes.IsOk)
                        return Result<ExportFile>.Denied(quotes.Status);
                    var csv = new StringBuilder("Datum;Waar of hoe;Gesprekspartner;Citaat\r\n");
                    foreach (var quote in quotes.Value!)
                        csv.Append(CultureInfo.InvariantCulture, $"{quote.Date:yyyy-MM-dd};{Cell(ConversationLabels.For(quote.Setting))};{Cell(ConversationLabels.For(quote.PartnerCategory))};{Cell(names.Apply(quote.Text))}\r\n");
                    var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
                    return await DoneAsync(bytes, "text/csv; charset=utf-8", "citaten-met-toestemming.csv", "csv",
                        [new("Gesprekken", quotes.Value!.Select(q => q.ConversationId).Distinct().Count()), new("Citaten", quotes.Value!.Count)]);
                }
        }

        async Task<Result<ExportFile>> DoneAsync(byte[] content, string contentType, string fileName, string format, IReadOnlyList<SharingContent> contents)
        {
            var line = ledger.Add(actor, approachId, kind, format, scope, contents);
            await db.SaveChangesAsync(ct);
            return Result<ExportFile>.Ok(new ExportFile(content, contentType, fileName, line));
        }
    }

    private static ValidationErrors ToErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        var result = new ValidationErrors();
        foreach (var (field, messages) in errors)
            result.Add(field, messages[0]);
        return result;
    }

    /// <summary>Per section of a report: its title and how many rows (or fields) it holds.</summary>
    private static List<SharingContent> Contents(ApproachReport report) =>
        report.Sections.Select(s => new SharingContent(s.Title, s.TableRows is { Count: > 0 } rows ? rows.Count : s.Fields.Count)).ToList();

    /// <summary>The report with every string passed through <paramref name="names"/>.</summary>
    public static ApproachReport Pseudonymise(ApproachReport report, Pseudonymiser names)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
            return report;
        return report with
        {
            Title = names.Apply(report.Title),
            Subtitle = names.Apply(report.Subtitle),
            Sections = report.Sections.Select(s => s with
            {
                Title = names.Apply(s.Title),
                Intro = s.Intro is null ? null : names.Apply(s.Intro),
                Fields = s.Fields.Select(f => (names.Apply(f.Label), names.Apply(f.Value))).ToList(),
                TableHeader = s.TableHeader,
                TableRows = s.TableRows?.Select(r => (IReadOnlyList<string>)r.Select(names.Apply).ToList()).ToList(),
                Chart = s.Chart is null ? null : s.Chart with { Title = names.Apply(s.Chart.Title), Categories = s.Chart.Categories.Select(names.Apply).ToList() },
            }).ToList(),
        };
    }

    /// <summary>A CSV cell: quoted, and a leading formula character neutralised (spreadsheet injection).</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
