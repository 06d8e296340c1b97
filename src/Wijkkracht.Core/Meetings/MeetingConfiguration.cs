using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Meetings;

/// <summary>EF mapping of <see cref="Meeting"/>: attendees are primitive collections, agenda and working agreements owned JSON.</summary>
public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Title).HasMaxLength(MeetingLimits.Title);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.AttendingGroups).HasMaxLength(MeetingLimits.Short);
        builder.Property(m => m.Chair).HasMaxLength(200);
        builder.Property(m => m.NoteTaker).HasMaxLength(200);
        builder.Property(m => m.Notes).HasMaxLength(MeetingLimits.Notes);
        builder.Property(m => m.Signals).HasMaxLength(MeetingLimits.Long);
        builder.Property(m => m.Decisions).HasMaxLength(MeetingLimits.Long);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(m => m.AttendeeUserIds);
        builder.PrimitiveCollection(m => m.AttendeeActorIds);
        builder.OwnsMany(m => m.Agenda, a => a.ToJson());
        builder.OwnsMany(m => m.WorkingAgreements, w => w.ToJson());
        builder.HasOne<Approach>().WithMany().HasForeignKey(m => m.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NeighbourhoodAction>().WithMany().HasForeignKey(m => m.ExperimentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.ApproachId, m.Date });
        builder.HasIndex(m => m.ExperimentId);
    }
}

/// <summary>EF mapping of <see cref="MeetingAgreement"/>; deleting a meeting deletes its agreements.</summary>
public sealed class MeetingAgreementConfiguration : IEntityTypeConfiguration<MeetingAgreement>
{
    public void Configure(EntityTypeBuilder<MeetingAgreement> builder)
    {
        builder.Property(a => a.What).HasMaxLength(MeetingLimits.Short);
        builder.Property(a => a.OwnerName).HasMaxLength(200);
        builder.Property(a => a.Progress).HasMaxLength(MeetingLimits.Long);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(a => a.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ApproachId, a.Status, a.DueDate });
        builder.HasIndex(a => a.MeetingId);
        builder.HasIndex(a => a.OwnerUserId);
    }
}

/// <summary>Field lengths of meetings and agreements.</summary>
public static class MeetingLimits
{
    public const int Title = 200;
    public const int Short = 500;
    public const int Long = 4000;
    public const int Notes = 20000;
}
