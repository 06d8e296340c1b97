using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A line of the sharing ledger.</summary>
public sealed record SharingRecordDto(
    Guid Id, Guid? ApproachId, DateTimeOffset At, string By, ExportKind Kind, string Format, SharingRecipient Recipient, string? RecipientName,
    SharingBasis Basis, bool Pseudonymised, string? Purpose, IReadOnlyList<SharingContent> Contents)
{
    public static SharingRecordDto From(SharingRecord r) =>
        new(r.Id, r.ApproachId, r.At, r.ByName, r.Kind, r.Format, r.Recipient, r.RecipientName, r.Basis, r.Pseudonymised, r.Purpose, r.Contents);
}

/// <summary>
/// Exports of an approach for a recipient on a basis, and the sharing ledger (issue 14 §8):
/// <c>/api/v1/approaches/{id}/exports/{kind}</c>, <c>/api/v1/approaches/{id}/sharing-records</c> and
/// <c>/api/v1/organisation/sharing-records</c>.
/// </summary>
public static class SharingApi
{
    private const string Choice = " Verplicht: recipient (EigenOrganisatie, Politie, Jongerenwerk, Woningcorporatie, Stuurgroep of Anders, dan met recipientName) en basis (Convenant, Toestemming of PubliekeTaak); pseudonymise (standaard aan voor een partner) en purpose zijn niet verplicht. Alleen wat de grondslag toestaat gaat mee; elke export staat in het deelregister.";

    public static void Map(RouteGroupBuilder api)
    {
        var approach = api.MapGroup("/approaches/{id:guid}").AddEndpointFilter<ApproachAccessEndpointFilter>();
        approach.MapGet("/exports/{kind}", async (Guid id, string kind, string? recipient, string? basis, bool? pseudonymise, string? recipientName, string? purpose,
                    string? format, DateOnly? date, DateOnly? from, DateOnly? to, ApproachExportService service, HttpContext http, CancellationToken ct) =>
            {
                ExportKind? exportKind = kind switch
                {
                    "plan-of-approach" => ExportKind.Plan,
                    "progress-report" => ExportKind.Voortgang,
                    "evaluation-report" => ExportKind.Evaluatie,
                    "network" => ExportKind.Netwerk,
                    "quotes" => ExportKind.Citaten,
                    _ => null,
                };
                if (exportKind is null)
                    return ApiResults.BadRequest("kind", "Kies 'plan-of-approach', 'progress-report', 'evaluation-report', 'network' of 'quotes'.");
                return await ExportAsync(id, exportKind.Value, recipient, basis, pseudonymise, recipientName, purpose, format, date, from, to, service, http, ct);
            })
            .WithTags("Export").WithName("exportApproach")
            .WithSummary("Een export van de aanpak (kind): plan-of-approach, progress-report (from/to, standaard sinds de vorige) of evaluation-report als Word-document, network als format=csv, graphml of gexf (date: het netwerk op die dag), quotes als CSV (citaten met toestemming)." + Choice)
            .Produces(StatusCodes.Status200OK, contentType: DocxWriter.ContentType).WithProblems(400, 403, 404);
        approach.MapGet("/network/export", async (Guid id, string? recipient, string? basis, bool? pseudonymise, string? recipientName, string? purpose,
                    string? format, DateOnly? date, ApproachExportService service, HttpContext http, CancellationToken ct) =>
                await ExportAsync(id, ExportKind.Netwerk, recipient, basis, pseudonymise, recipientName, purpose, format, date, null, null, service, http, ct))
            .WithTags("Netwerk").WithName("exportNetwork")
            .WithSummary("Het netwerk exporteren (kernteam) als format=csv (edge list source,target,weight), graphml of gexf, met de cijfers per actor; hetzelfde als exports/network. Afgeschermde personen houden hun schuilnaam." + Choice)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithProblems(400, 403, 404);
        approach.MapGet("/sharing-records", async (Guid id, SharingLedgerService ledger, HttpContext http, CancellationToken ct) =>
                (await ledger.ForApproachAsync(id, http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(SharingRecordDto.From).ToList())))
            .WithTags("Privacy").WithName("listApproachSharingRecords")
            .WithSummary("Het deelregister van de aanpak, nieuwste eerst: wat er is geëxporteerd, voor wie, op welke grondslag en met welke soorten gegevens (aantallen, nooit de inhoud); voor het kernteam, de coördinator en de beheerder")
            .Produces<List<SharingRecordDto>>().WithProblems(403, 404);
        api.MapGet("/organisation/sharing-records", async (SharingLedgerService ledger, HttpContext http, CancellationToken ct) =>
                (await ledger.ForOrganisationAsync(http.GetActor(), ct)).ToApi(list => TypedResults.Ok(list.Select(SharingRecordDto.From).ToList())))
            .WithTags("Privacy").WithName("listSharingRecords")
            .WithSummary("Het deelregister van de hele organisatie (beheerder en coördinator), nieuwste eerst, de laatste 1000")
            .Produces<List<SharingRecordDto>>().WithProblems(403);
    }

    private static async Task<IResult> ExportAsync(Guid id, ExportKind kind, string? recipient, string? basis, bool? pseudonymise, string? recipientName, string? purpose,
        string? format, DateOnly? date, DateOnly? from, DateOnly? to, ApproachExportService service, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var who = ParseEnum<SharingRecipient>(recipient, "recipient", errors, "Kies voor wie de export is: EigenOrganisatie, Politie, Jongerenwerk, Woningcorporatie, Stuurgroep of Anders.");
        var why = ParseEnum<SharingBasis>(basis, "basis", errors, "Kies de grondslag: Convenant, Toestemming of PubliekeTaak.");
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, detail: "Een of meer velden zijn niet goed ingevuld.", title: "Ongeldige invoer");
        var request = new ApproachExportRequest(kind, new SharingChoice(who, why, pseudonymise, recipientName, purpose), format, from, to, date);
        return (await service.ExportAsync(id, request, http.GetActor(), ct)).ToApi(file => TypedResults.File(file.Content, file.ContentType, file.FileName));
    }

    private static T? ParseEnum<T>(string? value, string field, Dictionary<string, string[]> errors, string message)
        where T : struct, Enum
    {
        if (!string.IsNullOrWhiteSpace(value) && !value.Any(char.IsDigit) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed))
            return parsed;
        errors[field] = [message];
        return null;
    }
}
