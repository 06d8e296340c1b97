using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;

namespace Wijkkracht.Core.Network;

/// <summary>EF mapping of <see cref="NetworkActor"/>: enums as text, roles as a primitive collection.</summary>
public sealed class NetworkActorConfiguration : IEntityTypeConfiguration<NetworkActor>
{
    public void Configure(EntityTypeBuilder<NetworkActor> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.Property(a => a.Sphere).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Talents).HasMaxLength(1000);
        builder.Property(a => a.Drives).HasMaxLength(1000);
        builder.Property(a => a.RespondsTo).HasMaxLength(1000);
        builder.Property(a => a.Willingness).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Contribution).HasMaxLength(1000);
        builder.Property(a => a.LanguageNeeds).HasMaxLength(200);
        builder.Property(a => a.Compensation).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Protection).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Influence).HasMaxLength(1000);
        builder.Property(a => a.Stance).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.Roles);
        builder.Ignore(a => a.IsProtected);
        builder.HasOne<Approach>().WithMany().HasForeignKey(a => a.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ApproachId, a.DisplayName });
    }
}

/// <summary>EF mapping of <see cref="NetworkRelation"/>: deleting an actor removes its relations.</summary>
public sealed class NetworkRelationConfiguration : IEntityTypeConfiguration<NetworkRelation>
{
    public void Configure(EntityTypeBuilder<NetworkRelation> builder)
    {
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Confidence).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RecordedByName).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(r => r.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NetworkActor>().WithMany().HasForeignKey(r => r.FromActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NetworkActor>().WithMany().HasForeignKey(r => r.ToActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ApproachId);
        builder.HasIndex(r => r.FromActorId);
        builder.HasIndex(r => r.ToActorId);
    }
}

/// <summary>EF mapping of <see cref="ContactLogEntry"/>: deleting an actor removes its contact log.</summary>
public sealed class ContactLogEntryConfiguration : IEntityTypeConfiguration<ContactLogEntry>
{
    public void Configure(EntityTypeBuilder<ContactLogEntry> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.TeamMember).HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(c => c.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NetworkActor>().WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ApproachId, c.Date });
        builder.HasIndex(c => c.ActorId);
    }
}
