using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Privacy;

/// <summary>For whom an export or report is made (issue 14 §8).</summary>
public enum SharingRecipient
{
    /// <summary>For use within the own organisation (the municipality itself, the privacy officer).</summary>
    EigenOrganisatie = 1,
    Politie = 2,
    Jongerenwerk = 3,
    Woningcorporatie = 4,
    Stuurgroep = 5,
    /// <summary>Another partner, named in <see cref="SharingRecord.RecipientName"/>.</summary>
    Anders = 6,
    /// <summary>The person the data is about (a request under AVG art. 15, or the own-data download).</summary>
    Betrokkene = 7,
    /// <summary>The residents of the neighbourhood (a printed or mailed buurtbericht).</summary>
    Bewoners = 8,
}

/// <summary>On what basis the data is shared.</summary>
public enum SharingBasis
{
    /// <summary>A covenant between the partners (e.g. a RIEC or veiligheidshuis covenant).</summary>
    Convenant = 1,
    /// <summary>Consent of the people in the data.</summary>
    Toestemming = 2,
    /// <summary>The municipality's public task (AVG art. 6(1)(e)); only what needs no personal data.</summary>
    PubliekeTaak = 3,
    /// <summary>A request of the person concerned (AVG art. 15 and 20).</summary>
    VerzoekBetrokkene = 4,
}

/// <summary>What an approach export contains.</summary>
public enum ExportKind
{
    Plan = 1,
    Voortgang = 2,
    Evaluatie = 3,
    Netwerk = 4,
    Citaten = 5,
    Buurtbericht = 6,
    Auditlog = 7,
    Betrokkene = 8,
    EigenGegevens = 9,
}

/// <summary>
/// One line of the sharing ledger: an export or report that left Wijkkracht, for whom, on what basis and with what in it
/// (record types and counts, never the content). Written in the same transaction as the export's audit event; never
/// edited.
/// </summary>
public sealed class SharingRecord : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>The approach the export is about; null for organisation-wide exports (audit log, a person's data).</summary>
    public Guid? ApproachId { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? ByUserId { get; set; }

    public string ByName { get; set; } = "";

    public ExportKind Kind { get; set; }

    /// <summary>The file format ("docx", "csv", "graphml", …).</summary>
    public string Format { get; set; } = "";

    public SharingRecipient Recipient { get; set; }

    /// <summary>The recipient's name, required for <see cref="SharingRecipient.Anders"/>, optional otherwise.</summary>
    public string? RecipientName { get; set; }

    public SharingBasis Basis { get; set; }

    /// <summary>Why it is shared, in the exporter's words (optional).</summary>
    public string? Purpose { get; set; }

    /// <summary>Whether names of people were replaced by pseudonyms.</summary>
    public bool Pseudonymised { get; set; }

    /// <summary>What was in it: record types and counts as JSON (<see cref="SharingContent"/>).</summary>
    public string ContentsJson { get; set; } = "[]";

    public IReadOnlyList<SharingContent> Contents =>
        JsonSerializer.Deserialize<List<SharingContent>>(ContentsJson) ?? [];
}

/// <summary>One record type in an export and how many of it.</summary>
public sealed record SharingContent(string RecordType, int Count);

/// <summary>EF mapping of <see cref="SharingRecord"/>.</summary>
public sealed class SharingRecordConfiguration : IEntityTypeConfiguration<SharingRecord>
{
    public void Configure(EntityTypeBuilder<SharingRecord> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Recipient).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Basis).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Format).HasMaxLength(10);
        builder.Property(r => r.ByName).HasMaxLength(200);
        builder.Property(r => r.RecipientName).HasMaxLength(200);
        builder.Property(r => r.Purpose).HasMaxLength(500);
        builder.Ignore(r => r.Contents);
        builder.HasOne<Approach>().WithMany().HasForeignKey(r => r.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganisationId, r.At });
        builder.HasIndex(r => new { r.ApproachId, r.At });
    }
}

/// <summary>What the exporter chose: for whom, on what basis, pseudonymised or not, and why.</summary>
public sealed record SharingChoice(SharingRecipient? Recipient, SharingBasis? Basis, bool? Pseudonymise = null, string? RecipientName = null, string? Purpose = null);

/// <summary>What an export for one recipient on one basis may contain and how.</summary>
public sealed record SharingScope(SharingRecipient Recipient, SharingBasis Basis, bool Pseudonymise, VisibilityAccess? Ceiling, string? RecipientName, string? Purpose);

