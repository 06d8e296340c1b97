using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkkracht.Core.Approaches;

/// <summary>EF mapping of <see cref="Approach"/>.</summary>
public sealed class ApproachConfiguration : IEntityTypeConfiguration<Approach>
{
    public void Configure(EntityTypeBuilder<Approach> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Issue).HasMaxLength(4000);
        builder.Property(a => a.Method).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OrganisationId, a.Title });
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}

/// <summary>EF mapping of <see cref="ApproachMember"/>: one membership per user and approach.</summary>
public sealed class ApproachMemberConfiguration : IEntityTypeConfiguration<ApproachMember>
{
    public void Configure(EntityTypeBuilder<ApproachMember> builder)
    {
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(m => m.Approach).WithMany(a => a.Members).HasForeignKey(m => m.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ApproachId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}
