using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Evaluation;

/// <summary>Where a resistance comes from (ESS step 11 names the municipality and citizens; partners and others are added).</summary>
public enum ResistanceSource
{
    Gemeente = 1,
    Burgers = 2,
    Partners = 3,
    Anders = 4,
}

/// <summary>What the team chose: "kies je een aanpak of besluit je om de weerstand te laten bestaan" (ESS step 11).</summary>
public enum ResistanceResponse
{
    NogNietBesloten = 1,
    Aanpakken = 2,
    LatenBestaan = 3,
}

/// <summary>Whether administrative or media attention was wanted for a celebration (ESS step 11).</summary>
public enum CelebrationAttention
{
    Geen = 1,
    Bestuurlijk = 2,
    Media = 3,
    BestuurlijkEnMedia = 4,
}

/// <summary>
/// A resistance met (issue 13 §5; ESS step 11 "Maak de omgang met dergelijke weerstanden onderdeel van je aanpak"):
/// where it came from, which of the guide's expected challenges it is (or the team's own words), and how it is handled or
/// that it is left to exist. Recorded by the core team; readers follow the visibility model (default: core team only,
/// as resistance may concern criminal networks).
/// </summary>
public sealed class Resistance : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public DateOnly NoticedOn { get; set; }

    public ResistanceSource Source { get; set; }

    /// <summary>Who exactly, in words without names ("ondernemers rond het plein", "afdeling vergunningen").</summary>
    public string SourceDetail { get; set; } = "";

    /// <summary>One of the guide's expected challenges for the source (verbatim), or the team's own description.</summary>
    public string Kind { get; set; } = "";

    public string Description { get; set; } = "";

    public ResistanceResponse Response { get; set; } = ResistanceResponse.NogNietBesloten;

    /// <summary>How it is handled, or why it is left to exist.</summary>
    public string Handling { get; set; } = "";

    public DateOnly? ReviewOn { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = ResistanceDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A success celebrated (issue 13 §5; ESS step 11 "Vier de successen"): what was achieved, how it was celebrated and with
/// whom, and whether administrative or media attention was agreed with the network. The core team and partners record
/// them (a partner changes their own); readers follow the visibility model (default: core team and partners).
/// </summary>
public sealed class Celebration : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public DateOnly CelebratedOn { get; set; }

    /// <summary>The result or event celebrated.</summary>
    public string Success { get; set; } = "";

    /// <summary>How ("een bos bloemen voor de vrijwilligers van de koffietafel").</summary>
    public string How { get; set; } = "";

    /// <summary>With whom, in groups ("het netwerk, de ondernemers"); no residents' names.</summary>
    public string WithWhom { get; set; } = "";

    public CelebrationAttention Attention { get; set; } = CelebrationAttention.Geen;

    /// <summary>Whether the way of celebrating and the attention were agreed with the network beforehand.</summary>
    public bool AgreedWithNetwork { get; set; }

    /// <summary>The action whose result is celebrated, if any.</summary>
    public Guid? ActionId { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = CelebrationDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Defaults of <see cref="Resistance"/>.</summary>
public static class ResistanceDefaults
{
    public const VisibilityLevel Visibility = VisibilityLevel.Kernteam;
}

/// <summary>Defaults of <see cref="Celebration"/>.</summary>
public static class CelebrationDefaults
{
    public const VisibilityLevel Visibility = VisibilityLevel.Partners;
}

/// <summary>Dutch labels of step 11's records.</summary>
public static class ResistanceLabels
{
    public static string For(ResistanceSource source) => source switch
    {
        ResistanceSource.Gemeente => "Binnen de gemeente",
        ResistanceSource.Burgers => "Bij burgers",
        ResistanceSource.Partners => "Bij partners",
        ResistanceSource.Anders => "Anders",
        _ => source.ToString(),
    };

    public static string For(ResistanceResponse response) => response switch
    {
        ResistanceResponse.NogNietBesloten => "Nog niet besloten",
        ResistanceResponse.Aanpakken => "We pakken het aan",
        ResistanceResponse.LatenBestaan => "We laten de weerstand bestaan",
        _ => response.ToString(),
    };

    public static string For(CelebrationAttention attention) => attention switch
    {
        CelebrationAttention.Geen => "Geen bestuurlijke of media-aandacht",
        CelebrationAttention.Bestuurlijk => "Bestuurlijke aandacht",
        CelebrationAttention.Media => "Media-aandacht",
        CelebrationAttention.BestuurlijkEnMedia => "Bestuurlijke en media-aandacht",
        _ => attention.ToString(),
    };
}

/// <summary>EF mapping of <see cref="Resistance"/>.</summary>
public sealed class ResistanceConfiguration : IEntityTypeConfiguration<Resistance>
{
    public void Configure(EntityTypeBuilder<Resistance> builder)
    {
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Response).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.SourceDetail).HasMaxLength(EvaluationDefaults.Short);
        builder.Property(r => r.Kind).HasMaxLength(EvaluationDefaults.Short);
        builder.Property(r => r.Description).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(r => r.Handling).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(r => r.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ApproachId, r.NoticedOn });
    }
}

/// <summary>EF mapping of <see cref="Celebration"/>.</summary>
public sealed class CelebrationConfiguration : IEntityTypeConfiguration<Celebration>
{
    public void Configure(EntityTypeBuilder<Celebration> builder)
    {
        builder.Property(c => c.Attention).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Success).HasMaxLength(EvaluationDefaults.Short);
        builder.Property(c => c.How).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(c => c.WithWhom).HasMaxLength(EvaluationDefaults.Short);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(c => c.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actions.NeighbourhoodAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.ApproachId, c.CelebratedOn });
    }
}
