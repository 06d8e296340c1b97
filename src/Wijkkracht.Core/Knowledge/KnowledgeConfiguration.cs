using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
        builder.Property(i => i.TargetGroups).HasMaxLength(1000);
        builder.Property(i => i.Locations).HasMaxLength(1000);
        builder.Property(i => i.Themes).HasMaxLength(1000);
        builder.Property(i => i.PpctLevels).HasMaxLength(100);
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

/// <summary>EF mapping of <see cref="ApproachIntervention"/>: an intervention is chosen once per approach.</summary>
public sealed class ApproachInterventionConfiguration : IEntityTypeConfiguration<ApproachIntervention>
{
    public void Configure(EntityTypeBuilder<ApproachIntervention> builder)
    {
        builder.Property(i => i.InterventionId).HasMaxLength(100);
        builder.Property(i => i.Note).HasMaxLength(2000);
        builder.Property(i => i.StartAnswers).HasMaxLength(20000);
        builder.Property(i => i.Principles).HasMaxLength(200);
        builder.HasOne(i => i.Approach).WithMany().HasForeignKey(i => i.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ApproachId, i.InterventionId }).IsUnique();
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
