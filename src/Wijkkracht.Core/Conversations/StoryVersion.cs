using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Conversations;

/// <summary>The kind of record a shared story cites.</summary>
public enum StoryCitationKind
{
    Thema = 1,
    Patroon = 2,
    Tijdlijn = 3,
}

/// <summary>
/// One saved version of the shared story of the neighbourhood (issue 11 §7; WerkwijzerPlus step 3: "breng je de
/// informatie uit stap 1 en 2 samen tot een gezamenlijk verhaal"). Like the plan of approach, versions are never changed:
/// every save adds the next number. It cites themes, patterns and timeline events; the newest version goes into the
/// progress report. Readers follow the visibility model (ADR 0005); a new version inherits the level of the one before.
/// </summary>
public sealed class StoryVersion : ITenantOwned, IApproachScoped, IAudited, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    /// <summary>1, 2, 3, … per approach; unique per approach.</summary>
    public int Number { get; set; }

    public string Text { get; set; } = "";

    /// <summary>The cited themes, patterns and timeline events (owned JSON); citations of deleted records are skipped when read.</summary>
    public List<StoryCitation> Citations { get; set; } = [];

    public VisibilityLevel Visibility { get; set; } = StoryDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid CreatedByUserId { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One record cited by the story.</summary>
public sealed class StoryCitation
{
    public StoryCitationKind Kind { get; set; }

    public Guid RecordId { get; set; }
}

/// <summary>Defaults of the shared story.</summary>
public static class StoryDefaults
{
    /// <summary>Like the plan of approach: core team and partners.</summary>
    public const VisibilityLevel Visibility = VisibilityLevel.Partners;

    /// <summary>The longest story text.</summary>
    public const int MaxTextLength = 20000;
}
