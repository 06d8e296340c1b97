using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Audit;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Reports;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Privacy;

/// <summary>Input for the processing record.</summary>
public sealed class ProcessingRecordInput
{
    public string? Purpose { get; set; }

    public string? LegalBasis { get; set; }

    public string? DataSubjects { get; set; }

    public string? DataCategories { get; set; }

    public string? Recipients { get; set; }

    public string? Retention { get; set; }

    public string? SecurityMeasures { get; set; }

    public string? Controller { get; set; }

    /// <summary>The stored record's version; null for the first save of a draft.</summary>
    public Guid? Version { get; set; }

    public static ProcessingRecordInput From(ProcessingRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Record;
        return new()
        {
            Purpose = r.Purpose,
            LegalBasis = r.LegalBasis,
            DataSubjects = r.DataSubjects,
            DataCategories = r.DataCategories,
            Recipients = r.Recipients,
            Retention = r.Retention,
            SecurityMeasures = r.SecurityMeasures,
            Controller = r.Controller,
            Version = view.IsDraft ? null : r.Version,
        };
    }
}

/// <summary>The record as shown: stored, or a draft pre-filled from the approach (<see cref="IsDraft"/>).</summary>
public sealed record ProcessingRecordView(Approach Approach, string OrganisationName, ProcessingRecord Record, bool IsDraft, bool CanEdit, IReadOnlyList<string> RecordTypesHeld);

/// <summary>
/// The processing register per approach (issue 14 §9; AVG art. 30): read by whoever may read the approach's plan
/// (and the Beheerder, audited like every oversight read); changed only by the Beheerder. Until it is saved, a draft is
/// pre-filled from the approach: its title, area and issue, the kinds of personal data it actually holds, and the
/// organisation's retention rules. Exported as Word (audited) and shown as a print page.
/// </summary>
public sealed class ProcessingRecordService(WijkkrachtDbContext db, ApproachService approaches, RetentionService retention, AuditService audit, TimeProvider time)
{
    public async Task<Result<ProcessingRecordView>> GetAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<ProcessingRecordView>.NotFound();
        if (!access.Has(ApproachPermission.ViewPlan))
            return Result<ProcessingRecordView>.Forbidden("U kunt het verwerkingsregister van deze aanpak niet inzien.");
        var held = await RecordTypesHeldAsync(approachId, ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == actor.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        var stored = await db.Set<ProcessingRecord>().AsNoTracking().FirstOrDefaultAsync(p => p.ApproachId == approachId, ct);
        var record = stored ?? await DraftAsync(access.Approach, organisation, held, ct);
        return Result<ProcessingRecordView>.Ok(new ProcessingRecordView(access.Approach, organisation, record, stored is null, actor.Can(Permission.ManageOrganisation), held));
    }

    public async Task<Result<ProcessingRecord>> SaveAsync(Guid approachId, ProcessingRecordInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access || !access.Has(ApproachPermission.View))
            return Result<ProcessingRecord>.NotFound();
        if (!actor.Can(Permission.ManageOrganisation))
            return Result<ProcessingRecord>.Forbidden("Alleen een beheerder wijzigt het verwerkingsregister.");
        var record = await db.Set<ProcessingRecord>().FirstOrDefaultAsync(p => p.ApproachId == approachId, ct);
        if (record is not null && VersionedSave.MissingVersionResult<ProcessingRecord>(input.Version) is { } missing)
            return missing;
        var errors = new ValidationErrors();
        var values = new ProcessingRecord
        {
            Purpose = Text(errors, nameof(input.Purpose), input.Purpose, "het doel van de verwerking", required: true),
            LegalBasis = Text(errors, nameof(input.LegalBasis), input.LegalBasis, "de grondslag", required: true),
            DataSubjects = Text(errors, nameof(input.DataSubjects), input.DataSubjects, "om wie het gaat", required: true),
            DataCategories = Text(errors, nameof(input.DataCategories), input.DataCategories, "welke gegevens", required: true),
            Recipients = Text(errors, nameof(input.Recipients), input.Recipients, "de ontvangers", required: false),
            Retention = Text(errors, nameof(input.Retention), input.Retention, "de bewaartermijnen", required: true),
            SecurityMeasures = Text(errors, nameof(input.SecurityMeasures), input.SecurityMeasures, "de beveiliging", required: true),
            Controller = Text(errors, nameof(input.Controller), input.Controller, "de verantwoordelijke en het contact", required: true),
        };
        if (errors.Any)
            return Result<ProcessingRecord>.Invalid(errors);
        var isNew = record is null;
        record ??= new ProcessingRecord { ApproachId = approachId, OrganisationId = actor.OrganisationId };
        record.Purpose = values.Purpose;
        record.LegalBasis = values.LegalBasis;
        record.DataSubjects = values.DataSubjects;
        record.DataCategories = values.DataCategories;
        record.Recipients = values.Recipients;
        record.Retention = values.Retention;
        record.SecurityMeasures = values.SecurityMeasures;
        record.Controller = values.Controller;
        if (isNew)
        {
            db.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Result<ProcessingRecord>.Conflict(Messages.ConcurrencyConflict);
            }

