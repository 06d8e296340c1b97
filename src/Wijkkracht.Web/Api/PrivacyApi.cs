using Wijkkracht.Core.Common;
using Wijkkracht.Core.Privacy;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Api;

/// <summary>A retention rule; <c>isDefault</c>: the organisation has not set it, the default applies. <c>version</c> null for a default.</summary>
public sealed record RetentionRuleDto(RetentionRecordType RecordType, int Months, RetentionCountFrom CountFrom, RetentionAction Action, bool IsDefault, string Description, Guid? Version)
{
    public static RetentionRuleDto From(EffectiveRetentionRule r) => new(r.RecordType, r.Months, r.CountFrom, r.Action, r.IsDefault, r.Describe(), r.Version);
}

/// <summary>The rules of the organisation, one per record type.</summary>
public sealed record RetentionRulesDto(IReadOnlyList<RetentionRuleDto> Rules);

/// <summary>One line of a preview: how many records of a type, of one approach (null: not of an approach) and one date, are due. No content.</summary>
public sealed record RetentionDueDto(RetentionRecordType RecordType, Guid? ApproachId, DateOnly RecordDate, int Count);

/// <summary>What a run on <c>today</c> would anonymise or delete.</summary>
public sealed record RetentionPreviewDto(DateOnly Today, IReadOnlyList<RetentionRuleDto> Rules, IReadOnlyList<RetentionDueDto> Items, int TotalCount);

/// <summary>A count in a run ("actoren": 3).</summary>
public sealed record RetentionCountDto(string Noun, int Count);

/// <summary>What a run did for one record type; <c>executedByApplication</c> false for the audit log (the database administrator deletes).</summary>
public sealed record RetentionRunItemDto(RetentionRecordType RecordType, RetentionAction Action, bool ExecutedByApplication, int Total, IReadOnlyList<RetentionCountDto> Counts);

/// <summary>The result of a run.</summary>
public sealed record RetentionRunDto(DateOnly Today, string Summary, IReadOnlyList<RetentionRunItemDto> Items);

/// <summary>The processing record of an approach (AVG art. 30); <c>isDraft</c>: pre-filled, not yet saved (then <c>version</c> is null).</summary>
public sealed record ProcessingRecordDto(Guid ApproachId, string Purpose, string LegalBasis, string DataSubjects, string DataCategories, string Recipients, string Retention,
    string SecurityMeasures, string Controller, bool IsDraft, Guid? Version)
{
    public static ProcessingRecordDto From(ProcessingRecordView v) => new(v.Approach.Id, v.Record.Purpose, v.Record.LegalBasis, v.Record.DataSubjects, v.Record.DataCategories,
        v.Record.Recipients, v.Record.Retention, v.Record.SecurityMeasures, v.Record.Controller, v.IsDraft, v.IsDraft ? null : v.Record.Version);
}

/// <summary>The organisation's privacy statement (Markdown); <c>isDefault</c>: the default text applies (then <c>version</c> is null).</summary>
public sealed record PrivacyStatementDto(string Markdown, bool IsDefault, Guid? Version)
{
    public static PrivacyStatementDto From(PrivacyStatementView v) => new(v.Markdown, v.IsDefault, v.Version);
}

