using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkkracht.Core.Areas;

/// <summary>EF mapping of <see cref="Area"/>: the CBS code is unique per organisation.</summary>
public sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Code).HasMaxLength(10);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(a => new { a.OrganisationId, a.Code }).IsUnique();
        builder.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
