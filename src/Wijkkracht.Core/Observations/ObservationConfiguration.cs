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
        // Three indexes that answer the list, the counts and the grid of one approach without reading the rows (the
        // tenant column is in each so the tenant filter is answered from the index too): the list in date order and its
        // count; the counts by part of day, day type and kind; the grid by place and part of day with the groups.
        builder.HasIndex(o => new { o.ApproachId, o.OrganisationId, o.ObservedOn, o.ObservedAt }).HasDatabaseName("IX_Observation_List");
        builder.HasIndex(o => new { o.ApproachId, o.OrganisationId, o.PartOfDay, o.DayType, o.Kind, o.ObservedOn }).HasDatabaseName("IX_Observation_Counts");
        builder.HasIndex(o => new { o.ApproachId, o.OrganisationId, o.PlaceName, o.PartOfDay, o.Groups }).HasDatabaseName("IX_Observation_Grid");
    }
}
