using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkkracht.Core.Audit;

/// <summary>EF mapping of <see cref="AuditEvent"/>. Its tenant filter is set in the DbContext.</summary>
public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(30);
        builder.Property(a => a.EntityType).HasMaxLength(60);
        builder.Property(a => a.EntityId).HasMaxLength(60);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Summary).HasMaxLength(500);
        builder.HasIndex(a => new { a.OrganisationId, a.At });
        builder.HasIndex(a => a.ApproachId);
    }
}
