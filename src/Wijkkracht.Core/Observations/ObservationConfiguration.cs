using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Observations;

/// <summary>EF mapping of <see cref="Observation"/>.</summary>
public sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.Property(o => o.PartOfDay).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.DayType).HasConversion<string>().HasMaxLength(12);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.Companion).HasConversion<string>().HasMaxLength(15);
        builder.Property(o => o.PlaceName).HasMaxLength(200);
        builder.Property(o => o.Groups).HasMaxLength(500);
        builder.Property(o => o.Factors).HasMaxLength(1000);
        builder.Property(o => o.WhatHappens).HasMaxLength(4000);
        builder.Property(o => o.PromptAnswers).HasMaxLength(12000);
        builder.Property(o => o.OtherObservers).HasMaxLength(400);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(o => o.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.ApproachId, o.ObservedOn });
    }
}
