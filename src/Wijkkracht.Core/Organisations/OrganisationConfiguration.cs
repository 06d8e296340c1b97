using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkkracht.Core.Organisations;

/// <summary>EF mapping of <see cref="Organisation"/>. Its tenant filter (own row only) is set in the DbContext.</summary>
public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.GmCode).HasMaxLength(6);
        builder.HasIndex(o => o.GmCode).IsUnique();
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}
