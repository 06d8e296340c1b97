using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Conversations;

/// <summary>EF mapping of <see cref="Theme"/>: one name once per approach.</summary>
public sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(t => t.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.ApproachId, t.Name }).IsUnique();
    }
}

/// <summary>EF mapping of <see cref="ConversationTheme"/>: a join table with a cascading foreign key to each side.</summary>
public sealed class ConversationThemeConfiguration : IEntityTypeConfiguration<ConversationTheme>
{
    public void Configure(EntityTypeBuilder<ConversationTheme> builder)
    {
        builder.HasKey(l => new { l.ConversationId, l.ThemeId });
        builder.HasOne<Conversation>().WithMany(c => c.Themes).HasForeignKey(l => l.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Theme>().WithMany().HasForeignKey(l => l.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.ThemeId);
    }
}

/// <summary>EF mapping of <see cref="TimelineEventTheme"/>.</summary>
public sealed class TimelineEventThemeConfiguration : IEntityTypeConfiguration<TimelineEventTheme>
{
    public void Configure(EntityTypeBuilder<TimelineEventTheme> builder)
    {
        builder.HasKey(l => new { l.TimelineEventId, l.ThemeId });
        builder.HasOne<TimelineEvent>().WithMany(e => e.Themes).HasForeignKey(l => l.TimelineEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Theme>().WithMany().HasForeignKey(l => l.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.ThemeId);
    }
}

/// <summary>EF mapping of <see cref="Pattern"/>: the evidence is owned JSON.</summary>
public sealed class PatternConfiguration : IEntityTypeConfiguration<Pattern>
{
    public void Configure(EntityTypeBuilder<Pattern> builder)
    {
        builder.Property(p => p.Statement).HasMaxLength(1000);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(p => p.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ApproachId);
        builder.OwnsMany(p => p.Evidence, e =>
        {
            e.ToJson();
            e.Property(x => x.Kind).HasConversion<string>();
        });
    }
}

/// <summary>EF mapping of <see cref="ThemeSession"/>: the prioritised themes are a primitive collection.</summary>
public sealed class ThemeSessionConfiguration : IEntityTypeConfiguration<ThemeSession>
{
    public void Configure(EntityTypeBuilder<ThemeSession> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.AttendingGroups).HasMaxLength(500);
        builder.Property(s => s.Contributions).HasMaxLength(2000);
        builder.Property(s => s.Notes).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(s => s.PrioritisedThemeIds);
        builder.HasOne<Approach>().WithMany().HasForeignKey(s => s.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ApproachId, s.Date });
    }
}
