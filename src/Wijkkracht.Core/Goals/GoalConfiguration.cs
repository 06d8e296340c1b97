using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Goals;

/// <summary>EF mapping of <see cref="Goal"/>.</summary>
public sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(200);
        builder.Property(g => g.Description).HasMaxLength(4000);
        builder.Property(g => g.RungRationale).HasMaxLength(4000);
        builder.Property(g => g.ProgressNote).HasMaxLength(2000);
        builder.Property(g => g.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(g => g.Term).HasConversion<string>().HasMaxLength(10);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(g => g.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.ApproachId);
    }
}
