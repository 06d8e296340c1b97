using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Goals;

namespace Wijkkracht.Core.Knowledge;

/// <summary>EF mapping of <see cref="OwnIntervention"/>.</summary>
public sealed class OwnInterventionConfiguration : IEntityTypeConfiguration<OwnIntervention>
{
    public void Configure(EntityTypeBuilder<OwnIntervention> builder)
    {
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Summary).HasMaxLength(2000);
        builder.Property(i => i.Description).HasMaxLength(8000);
        builder.Property(i => i.Municipality).HasMaxLength(200);
        builder.Property(i => i.SolutionDirection).HasMaxLength(60);
        // Facet lists: primitive collections (JSON text on SQLite, text[] on PostgreSQL); see ADR 0003.
        builder.PrimitiveCollection(i => i.TargetGroups);
        builder.PrimitiveCollection(i => i.Locations);
        builder.PrimitiveCollection(i => i.Themes);
        builder.PrimitiveCollection(i => i.PpctLevels);
        builder.HasIndex(i => new { i.OrganisationId, i.Title });
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}

/// <summary>EF mapping of <see cref="HiddenIntervention"/>: hidden once per organisation.</summary>
public sealed class HiddenInterventionConfiguration : IEntityTypeConfiguration<HiddenIntervention>
{
    public void Configure(EntityTypeBuilder<HiddenIntervention> builder)
    {
        builder.Property(h => h.InterventionId).HasMaxLength(100);
        builder.HasIndex(h => new { h.OrganisationId, h.InterventionId }).IsUnique();
        builder.Property(h => h.Version).IsConcurrencyToken();
    }
}

/// <summary>EF mapping of <see cref="ApproachInterventionGoal"/>: a join table with a foreign key to each side.</summary>
public sealed class ApproachInterventionGoalConfiguration : IEntityTypeConfiguration<ApproachInterventionGoal>
{
    public void Configure(EntityTypeBuilder<ApproachInterventionGoal> builder)
    {
        builder.HasKey(g => new { g.ApproachInterventionId, g.GoalId });
        builder.HasOne<Goal>().WithMany().HasForeignKey(g => g.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.GoalId);
    }
}

/// <summary>EF mapping of <see cref="ApproachIntervention"/>: an intervention is chosen once per approach.</summary>
public sealed class ApproachInterventionConfiguration : IEntityTypeConfiguration<ApproachIntervention>
{
    public void Configure(EntityTypeBuilder<ApproachIntervention> builder)
    {
        builder.Property(i => i.InterventionId).HasMaxLength(100);
        builder.Property(i => i.Note).HasMaxLength(2000);
        builder.OwnsMany(i => i.StartAnswers, a => a.ToJson());
        builder.PrimitiveCollection(i => i.Principles);
        builder.HasMany(i => i.Goals).WithOne().HasForeignKey(g => g.ApproachInterventionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Goals).AutoInclude();
        builder.HasOne(i => i.Approach).WithMany().HasForeignKey(i => i.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ApproachId, i.InterventionId }).IsUnique();
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
