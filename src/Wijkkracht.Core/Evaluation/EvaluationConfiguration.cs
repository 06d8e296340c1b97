using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Evaluation;

/// <summary>EF mapping of <see cref="EvaluationRound"/>: the answers are owned JSON.</summary>
public sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> builder)
    {
        builder.Property(r => r.Participants).HasMaxLength(EvaluationDefaults.Short);
        builder.Property(r => r.OwnRole).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(r => r.Adjustments).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(r => r.CommunicatedHow).HasMaxLength(EvaluationDefaults.Short);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.OwnsMany(r => r.Answers, a => a.ToJson());
        builder.HasOne<Approach>().WithMany().HasForeignKey(r => r.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ApproachId, r.HeldOn });
    }
}

/// <summary>EF mapping of <see cref="Indicator"/>: the measurements are owned JSON.</summary>
public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(100);
        builder.Property(i => i.Source).HasMaxLength(200);
        builder.Property(i => i.BaselineNote).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(i => i.BaselineValue).HasPrecision(14, 2);
        builder.Property(i => i.TargetValue).HasPrecision(14, 2);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(15);
        builder.Property(i => i.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.OwnsMany(i => i.Measurements, m => m.ToJson());
        builder.HasOne<Approach>().WithMany().HasForeignKey(i => i.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Goals.Goal>().WithMany().HasForeignKey(i => i.GoalId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => i.ApproachId);
    }
}

/// <summary>EF mapping of <see cref="Lesson"/>.</summary>
public sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Text).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(l => l.Tags).HasMaxLength(200);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(l => l.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.OrganisationId, l.ShareInOrganisation });
        builder.HasIndex(l => l.ApproachId);
    }
}
