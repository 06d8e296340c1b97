using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Newsletters;

/// <summary>EF mapping of <see cref="Newsletter"/>: the sections' items are owned JSON, the co-authors a primitive collection.</summary>
public sealed class NewsletterConfiguration : IEntityTypeConfiguration<Newsletter>
{
    public void Configure(EntityTypeBuilder<Newsletter> builder)
    {
        builder.ToTable("Newsletters");
        builder.Property(n => n.Title).HasMaxLength(NewsletterLimits.Title);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(n => n.IntroName).HasMaxLength(200);
        builder.Property(n => n.IntroRole).HasMaxLength(200);
        builder.Property(n => n.IntroText).HasMaxLength(NewsletterLimits.Long);
        builder.Property(n => n.IntroConsentRecordedBy).HasMaxLength(200);
        builder.Property(n => n.HubName).HasMaxLength(200);
        builder.Property(n => n.HubText).HasMaxLength(NewsletterLimits.Long);
        builder.Property(n => n.CallToAction).HasMaxLength(NewsletterLimits.Long);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(n => n.CoAuthors);
        builder.OwnsMany(n => n.Agenda, a => a.ToJson());
        builder.OwnsMany(n => n.ReportBack, r => r.ToJson());
        builder.OwnsMany(n => n.Events, e => e.ToJson());
        builder.HasOne<Approach>().WithMany().HasForeignKey(n => n.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ApproachId, n.EditionDate });
    }
}
