using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Conversations;

/// <summary>EF mapping of <see cref="Conversation"/>: answers, quotes and mentioned events are owned JSON.</summary>
public sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.Property(c => c.Place).HasMaxLength(200);
        builder.Property(c => c.Setting).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PartnerCategory).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PartnerOrganisation).HasMaxLength(200);
        builder.Property(c => c.Interviewers).HasMaxLength(500);
        builder.Property(c => c.Language).HasMaxLength(100);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.ProudOf).HasMaxLength(2000);
        builder.Property(c => c.WorriedAbout).HasMaxLength(2000);
        builder.Property(c => c.Wants).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(c => c.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ApproachId, c.Date });
        builder.OwnsMany(c => c.Answers, a => a.ToJson());
        builder.OwnsMany(c => c.Quotes, q => q.ToJson());
        builder.OwnsMany(c => c.MentionedEvents, e => e.ToJson());
        builder.Navigation(c => c.Themes).AutoInclude();
    }
}

/// <summary>EF mapping of <see cref="FollowUp"/>.</summary>
public sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.Property(f => f.Issue).HasMaxLength(1000);
        builder.Property(f => f.Responsible).HasMaxLength(200);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Feedback).HasMaxLength(2000);
        builder.Property(f => f.ReasonNotSolved).HasMaxLength(2000);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(f => f.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(f => f.ConversationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => new { f.ApproachId, f.Status });
    }
}

/// <summary>EF mapping of <see cref="TimelineEvent"/>.</summary>
public sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Tone).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Place).HasMaxLength(200);
        builder.Property(e => e.Source).HasMaxLength(200);
        builder.Property(e => e.AddedByName).HasMaxLength(200);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(e => e.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.ApproachId, e.Date });
        builder.Navigation(e => e.Themes).AutoInclude();
    }
}
