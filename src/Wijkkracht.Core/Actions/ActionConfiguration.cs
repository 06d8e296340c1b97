using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Actions;

/// <summary>EF mapping of <see cref="NeighbourhoodAction"/>: links are primitive collections.</summary>
public sealed class NeighbourhoodActionConfiguration : IEntityTypeConfiguration<NeighbourhoodAction>
{
    public void Configure(EntityTypeBuilder<NeighbourhoodAction> builder)
    {
        builder.ToTable("NeighbourhoodActions");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.PpctLevel).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Title).HasMaxLength(ActionLimits.Title);
        builder.Property(a => a.ActivityExample).HasMaxLength(100);
        builder.Property(a => a.PlaceName).HasMaxLength(200);
        builder.Property(a => a.Organisers).HasMaxLength(ActionLimits.Short);
        builder.Property(a => a.LocalSuppliers).HasMaxLength(ActionLimits.Short);
        builder.Property(a => a.BorgingOwner).HasMaxLength(ActionLimits.Short);
        builder.Property(a => a.BorgingFunding).HasMaxLength(ActionLimits.Short);
        foreach (var text in new[] { "Description", "WhoJoined", "WhoDidNotJoin", "PatternChange", "ResidentFeedback", "Pattern", "ExpectedEffect", "EvaluationPlan", "StopCriterion", "UndoPlan", "DecisionNote", "PoliceContact" })
            builder.Property(text).HasMaxLength(ActionLimits.Long);
        builder.Property(a => a.Cost).HasPrecision(12, 2);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.GoalIds);
        builder.PrimitiveCollection(a => a.ThemeIds);
        builder.PrimitiveCollection(a => a.OpportunityIds);
        builder.PrimitiveCollection(a => a.InterventionSlugs);
        builder.HasOne<Approach>().WithMany().HasForeignKey(a => a.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ApproachId, a.Kind, a.Status });
        builder.HasIndex(a => new { a.ApproachId, a.EndDate });
    }
}

/// <summary>Field lengths of actions.</summary>
public static class ActionLimits
{
    public const int Title = 200;
    public const int Short = 500;
    public const int Long = 4000;
}
