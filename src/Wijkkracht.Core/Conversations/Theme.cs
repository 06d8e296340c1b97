using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Conversations;

/// <summary>
/// A theme that came up in the neighbourhood (issue 11 §5; WerkwijzerPlus step 3 "Betekenis geven"): conversations and
/// timeline events are tagged with it. Themes, patterns and sessions are read with
/// <see cref="Security.ApproachPermission.ViewPlan"/> (partners included; they do not see the conversations behind them)
/// and changed with <see cref="Security.ApproachPermission.Edit"/>.
/// </summary>
public sealed class Theme : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A conversation tagged with a theme (join table; deleting either side removes the link; audited with the conversation).</summary>
public sealed class ConversationTheme : ITenantOwned, IAuditedPart
{
    public Guid OrganisationId { get; set; }

    public Guid ConversationId { get; set; }

    public Guid ThemeId { get; set; }
}

/// <summary>A timeline event tagged with a theme (join table; audited with the event).</summary>
public sealed class TimelineEventTheme : ITenantOwned, IAuditedPart
{
    public Guid OrganisationId { get; set; }

    public Guid TimelineEventId { get; set; }

    public Guid ThemeId { get; set; }
}

/// <summary>Whether a pattern is one to strengthen or one to shift.</summary>
public enum PatternKind
{
    Positief = 1,
    Vastgelopen = 2,
}

/// <summary>The kind of record that supports a pattern.</summary>
public enum EvidenceKind
{
    Gesprek = 1,
    Tijdlijn = 2,
    Thema = 3,
}

/// <summary>
/// A pattern: a written statement, positive or vastgelopen ("positieve patronen te versterken en vastgelopen patronen
/// te verleggen", WerkwijzerPlus step 3), linked to the records that support it.
/// </summary>
public sealed class Pattern : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Statement { get; set; } = "";

    public PatternKind Kind { get; set; }

    /// <summary>The supporting records (owned JSON); links to deleted records are skipped when read.</summary>
    public List<PatternEvidence> Evidence { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One record supporting a pattern.</summary>
public sealed class PatternEvidence
{
    public EvidenceKind Kind { get; set; }

    public Guid RecordId { get; set; }
}

/// <summary>The kind of meeting in which participants prioritised themes.</summary>
public enum SessionKind
{
    Focusgroep = 1,
    Bewonersavond = 2,
    Buurtbijeenkomst = 3,
}

/// <summary>
/// A session (focusgroep, bewonersavond) that recorded which themes the participants prioritised, and who wants to
/// contribute and how ("Zicht op wie zich wil/kan inzetten en op welke manier").
/// </summary>
public sealed class ThemeSession : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public SessionKind Kind { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Which groups attended (no names).</summary>
    public string AttendingGroups { get; set; } = "";

    /// <summary>The prioritised themes, most important first (primitive collection).</summary>
    public List<Guid> PrioritisedThemeIds { get; set; } = [];

    /// <summary>Who wants to contribute and how (groups or roles, no names).</summary>
    public string Contributions { get; set; } = "";

    public string Notes { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Dutch labels.</summary>
public static class ThemeLabels
{
    public static string For(PatternKind kind) => kind == PatternKind.Positief ? "Positief patroon (versterken)" : "Vastgelopen patroon (verleggen)";

    public static string For(SessionKind kind) => kind switch
    {
        SessionKind.Focusgroep => "Focusgroep",
        SessionKind.Bewonersavond => "Bewonersavond",
        SessionKind.Buurtbijeenkomst => "Buurtbijeenkomst",
        _ => kind.ToString(),
    };

    public static string For(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Gesprek => "Gesprek",
        EvidenceKind.Tijdlijn => "Tijdlijn",
        EvidenceKind.Thema => "Thema",
        _ => kind.ToString(),
    };
}
