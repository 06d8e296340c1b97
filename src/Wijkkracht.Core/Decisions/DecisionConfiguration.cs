using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Decisions;

/// <summary>EF mapping of <see cref="Decision"/>.</summary>
public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Rationale).HasMaxLength(4000);
        builder.Property(d => d.DecidedBy).HasMaxLength(300);
        builder.HasOne<Approach>().WithMany().HasForeignKey(d => d.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.ApproachId);
    }
}
