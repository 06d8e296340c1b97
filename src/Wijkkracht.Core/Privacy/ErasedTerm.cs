using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Privacy;

/// <summary>
/// A name (or other term) erased at a person's request (issue 14 §7). The audit log is append-only in the database
/// (ADR 0009), so the erased term cannot be removed from old audit events by Wijkkracht; instead every audit view and
/// export shows "[verwijderd]" in its place, until the database administrator deletes those events under the audit
/// retention rule. The term itself is kept encrypted with Data Protection, so the database alone does not reveal it.
/// </summary>
public sealed class ErasedTerm : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string TermProtected { get; set; } = "";

    public DateTimeOffset ErasedAt { get; set; }
}

/// <summary>EF mapping of <see cref="ErasedTerm"/>.</summary>
public sealed class ErasedTermConfiguration : IEntityTypeConfiguration<ErasedTerm>
{
    public void Configure(EntityTypeBuilder<ErasedTerm> builder) => builder.Property(t => t.TermProtected).HasMaxLength(4000);
}