/// <summary>
/// The rules for sharing (issue 14 §8). The own organisation may take what the exporter sees. A partner (police, youth
/// work, housing corporation, stuurgroep, another) gets only records shared with partners of that kind (the visibility
/// model, ADR 0005) and, by default, pseudonyms instead of names:
/// <list type="bullet">
/// <item>on a <b>covenant</b> every export kind; names only when the exporter switches pseudonymisation off;</item>
/// <item>on <b>consent</b> the reports and the quotes people agreed to share; no network (consent is per person);</item>
/// <item>on the <b>public task</b> only the reports, always pseudonymised: no network and no quotes.</item>
/// </list>
/// </summary>
public static class SharingPolicy
{
    /// <summary>The recipients a person can choose in an export form (the others are set by the export itself).</summary>
    public static readonly SharingRecipient[] Choosable =
        [SharingRecipient.EigenOrganisatie, SharingRecipient.Politie, SharingRecipient.Jongerenwerk, SharingRecipient.Woningcorporatie, SharingRecipient.Stuurgroep, SharingRecipient.Anders];

    /// <summary>The bases a person can choose in an export form.</summary>
    public static readonly SharingBasis[] ChoosableBases = [SharingBasis.Convenant, SharingBasis.Toestemming, SharingBasis.PubliekeTaak];

    public static bool IsPartner(SharingRecipient recipient) =>
        recipient is SharingRecipient.Politie or SharingRecipient.Jongerenwerk or SharingRecipient.Woningcorporatie or SharingRecipient.Stuurgroep or SharingRecipient.Anders;

    /// <summary>The most a recipient may see of records with a visibility level; null for the own organisation (what the exporter sees).</summary>
    public static VisibilityAccess? CeilingFor(SharingRecipient recipient) => recipient switch
    {
        SharingRecipient.Politie => new VisibilityAccess(false, true, PartnerType.Politie),
        SharingRecipient.Jongerenwerk => new VisibilityAccess(false, true, PartnerType.Jongerenwerk),
        SharingRecipient.Woningcorporatie => new VisibilityAccess(false, true, PartnerType.Corporatie),
        SharingRecipient.Stuurgroep or SharingRecipient.Anders => new VisibilityAccess(false, true, PartnerType.Geen),
        _ => null,
    };

    /// <summary>Whether <paramref name="basis"/> allows sharing <paramref name="kind"/> with a partner.</summary>
    public static bool Allows(SharingBasis basis, ExportKind kind) => basis switch
    {
        SharingBasis.Convenant => true,
        SharingBasis.Toestemming => kind is not ExportKind.Netwerk,
        SharingBasis.PubliekeTaak => kind is ExportKind.Plan or ExportKind.Voortgang or ExportKind.Evaluatie or ExportKind.Buurtbericht,
        _ => false,
    };

    /// <summary>Checks the choice for an export of <paramref name="kind"/>; the scope, or the errors in Dutch by field.</summary>
    public static (SharingScope? Scope, ValidationErrors Errors) Resolve(SharingChoice? choice, ExportKind kind)
    {
        var errors = new ValidationErrors();
        if (choice?.Recipient is not { } recipient || !Choosable.Contains(recipient))
            errors.Add("Recipient", "Kies voor wie de export is.");
        if (choice?.Basis is not { } basis || !ChoosableBases.Contains(basis))
            errors.Add("Basis", "Kies op welke grondslag u de gegevens deelt.");
        var name = string.IsNullOrWhiteSpace(choice?.RecipientName) ? null : choice.RecipientName.Trim();
        var purpose = string.IsNullOrWhiteSpace(choice?.Purpose) ? null : choice.Purpose.Trim();
        if (choice?.Recipient == SharingRecipient.Anders && name is null)
            errors.Add("RecipientName", "Vul in voor welke organisatie de export is.");
        if (name is { Length: > 200 })
            errors.Add("RecipientName", "Gebruik voor de naam van de ontvanger ten hoogste 200 tekens.");
        if (purpose is { Length: > 500 })
            errors.Add("Purpose", "Gebruik voor het doel ten hoogste 500 tekens.");
        if (errors.Any)
            return (null, errors);

        var partner = IsPartner(choice!.Recipient!.Value);
        if (partner && !Allows(choice.Basis!.Value, kind))
            errors.Add("Basis", choice.Basis == SharingBasis.PubliekeTaak
                ? "Op grond van de publieke taak deelt u met een partner alleen de rapportages, zonder namen. Voor het netwerk of citaten is een convenant of toestemming nodig."
                : "Het netwerk deelt u niet op grond van toestemming: daarvoor is toestemming van iedere persoon in het netwerk nodig. Deel het op grond van een convenant.");
        var pseudonymise = choice.Pseudonymise ?? partner;
        if (partner && !pseudonymise && choice.Basis == SharingBasis.PubliekeTaak)
            errors.Add("Pseudonymise", "Op grond van de publieke taak gaan er geen namen naar een partner. Laat 'Namen vervangen door schuilnamen' aan staan.");
        if (errors.Any)
            return (null, errors);
        return (new SharingScope(choice.Recipient.Value, choice.Basis!.Value, pseudonymise, CeilingFor(choice.Recipient.Value), name, purpose), errors);
    }
}

