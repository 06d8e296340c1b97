using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.DeskResearch;

/// <summary>EF mapping of <see cref="EarlierTrajectory"/>.</summary>
public sealed class EarlierTrajectoryConfiguration : IEntityTypeConfiguration<EarlierTrajectory>
{
    public void Configure(EntityTypeBuilder<EarlierTrajectory> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Period).HasMaxLength(100);
        builder.Property(t => t.RunBy).HasMaxLength(200);
        builder.Property(t => t.Outcomes).HasMaxLength(4000);
        builder.Property(t => t.KeyContacts).HasMaxLength(4000);
        builder.Property(t => t.ResidentAdvice).HasMaxLength(4000);
        builder.Property(t => t.FeedbackToResidents).HasMaxLength(4000);
        builder.Property(t => t.Sources).HasMaxLength(2000);
        builder.Property(t => t.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(t => t.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.ApproachId);
    }
}

/// <summary>EF mapping of <see cref="Dataset"/>.</summary>
public sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Topic).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Source).HasMaxLength(300);
        builder.Property(d => d.Licence).HasMaxLength(100);
        builder.Property(d => d.Unit).HasMaxLength(100);
        builder.Property(d => d.Description).HasMaxLength(4000);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.OrganisationId, d.Name }).IsUnique();
    }
}

/// <summary>EF mapping of <see cref="AreaFigure"/>.</summary>
public sealed class AreaFigureConfiguration : IEntityTypeConfiguration<AreaFigure>
{
    public void Configure(EntityTypeBuilder<AreaFigure> builder)
    {
        builder.Property(f => f.AreaCode).HasMaxLength(10);
        builder.Property(f => f.Period).HasMaxLength(7);
        builder.Property(f => f.Value).HasPrecision(18, 4);
        builder.Property(f => f.Symbol).HasMaxLength(1);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Dataset>().WithMany().HasForeignKey(f => f.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.DatasetId, f.AreaCode, f.Period }).IsUnique();
    }
}

/// <summary>EF mapping of <see cref="SocialMapEntry"/>.</summary>
public sealed class SocialMapEntryConfiguration : IEntityTypeConfiguration<SocialMapEntry>
{
    public void Configure(EntityTypeBuilder<SocialMapEntry> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Involved).HasMaxLength(2000);
        builder.Property(e => e.ContactVia).HasMaxLength(500);
        builder.Property(e => e.Notes).HasMaxLength(4000);
        builder.Property(e => e.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(e => e.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ApproachId);
    }
}
