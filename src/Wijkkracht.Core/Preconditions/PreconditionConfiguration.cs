using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Preconditions;

/// <summary>EF mapping of <see cref="PreconditionAssessment"/>; its items are one owned JSON column.</summary>
public sealed class PreconditionAssessmentConfiguration : IEntityTypeConfiguration<PreconditionAssessment>
{
    public void Configure(EntityTypeBuilder<PreconditionAssessment> builder)
    {
        builder.Property(a => a.Participants).HasMaxLength(1000);
        builder.Property(a => a.Notes).HasMaxLength(4000);
        builder.HasOne<Approach>().WithMany().HasForeignKey(a => a.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ApproachId);
        builder.OwnsMany(a => a.Items, items =>
        {
            items.ToJson();
            items.Property(i => i.Score).HasConversion<string>();
        });
    }
}

/// <summary>EF mapping of <see cref="PreconditionAction"/>.</summary>
public sealed class PreconditionActionConfiguration : IEntityTypeConfiguration<PreconditionAction>
{
    public void Configure(EntityTypeBuilder<PreconditionAction> builder)
    {
        builder.Property(a => a.PreconditionId).HasMaxLength(60);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(a => a.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ApproachId);
    }
}
