using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Evaluation;

/// <summary>One point of the guide's closing checklist (content/fieldwork-questions.yaml, list "afsluiten"): done or not, and a note.</summary>
public sealed class ClosingCheck
{
    public int Item { get; set; }

    public bool Done { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>
/// Closing the collaboration (issue 13 §6; ESS step 12 "Samenwerking afronden en netwerk voortzetten"): the closing
/// checklist, the handover (to whom) and how the network continues. One per approach; closing it sets the approach to
/// Afgerond. Only the core team closes.
/// </summary>
public sealed class ApproachClosing : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public List<ClosingCheck> Checklist { get; set; } = [];

    /// <summary>To whom the work is handed over (an organisation, the community itself).</summary>
    public string HandoverTo { get; set; } = "";

    public string HandoverNote { get; set; } = "";

    /// <summary>How the network continues: periodic meetings, divided tasks, new shared goals, a place to meet.</summary>
    public string Continuation { get; set; } = "";

    public DateOnly? ClosedOn { get; set; }

    public Guid? ClosedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = EvaluationDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>EF mapping of <see cref="ApproachClosing"/>: one per approach; the checklist is owned JSON.</summary>
public sealed class ApproachClosingConfiguration : IEntityTypeConfiguration<ApproachClosing>
{
    public void Configure(EntityTypeBuilder<ApproachClosing> builder)
    {
        builder.Property(c => c.HandoverTo).HasMaxLength(EvaluationDefaults.Short);
        builder.Property(c => c.HandoverNote).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(c => c.Continuation).HasMaxLength(EvaluationDefaults.Long);
        builder.Property(c => c.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.OwnsMany(c => c.Checklist, c => c.ToJson());
        builder.HasOne<Approach>().WithMany().HasForeignKey(c => c.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ApproachId).IsUnique();
    }
}
