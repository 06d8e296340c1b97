using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Privacy;

/// <summary>
/// The processing record of one approach (verwerkingsregister, AVG art. 30 lid 1): purpose, legal basis, categories of
/// people and of data, recipients, retention, security measures and the controller with a contact. Until the Beheerder
/// saves it, a draft pre-filled from the approach is shown (<see cref="ProcessingRecordService"/>).
/// </summary>
public sealed class ProcessingRecord : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>Doel van de verwerking.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>Grondslag (AVG art. 6, and art. 10 for data about criminal matters).</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>Categorieën betrokkenen.</summary>
    public string DataSubjects { get; set; } = "";

    /// <summary>Categorieën persoonsgegevens (bijzondere en strafrechtelijke gegevens apart genoemd).</summary>
    public string DataCategories { get; set; } = "";

    /// <summary>Ontvangers (partners, ketenpartners, verwerkers).</summary>
    public string Recipients { get; set; } = "";

    /// <summary>Bewaartermijnen.</summary>
    public string Retention { get; set; } = "";

    /// <summary>Beveiligingsmaatregelen.</summary>
    public string SecurityMeasures { get; set; } = "";

    /// <summary>Verwerkingsverantwoordelijke en contactpersoon (of functionaris gegevensbescherming).</summary>
    public string Controller { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// An organisation's privacy statement (privacyverklaring), in Markdown, shown to anyone at /privacy. Until the Beheerder
/// saves one, <see cref="PrivacyStatementService.DefaultText"/> applies.
/// </summary>
public sealed class PrivacyStatement : ITenantOwned, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string Markdown { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Field lengths of the privacy records.</summary>
public static class PrivacyDefaults
{
    public const int Field = 4000;
    public const int Statement = 20000;
}

/// <summary>EF mapping of <see cref="ProcessingRecord"/>: one per approach.</summary>
public sealed class ProcessingRecordConfiguration : IEntityTypeConfiguration<ProcessingRecord>
{
    public void Configure(EntityTypeBuilder<ProcessingRecord> builder)
    {
        foreach (var field in new[] { nameof(ProcessingRecord.Purpose), nameof(ProcessingRecord.LegalBasis), nameof(ProcessingRecord.DataSubjects), nameof(ProcessingRecord.DataCategories), nameof(ProcessingRecord.Recipients), nameof(ProcessingRecord.Retention), nameof(ProcessingRecord.SecurityMeasures), nameof(ProcessingRecord.Controller) })
            builder.Property(field).HasMaxLength(PrivacyDefaults.Field);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(p => p.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ApproachId).IsUnique();
    }
}

/// <summary>EF mapping of <see cref="PrivacyStatement"/>: one per organisation.</summary>
public sealed class PrivacyStatementConfiguration : IEntityTypeConfiguration<PrivacyStatement>
{
    public void Configure(EntityTypeBuilder<PrivacyStatement> builder)
    {
        builder.Property(p => p.Markdown).HasMaxLength(PrivacyDefaults.Statement);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.OrganisationId).IsUnique();
    }
}
