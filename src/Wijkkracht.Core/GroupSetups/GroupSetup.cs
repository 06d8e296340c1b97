using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Conversations;

namespace Wijkkracht.Core.GroupSetups;

/// <summary>How two figures in a group set-up relate, as the professionals placed them.</summary>
public enum SetupTieKind
{
    Vriendschap = 1,
    Volgt = 2,
    Spanning = 3,
    Afstand = 4,
}

/// <summary>One anonymous figure of the set-up: a letter (A, B, C …, or A1), a spot on the sketch and its position in the group.</summary>
public sealed class SetupFigure
{
    public string Label { get; set; } = "";

    /// <summary>Percent from the left of the sketch (0–100).</summary>
    public double X { get; set; }

    /// <summary>Percent from the top of the sketch (0–100).</summary>
    public double Y { get; set; }

    /// <summary>The figure's position in the group in a few words ("leider", "meeloper", "staat erbuiten").</summary>
    public string Position { get; set; } = "";
}

/// <summary>A tie between two figures (by label).</summary>
public sealed class SetupTie
{
    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public SetupTieKind Kind { get; set; }
}

/// <summary>
/// A group set-up of a youth group (groepsopstelling jeugdgroep, issue 11 §8): with youth workers, (jeugd)boa's and
/// wijkagenten the team places Playmobil figures and discusses the relations in the group. Recorded as a group-level
/// sketch: anonymous figures (A, B, C …), their ties, and the answers to the guide's questions — above all "wat gebeurt
/// er als we een jongere uit de groep halen?". Never names of minors. Core team only, like conversations.
/// </summary>
public sealed class GroupSetup : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Which group, described without names ("jeugdgroep bij het winkelcentrum, 14–17 jaar").</summary>
    public string Group { get; set; } = "";

    /// <summary>Who made the set-up, by role or organisation ("jongerenwerker, jeugdboa, wijkagent").</summary>
    public string Participants { get; set; } = "";

    public List<SetupFigure> Figures { get; set; } = [];

    public List<SetupTie> Ties { get; set; } = [];

    public List<ConversationAnswer> Answers { get; set; } = [];

    public Guid CreatedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>EF mapping of <see cref="GroupSetup"/>: figures, ties and answers are owned JSON.</summary>
public sealed class GroupSetupConfiguration : IEntityTypeConfiguration<GroupSetup>
{
    public void Configure(EntityTypeBuilder<GroupSetup> builder)
    {
        builder.Property(s => s.Group).HasMaxLength(200);
        builder.Property(s => s.Participants).HasMaxLength(500);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Approach>().WithMany().HasForeignKey(s => s.ApproachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ApproachId, s.Date });
        builder.OwnsMany(s => s.Figures, f => f.ToJson());
        builder.OwnsMany(s => s.Ties, t =>
        {
            t.ToJson();
            t.Property(x => x.Kind).HasConversion<string>();
        });
        builder.OwnsMany(s => s.Answers, a => a.ToJson());
    }
}

/// <summary>Dutch labels of <see cref="SetupTieKind"/>.</summary>
public static class SetupLabels
{
    public static string For(SetupTieKind kind) => kind switch
    {
        SetupTieKind.Vriendschap => "Vriendschap",
        SetupTieKind.Volgt => "Volgt (kijkt op naar)",
        SetupTieKind.Spanning => "Spanning of ruzie",
        _ => "Afstand (ruggen naar elkaar)",
    };
}