/// <summary>Dutch labels of the sharing choices.</summary>
public static class SharingLabels
{
    public static string For(SharingRecipient recipient) => recipient switch
    {
        SharingRecipient.EigenOrganisatie => "Eigen organisatie",
        SharingRecipient.Politie => "Politie",
        SharingRecipient.Jongerenwerk => "Jongerenwerk",
        SharingRecipient.Woningcorporatie => "Woningcorporatie",
        SharingRecipient.Stuurgroep => "Stuurgroep",
        SharingRecipient.Anders => "Andere partner",
        SharingRecipient.Betrokkene => "De betrokkene zelf",
        SharingRecipient.Bewoners => "Bewoners van de wijk",
        _ => recipient.ToString(),
    };

    public static string For(SharingBasis basis) => basis switch
    {
        SharingBasis.Convenant => "Convenant",
        SharingBasis.Toestemming => "Toestemming",
        SharingBasis.PubliekeTaak => "Publieke taak",
        SharingBasis.VerzoekBetrokkene => "Verzoek van de betrokkene (AVG art. 15)",
        _ => basis.ToString(),
    };

    public static string For(ExportKind kind) => kind switch
    {
        ExportKind.Plan => "Plan van aanpak (Word)",
        ExportKind.Voortgang => "Voortgangsrapportage (Word)",
        ExportKind.Evaluatie => "Evaluatierapport (Word)",
        ExportKind.Netwerk => "Netwerk (CSV, GraphML of GEXF)",
        ExportKind.Citaten => "Citaten met toestemming (CSV)",
        ExportKind.Buurtbericht => "Buurtbericht (HTML)",
        ExportKind.Auditlog => "Auditlogboek (CSV)",
        ExportKind.Betrokkene => "Gegevens van een betrokkene (ZIP)",
        ExportKind.EigenGegevens => "Eigen gegevens (JSON)",
        _ => kind.ToString(),
    };

    /// <summary>The basis explained in one sentence, for the export form.</summary>
    public static string Explain(SharingBasis basis) => basis switch
    {
        SharingBasis.Convenant => "Er is een convenant met deze partner. Alle exports mogen; namen worden vervangen door schuilnamen, tenzij u dat uitzet.",
        SharingBasis.Toestemming => "De mensen in de gegevens hebben toestemming gegeven. Rapportages en citaten mogen, het netwerk niet.",
        SharingBasis.PubliekeTaak => "De gemeente deelt voor haar publieke taak. Met een partner alleen rapportages, altijd met schuilnamen.",
        _ => "",
    };
}

/// <summary>
/// Replaces the names of the people in an approach's data by pseudonyms: network persons ("Persoon 3F2A", after the
/// actor's id, the same in every export) and network members, the residents with an account ("Bewoner 9C01"). Longer
/// names are replaced first, whole words only, ignoring case. Professionals' names stay: they act in their role.
/// </summary>
public sealed class Pseudonymiser
{
    private readonly List<(Regex Pattern, string Pseudonym)> _names;

    public static readonly Pseudonymiser None = new([]);

    public Pseudonymiser(IEnumerable<(string Name, string Pseudonym)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names.Where(n => n.Name.Trim().Length >= 2)
            .GroupBy(n => n.Name.Trim(), StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .OrderByDescending(n => n.Name.Length)
            .Select(n => (new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(n.Name.Trim()) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), n.Pseudonym))
            .ToList();
    }

    public int Count => _names.Count;

    public static string PersonPseudonym(Guid actorId) => "Persoon " + actorId.ToString("N")[..4].ToUpperInvariant();

    public static string MemberPseudonym(Guid userId) => "Bewoner " + userId.ToString("N")[..4].ToUpperInvariant();

