using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Privacy;

/// <summary>The kinds of records a retention period is set for (issue 14 §6).</summary>
public enum RetentionRecordType
{
    Waarnemingen = 1,
    GesprekkenEnCitaten = 2,
    Netwerk = 3,
    Contactmomenten = 4,
    Veiligheidsmeldingen = 5,
    Auditgebeurtenissen = 6,
}

/// <summary>From when a retention period counts.</summary>
public enum RetentionCountFrom
{
    /// <summary>From the approach's closing date (<c>ApproachClosing.ClosedOn</c>); records of an open approach are kept.</summary>
    AfsluitingAanpak = 1,

    /// <summary>From the record's own date (observation date, conversation date, contact date, last change, event time).</summary>
    DatumRecord = 2,
}

/// <summary>What happens to a record when its retention period has passed. Fixed per record type (<see cref="RetentionDefaults"/>).</summary>
public enum RetentionAction
{
    /// <summary>Free text and names are emptied; the record, its date and its counted fields stay.</summary>
    Anonimiseren = 1,

    /// <summary>The record is removed.</summary>
    Verwijderen = 2,
}

/// <summary>
/// An organisation's retention period for one record type, set by the Beheerder. Without a row the default of
/// <see cref="RetentionDefaults"/> applies. One row per (organisation, record type).
/// </summary>
public sealed class RetentionRule : ITenantOwned, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public RetentionRecordType RecordType { get; set; }

    /// <summary>The period in months (1–240).</summary>
    public int Months { get; set; }

    public RetentionCountFrom CountFrom { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The rule that applies to a record type: the organisation's own, or the default (<see cref="IsDefault"/>).</summary>
public sealed record EffectiveRetentionRule(RetentionRecordType RecordType, int Months, RetentionCountFrom CountFrom, RetentionAction Action, bool IsDefault, Guid? Version)
{
    /// <summary>Records dated on or before this day (or of approaches closed on or before it) are due on <paramref name="today"/>.</summary>
    public DateOnly Cutoff(DateOnly today) => today.AddMonths(-Months);

    /// <summary>The rule in one Dutch sentence ("24 maanden na de afsluiting van de aanpak, daarna anonimiseren").</summary>
    public string Describe() => RetentionLabels.Describe(Months, CountFrom, Action);
}

/// <summary>
/// The defaults in code, used while an organisation has not set its own rule, and the fixed action per type. The action
/// is not a choice of the Beheerder: it follows from what the record is (docs/privacy.md).
/// </summary>
public static class RetentionDefaults
{
    public const int MinMonths = 1;
    public const int MaxMonths = 240;

    public static IReadOnlyList<RetentionRecordType> Types { get; } = Enum.GetValues<RetentionRecordType>();

    /// <summary>
    /// Observations and conversations are anonymised: their dates, places, groups and kinds still count in the
    /// approach's overviews, the free text (which may name people) goes. Network actors and relations, the contact log and
    /// safety reports are about identifiable people and mean nothing without them: they are deleted. Audit events are
    /// deleted (by the database administrator, ADR 0006).
    /// </summary>
    public static RetentionAction ActionFor(RetentionRecordType type) => type switch
    {
        RetentionRecordType.Waarnemingen or RetentionRecordType.GesprekkenEnCitaten => RetentionAction.Anonimiseren,
        _ => RetentionAction.Verwijderen,
    };

    public static EffectiveRetentionRule For(RetentionRecordType type) => type switch
    {
        RetentionRecordType.Waarnemingen => new(type, 24, RetentionCountFrom.AfsluitingAanpak, ActionFor(type), true, null),
        RetentionRecordType.GesprekkenEnCitaten => new(type, 12, RetentionCountFrom.AfsluitingAanpak, ActionFor(type), true, null),
        RetentionRecordType.Netwerk => new(type, 12, RetentionCountFrom.AfsluitingAanpak, ActionFor(type), true, null),
        RetentionRecordType.Contactmomenten => new(type, 12, RetentionCountFrom.AfsluitingAanpak, ActionFor(type), true, null),
        RetentionRecordType.Veiligheidsmeldingen => new(type, 12, RetentionCountFrom.AfsluitingAanpak, ActionFor(type), true, null),
        RetentionRecordType.Auditgebeurtenissen => new(type, 60, RetentionCountFrom.DatumRecord, ActionFor(type), true, null),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}

/// <summary>Dutch words for retention.</summary>
public static class RetentionLabels
{
    public static string For(RetentionRecordType type) => type switch
    {
        RetentionRecordType.Waarnemingen => "Waarnemingen",
        RetentionRecordType.GesprekkenEnCitaten => "Gesprekken en citaten",
        RetentionRecordType.Netwerk => "Netwerk: actoren en relaties",
        RetentionRecordType.Contactmomenten => "Contactmomenten",
        RetentionRecordType.Veiligheidsmeldingen => "Veiligheidsmeldingen",
        RetentionRecordType.Auditgebeurtenissen => "Auditgebeurtenissen",
        _ => type.ToString(),
    };

    public static string For(RetentionCountFrom from) => from switch
    {
        RetentionCountFrom.AfsluitingAanpak => "na de afsluiting van de aanpak",
        RetentionCountFrom.DatumRecord => "na de eigen datum",
        _ => from.ToString(),
    };

    public static string For(RetentionAction action) => action switch
    {
        RetentionAction.Anonimiseren => "anonimiseren",
        RetentionAction.Verwijderen => "verwijderen",
        _ => action.ToString(),
    };

    /// <summary>What the action does to this type, in plain Dutch.</summary>
    public static string Explain(RetentionRecordType type) => type switch
    {
        RetentionRecordType.Waarnemingen => "De vrije tekst (wat er gebeurt, antwoorden op de vragen, wie er nog meekeek) wordt gewist. Datum, plek, groepen en kracht of klacht blijven, zodat de tellingen kloppen.",
        RetentionRecordType.GesprekkenEnCitaten => "De samenvatting, antwoorden, citaten, genoemde gebeurtenissen en namen van de interviewers worden gewist. Datum, soort gesprek en met wie (als groep) blijven, zodat u ziet wie u heeft gehoord.",
        RetentionRecordType.Netwerk => "Personen en organisaties in het netwerk en hun relaties worden verwijderd, met hun contactmomenten. Zonder de personen zegt een netwerk niets meer.",
        RetentionRecordType.Contactmomenten => "Contactmomenten worden verwijderd: het zijn notities over een persoon.",
        RetentionRecordType.Veiligheidsmeldingen => "Meldingen van bedreiging of incidenten worden met hun opvolging verwijderd.",
        RetentionRecordType.Auditgebeurtenissen => "Oude regels uit het auditlogboek worden verwijderd. De database weigert dat aan Wijkkracht zelf; de databasebeheerder voert het uit (zie de beheerdocumentatie). Hier ziet u wat er klaarstaat.",
        _ => "",
    };

    public static string Describe(int months, RetentionCountFrom from, RetentionAction action) =>
        $"{months} {(months == 1 ? "maand" : "maanden")} {For(from)}, daarna {For(action)}";
}

/// <summary>EF mapping of <see cref="RetentionRule"/>.</summary>
public sealed class RetentionRuleConfiguration : IEntityTypeConfiguration<RetentionRule>
{
    public void Configure(EntityTypeBuilder<RetentionRule> builder)
    {
        builder.Property(r => r.RecordType).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.CountFrom).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.OrganisationId, r.RecordType }).IsUnique();
    }
}
