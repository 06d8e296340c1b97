using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Observations;

/// <summary>
/// The approach's plattegrond: a drawing or photo of the neighbourhood on which observations are pinned ("Maak een
/// plattegrond waarop je tekent welke groepen je waar ziet en op welke momenten je hen ziet", WerkwijzerPlus step 1).
/// One per approach; a new upload replaces the image and keeps the pins. This row holds what the audit log should show
/// (who, size, format); the bytes live in <see cref="PlattegrondImage"/> so that a change does not copy megabytes of
/// image into the audit event.
/// </summary>
public sealed class Plattegrond : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>image/png or image/jpeg (as re-encoded, not as uploaded).</summary>
    public string ContentType { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }

    public int ByteCount { get; set; }

    /// <summary>What the drawing shows, in words (the image's text alternative).</summary>
    public string Description { get; set; } = "";

    public Guid UploadedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// The re-encoded image bytes of a <see cref="Plattegrond"/> (same id). Kept in the database rather than on disk: the
/// image is at most a few megabytes, one per approach; the database already gives tenant isolation, backups, point-in-
/// time recovery and several app nodes without a shared file system, and the image can only be read through the
/// authorized page handler.
/// </summary>
public sealed class PlattegrondImage : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public byte[] Data { get; set; } = [];
}

/// <summary>EF mapping of <see cref="Plattegrond"/> and <see cref="PlattegrondImage"/>.</summary>
public sealed class PlattegrondConfiguration : IEntityTypeConfiguration<Plattegrond>, IEntityTypeConfiguration<PlattegrondImage>
{
    public void Configure(EntityTypeBuilder<Plattegrond> builder)
    {
        builder.Property(p => p.ContentType).HasMaxLength(20);
        builder.Property(p => p.Description).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(p => p.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ApproachId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PlattegrondImage> builder)
    {
        builder.HasOne<Plattegrond>().WithOne().HasForeignKey<PlattegrondImage>(i => i.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
