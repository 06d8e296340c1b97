using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Steps;

/// <summary>EF mapping of <see cref="StepProgress"/>: one row per approach and step; results and answers are owned JSON.</summary>
public sealed class StepProgressConfiguration : IEntityTypeConfiguration<StepProgress>
{
    public void Configure(EntityTypeBuilder<StepProgress> builder)
    {
        builder.Property(p => p.StepId).HasMaxLength(60);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Notes).HasMaxLength(8000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(p => p.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ApproachId, p.StepId }).IsUnique();
        builder.OwnsMany(p => p.Results, r => r.ToJson());
        builder.OwnsMany(p => p.Answers, a => a.ToJson());
    }
}
