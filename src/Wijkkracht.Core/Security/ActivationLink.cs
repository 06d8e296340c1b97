using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkkracht.Core.Security;

/// <summary>
/// A one-time activation link for a new account: the user chooses their own password with it. Only a SHA-256 hash of
/// the token is stored; the link expires and can be used once. Like <see cref="AppUser"/> it is looked up before the
/// tenant is known (the user is not signed in), so it is not tenant-filtered; every query names the user or the hash.
/// Creating and using a link is audited explicitly by <see cref="ActivationService"/>.
/// </summary>
public sealed class ActivationLink
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the link was used (or replaced by a newer one); a used link is refused.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>EF mapping of <see cref="ActivationLink"/>: the hash is unique; links go with their user.</summary>
public sealed class ActivationLinkConfiguration : IEntityTypeConfiguration<ActivationLink>
{
    public void Configure(EntityTypeBuilder<ActivationLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
