using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Conversations;

/// <summary>EF mapping of <see cref="Opportunity"/>: the themes are a primitive collection.</summary>
public sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.PlaceName).HasMaxLength(200);
        builder.Property(o => o.Source).HasMaxLength(200);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(o => o.ThemeIds);
        builder.HasOne<Approach>().WithMany().HasForeignKey(o => o.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.ApproachId);
    }
}

/// <summary>EF mapping of <see cref="Occasion"/>.</summary>
public sealed class OccasionConfiguration : IEntityTypeConfiguration<Occasion>
{
    public void Configure(EntityTypeBuilder<Occasion> builder)
    {
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.Source).HasMaxLength(200);
        builder.Property(o => o.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(o => o.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.ApproachId, o.Date });
    }
}

/// <summary>EF mapping of <see cref="StoryVersion"/>: numbers are unique per approach; the citations are owned JSON.</summary>
public sealed class StoryVersionConfiguration : IEntityTypeConfiguration<StoryVersion>
{
    public void Configure(EntityTypeBuilder<StoryVersion> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(StoryDefaults.MaxTextLength);
        builder.Property(s => s.CreatedByName).HasMaxLength(200);
        builder.Property(s => s.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<Approach>().WithMany().HasForeignKey(s => s.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ApproachId, s.Number }).IsUnique();
        builder.OwnsMany(s => s.Citations, c =>
        {
            c.ToJson();
            c.Property(x => x.Kind).HasConversion<string>();
        });
    }
}
