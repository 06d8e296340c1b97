using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Plans;

/// <summary>EF mapping of <see cref="PlanVersion"/>: version numbers are unique per approach.</summary>
public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasOne<Approach>().WithMany().HasForeignKey(p => p.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ApproachId, p.Number }).IsUnique();
        builder.Property(p => p.CreatedByName).HasMaxLength(200);
    }
}
