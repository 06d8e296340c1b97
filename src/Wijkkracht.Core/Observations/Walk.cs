using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Observations;

/// <summary>
/// A schouw or wandeling: a walk through the neighbourhood on one date with its participants and route ("maak eens een
/// wandeling door de wijk, ook in het weekend"; "samen met een collega, professional of bewoner"). Observations made on
/// the walk point to it (<see cref="Observation.WalkId"/>). Participants are members of the approach plus free text such
/// as "drie bewoners": residents are never named. The summary is readable by the core team and the participants.
/// </summary>
public sealed class Walk : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public DateOnly WalkedOn { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    /// <summary>The member who recorded it; always a participant.</summary>
    public Guid RecordedByUserId { get; set; }

    /// <summary>Other participating members of the approach as stored: <c>|guid|guid|</c>.</summary>
    public string ParticipantUserIds { get; set; } = "";

    /// <summary>Participants outside the approach, without names ("drie bewoners", "een collega van handhaving").</summary>
    public string OtherParticipants { get; set; } = "";

    /// <summary>The route in words.</summary>
    public string Route { get; set; } = "";

    /// <summary>The named places passed, as stored: <c>|Europaplein|Trapveld|</c> (see <see cref="ObservationCodec"/>).</summary>
    public string Places { get; set; } = "";

    /// <summary>A short summary (core team and participants only).</summary>
    public string Summary { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>EF mapping of <see cref="Walk"/> and of the observation's link to it.</summary>
public sealed class WalkConfiguration : IEntityTypeConfiguration<Walk>
{
    public void Configure(EntityTypeBuilder<Walk> builder)
    {
        builder.Property(w => w.ParticipantUserIds).HasMaxLength(800);
        builder.Property(w => w.OtherParticipants).HasMaxLength(200);
        builder.Property(w => w.Route).HasMaxLength(2000);
        builder.Property(w => w.Places).HasMaxLength(2000);
        builder.Property(w => w.Summary).HasMaxLength(4000);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(w => w.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.ApproachId, w.WalkedOn });

        // Deleting a walk keeps its observations (WalkService clears the link first so the change is audited).
        builder.HasMany<Observation>().WithOne().HasForeignKey(o => o.WalkId).OnDelete(DeleteBehavior.SetNull);
    }
}