    /// <summary>The text with every known name replaced.</summary>
    public string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text) || _names.Count == 0)
            return text ?? "";
        foreach (var (pattern, pseudonym) in _names)
            text = pattern.Replace(text, pseudonym);
        return text;
    }

    /// <summary>The names of the approach's network persons and network members, with their pseudonyms.</summary>
    public static async Task<Pseudonymiser> ForApproachAsync(WijkkrachtDbContext db, Guid approachId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var persons = await db.Set<NetworkActor>().AsNoTracking().Where(a => a.ApproachId == approachId && a.Kind == ActorKind.Persoon)
            .Select(a => new { a.Id, a.DisplayName }).ToListAsync(ct);
        var members = await db.Set<ApproachMember>().AsNoTracking().Where(m => m.ApproachId == approachId && m.Role == ApproachRole.Netwerklid)
            .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return new Pseudonymiser(persons.Select(p => (p.DisplayName, PersonPseudonym(p.Id)))
            .Concat(members.Select(m => (m.DisplayName, MemberPseudonym(m.Id)))));
    }
}

/// <summary>Writes and reads the sharing ledger. Writing is left to the caller's save, so a ledger line and its export go together.</summary>
public sealed class SharingLedgerService(WijkkrachtDbContext db, ApproachService approaches, TimeProvider time)
{
    /// <summary>Adds a ledger line (saved with the caller's next SaveChanges).</summary>
    public SharingRecord Add(Actor actor, Guid? approachId, ExportKind kind, string format, SharingScope scope, IEnumerable<SharingContent> contents)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(scope);
        var record = new SharingRecord
        {
            OrganisationId = actor.OrganisationId,
            ApproachId = approachId,
            At = time.GetUtcNow(),
            ByUserId = actor.UserId,
            ByName = actor.DisplayName,
            Kind = kind,
            Format = format,
            Recipient = scope.Recipient,
            RecipientName = scope.RecipientName,
            Basis = scope.Basis,
            Purpose = scope.Purpose,
            Pseudonymised = scope.Pseudonymise,
            ContentsJson = JsonSerializer.Serialize(contents.Where(c => c.Count > 0).ToList()),
        };
        db.Add(record);
        return record;
    }

    /// <summary>A ledger line for an export whose recipient and basis follow from what it is (a person's own data, a buurtbericht).</summary>
    public SharingRecord AddFixed(Actor actor, Guid? approachId, ExportKind kind, string format, SharingRecipient recipient, SharingBasis basis, IEnumerable<SharingContent> contents, string? recipientName = null) =>
        Add(actor, approachId, kind, format, new SharingScope(recipient, basis, false, null, recipientName, null), contents);

    /// <summary><see cref="AddFixed"/> and save.</summary>
    public async Task RecordFixedAsync(Actor actor, Guid? approachId, ExportKind kind, string format, SharingRecipient recipient, SharingBasis basis, IEnumerable<SharingContent> contents, CancellationToken ct = default)
    {
        AddFixed(actor, approachId, kind, format, recipient, basis, contents);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The ledger of one approach, newest first: for the core team, the coordinators and the Beheerder's oversight.</summary>
    public async Task<Result<List<SharingRecord>>> ForApproachAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await approaches.ResolveAsync(approachId, actor, ct) is not { } access)
            return Result<List<SharingRecord>>.NotFound();
        if (!VisibilityRules.For(actor, access.MyRole, access.PartnerType).CoreTeam)
            return Result<List<SharingRecord>>.Forbidden("Het deelregister lezen het kernteam, de coördinatoren en de beheerder.");
        return Result<List<SharingRecord>>.Ok(await db.Set<SharingRecord>().AsNoTracking().Where(r => r.ApproachId == approachId)
            .OrderByDescending(r => r.At).Take(500).ToListAsync(ct));
    }

    /// <summary>The organisation's whole ledger, newest first (Beheerder and coordinator).</summary>
    public async Task<Result<List<SharingRecord>>> ForOrganisationAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Can(Permission.ManageOrganisation) && !actor.Can(Permission.ManageAllApproaches))
            return Result<List<SharingRecord>>.Denied(ResultStatus.Forbidden);
        return Result<List<SharingRecord>>.Ok(await db.Set<SharingRecord>().AsNoTracking().Where(r => r.OrganisationId == actor.OrganisationId)
            .OrderByDescending(r => r.At).Take(1000).ToListAsync(ct));
    }
}