            return Result<ProcessingRecord>.Ok(record);
        }

        return await db.SaveVersionedAsync(record, input.Version!.Value, record, ct);
    }

    /// <summary>The record as a Word document; the export is audited.</summary>
    public async Task<Result<byte[]>> WordAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        var view = await GetAsync(approachId, actor, ct);
        if (!view.IsOk)
            return view.Status == ResultStatus.NotFound ? Result<byte[]>.NotFound() : Result<byte[]>.Forbidden(view.Message ?? "");
        audit.Add(actor, AuditActions.Export, nameof(ProcessingRecord), view.Value!.Record.Id.ToString(), approachId, "Verwerkingsregister geëxporteerd (Word)");
        await db.SaveChangesAsync(ct);
        return Result<byte[]>.Ok(DocxWriter.Write(Report(view.Value!, actor.DisplayName, time.GetUtcNow())));
    }

    /// <summary>The fields in AVG art. 30 order with their Dutch labels.</summary>
    public static IReadOnlyList<(string Label, string Value)> Fields(ProcessingRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return
        [
            ("Doel van de verwerking", r.Purpose),
            ("Grondslag", r.LegalBasis),
            ("Om wie gaat het (categorieën betrokkenen)", r.DataSubjects),
            ("Welke gegevens (categorieën persoonsgegevens)", r.DataCategories),
            ("Ontvangers", string.IsNullOrWhiteSpace(r.Recipients) ? "Geen" : r.Recipients),
            ("Bewaartermijnen", r.Retention),
            ("Beveiligingsmaatregelen", r.SecurityMeasures),
            ("Verwerkingsverantwoordelijke en contact", r.Controller),
        ];
    }

    public static ApproachReport Report(ProcessingRecordView view, string createdBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(view);
        var section = new ReportSection("Verwerking (AVG artikel 30)", Fields(view.Record),
            Intro: view.IsDraft ? "Concept: nog niet vastgesteld door de beheerder." : null);
        return new ApproachReport($"Verwerkingsregister: {view.Approach.Title}", $"{view.OrganisationName} · {view.Approach.Area?.Name}", at, createdBy, [section]);
    }

    /// <summary>Which kinds of personal data the approach holds now (Dutch labels).</summary>
    public async Task<IReadOnlyList<string>> RecordTypesHeldAsync(Guid approachId, CancellationToken ct)
    {
        var held = new List<string>();
        if (await db.Set<Observation>().AnyAsync(o => o.ApproachId == approachId, ct))
            held.Add("waarnemingen in de wijk (plek, tijd, groepen, vrije tekst die personen kan noemen)");
        if (await db.Set<Conversation>().AnyAsync(c => c.ApproachId == approachId, ct))
            held.Add("gesprekken met bewoners en partners, met citaten (met toestemming)");
        if (await db.Set<NetworkActor>().AnyAsync(a => a.ApproachId == approachId, ct))
            held.Add("personen en organisaties in het netwerk met hun rollen en relaties (beschermde personen onder pseudoniem)");
        if (await db.Set<ContactLogEntry>().AnyAsync(c => c.ApproachId == approachId, ct))
            held.Add("contactmomenten met personen uit het netwerk");
        held.Add("leden van de aanpak: naam, e-mailadres, rol");
        return held;
    }

    private async Task<ProcessingRecord> DraftAsync(Approach approach, string organisation, IReadOnlyList<string> held, CancellationToken ct)
    {
        var rules = await retention.RulesForAsync(approach.OrganisationId, ct);
        var area = approach.Area?.Name ?? "het gebied";
        return new ProcessingRecord
        {
            OrganisationId = approach.OrganisationId,
            ApproachId = approach.Id,
            Purpose = $"Uitvoeren van de wijkaanpak '{approach.Title}' in {area}: samen met partners en bewoners de wijk weerbaarder maken."
                + (string.IsNullOrWhiteSpace(approach.Issue) ? "" : $" Vraagstuk: {approach.Issue.Trim()}"),
            LegalBasis = "Uitvoering van een taak van algemeen belang (AVG artikel 6 lid 1 onder e), op grond van de Gemeentewet. Gegevens over mogelijke strafbare feiten (AVG artikel 10) alleen voor zover de samenwerking met politie en partners dat vraagt en binnen het convenant.",
            DataSubjects = "Bewoners van " + area + ", jongeren (onder pseudoniem), sleutelpersonen en actieve bewoners, medewerkers van de gemeente en van partners.",
            DataCategories = "Deze aanpak bevat nu: " + string.Join("; ", held) + ".",
            Recipients = "Leden van de aanpak binnen " + organisation + " en de partners die aan de aanpak deelnemen, ieder alleen wat de rol en de zichtbaarheid van een gegeven toelaten. Geen verstrekking buiten de EER.",
            Retention = string.Join("\n", rules.Select(r => $"{RetentionLabels.For(r.RecordType)}: {r.Describe()}.")),
            SecurityMeasures = "Toegang alleen voor leden van de aanpak met een rol; gescheiden gegevens per gemeente; tweestapsverificatie mogelijk of verplicht; elke inzage in persoonsgegevens en elke export in een logboek dat niet te wijzigen is; beschermde personen onder pseudoniem; versleutelde verbinding.",
            Controller = $"College van burgemeester en wethouders van {organisation}. Contact: de functionaris gegevensbescherming van de gemeente.",
        };
    }

    private static string Text(ValidationErrors errors, string field, string? value, string what, bool required)
    {
        var text = TextInput.Clean(value ?? "").Trim();
        if (required && text.Length == 0)
            errors.Add(field, $"Vul {what} in.");
        else if (text.Length > PrivacyDefaults.Field)
            errors.Add(field, $"Gebruik voor {what} maximaal {PrivacyDefaults.Field} tekens.");
        return text;
    }
}