/// <summary>/api/v1/organisation/retention, /organisation/privacy-statement and /approaches/{id}/processing-record (issue 14 §6, §9).</summary>
public static class PrivacyApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var retention = api.MapGroup("/organisation/retention").WithTags("Privacy").RequireAuthorization(Policies.For(Permission.ManageOrganisation));
        retention.MapGet("", async (RetentionService service, HttpContext http, CancellationToken ct) =>
                (await service.RulesAsync(http.GetActor(), ct)).ToApi(r => TypedResults.Ok(new RetentionRulesDto(r.Select(RetentionRuleDto.From).ToList()))))
            .WithName("getRetentionRules").WithSummary("Bewaartermijnen per soort gegevens (beheerder); zonder eigen regel geldt de standaard")
            .Produces<RetentionRulesDto>().WithProblems(403);
        retention.MapPut("", async (RetentionRulesInput body, RetentionService service, HttpContext http, CancellationToken ct) =>
                (await service.SaveRulesAsync(body, http.GetActor(), ct)).ToApi(r => TypedResults.Ok(new RetentionRulesDto(r.Select(RetentionRuleDto.From).ToList()))))
            .WithName("saveRetentionRules").WithSummary("Bewaartermijnen opslaan (beheerder): per soort het aantal maanden (1–240) en vanaf wanneer; wat er daarna gebeurt ligt per soort vast; version van een eigen regel verplicht")
            .Produces<RetentionRulesDto>().WithProblems(400, 403, 409);
        retention.MapGet("/preview", async (RetentionService service, HttpContext http, CancellationToken ct) =>
                (await service.PreviewAsync(http.GetActor(), ct)).ToApi(p => TypedResults.Ok(new RetentionPreviewDto(p.Today, p.Rules.Select(RetentionRuleDto.From).ToList(),
                    p.Due.Select(d => new RetentionDueDto(d.RecordType, d.ApproachId, d.RecordDate, d.Count)).ToList(), p.Due.Sum(d => d.Count)))))
            .WithName("previewRetention").WithSummary("Proefrun: wat nu geanonimiseerd of verwijderd zou worden, per soort, aanpak en datum (aantallen, nooit de inhoud)")
            .Produces<RetentionPreviewDto>().WithProblems(403);
        retention.MapPost("/run", async (RetentionService service, HttpContext http, CancellationToken ct) =>
                (await service.RunAsync(http.GetActor(), ct)).ToApi(r => TypedResults.Ok(new RetentionRunDto(r.Today, r.Describe(),
                    r.Results.Select(x => new RetentionRunItemDto(x.RecordType, x.Action, x.ExecutedByApplication, x.Total, x.Counts.Select(c => new RetentionCountDto(c.Noun, c.Count)).ToList())).ToList()))))
            .WithName("runRetention").WithSummary("Bewaartermijnen nu toepassen (beheerder); per soort één regel in het auditlogboek met de aantallen")
            .Produces<RetentionRunDto>().WithProblems(403);

        var statement = api.MapGroup("/organisation/privacy-statement").WithTags("Privacy").RequireAuthorization(Policies.For(Permission.ManageOrganisation));
        statement.MapGet("", async (PrivacyStatementService service, HttpContext http, CancellationToken ct) =>
                (await service.GetForEditAsync(http.GetActor(), ct)).ToApi(s => TypedResults.Ok(PrivacyStatementDto.From(s))))
            .WithName("getPrivacyStatement").WithSummary("De privacyverklaring van de organisatie in Markdown (beheerder); openbaar te lezen op /privacy")
            .Produces<PrivacyStatementDto>().WithProblems(403);
        statement.MapPut("", async (PrivacyStatementInput body, PrivacyStatementService service, HttpContext http, CancellationToken ct) =>
                (await service.SaveAsync(body, http.GetActor(), ct)).ToApi(s => TypedResults.Ok(PrivacyStatementDto.From(s))))
            .WithName("savePrivacyStatement").WithSummary("Privacyverklaring opslaan (beheerder); version verplicht zodra er een eigen tekst is")
            .Produces<PrivacyStatementDto>().WithProblems(400, 403, 409);

        var record = api.MapGroup("/approaches/{id:guid}/processing-record").WithTags("Privacy").AddEndpointFilter<ApproachAccessEndpointFilter>();
        record.MapGet("", async (Guid id, ProcessingRecordService service, HttpContext http, CancellationToken ct) =>
                (await service.GetAsync(id, http.GetActor(), ct)).ToApi(v => TypedResults.Ok(ProcessingRecordDto.From(v))))
            .WithName("getProcessingRecord").WithSummary("Verwerkingsregister van de aanpak (AVG artikel 30); zonder opgeslagen versie een concept uit de aanpak")
            .Produces<ProcessingRecordDto>().WithProblems(403, 404);
        record.MapPut("", async (Guid id, ProcessingRecordInput body, ProcessingRecordService service, HttpContext http, CancellationToken ct) =>
            {
                var actor = http.GetActor();
                var saved = await service.SaveAsync(id, body, actor, ct);
                return saved.IsOk ? (await service.GetAsync(id, actor, ct)).ToApi(v => TypedResults.Ok(ProcessingRecordDto.From(v))) : saved.ToApi(_ => TypedResults.Ok());
            })
            .WithName("saveProcessingRecord").WithSummary("Verwerkingsregister vaststellen of wijzigen (beheerder); version verplicht na de eerste keer")
            .Produces<ProcessingRecordDto>().WithProblems(400, 403, 404, 409);
        record.MapGet("/document", async (Guid id, ProcessingRecordService service, HttpContext http, CancellationToken ct) =>
                (await service.WordAsync(id, http.GetActor(), ct)).ToApi(bytes => TypedResults.File(bytes, DocxWriter.ContentType, "verwerkingsregister.docx")))
            .WithName("exportProcessingRecord").WithSummary("Verwerkingsregister als Word-document; de export wordt gelogd")
            .Produces(StatusCodes.Status200OK, contentType: DocxWriter.ContentType).WithProblems(403, 404);
    }
}
