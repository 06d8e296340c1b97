using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Conversations;

/// <summary>Where an opportunity stands: from an idea on the map to the small win that grew from it.</summary>
public enum OpportunityStatus
{
    Idee = 1,
    Opgepakt = 2,
    Gerealiseerd = 3,
    Vervallen = 4,
}

/// <summary>
/// A pin on the kansenkaart (issue 11 §6; WerkwijzerPlus step 3: "Teken met betrokkenen, op een plattegrond van de buurt,
/// waar zij kansen zien in de buurt. Koppel hier kleine small wins aan."): a title and description, a place as a map
/// point and/or a named place of the area, where the idea came from, optional themes and a status. Readers follow the
/// visibility model (ADR 0005); changed with <see cref="Security.ApproachPermission.Edit"/>.
/// </summary>
public sealed class Opportunity : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>WGS84 latitude of the pin, if any.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>A named place of the area ("Trapveld"), "" when only a point was given.</summary>
    public string PlaceName { get; set; } = "";

    /// <summary>Where the idea came from (a bewonersavond, a conversation, the banner); groups, never names.</summary>
    public string Source { get; set; } = "";

    public OpportunityStatus Status { get; set; } = OpportunityStatus.Idee;

    /// <summary>The themes of this approach it belongs to (primitive collection; optional).</summary>
    public List<Guid> ThemeIds { get; set; } = [];

    public Guid? CreatedByUserId { get; set; }

    public VisibilityLevel Visibility { get; set; } = OpportunityDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An aanleiding is a problem or a chance.</summary>
public enum OccasionKind
{
    Probleem = 1,
    Kans = 2,
}

/// <summary>
/// An aanleiding (ESS step 9 "Vind een aanleiding": "Bepaal eerst samen met het netwerk de aanleiding en het doel"):
/// a problem or a chance, with its source and date, recorded before any activity is planned. Readers follow the
/// visibility model (ADR 0005).
/// </summary>
public sealed class Occasion : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public OccasionKind Kind { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Where it came from (overlastmeldingen, an inspraakmoment, a conversation).</summary>
    public string Source { get; set; } = "";

    public DateOnly Date { get; set; }

    public VisibilityLevel Visibility { get; set; } = OpportunityDefaults.Visibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Defaults of the kansenkaart records.</summary>
public static class OpportunityDefaults
{
    /// <summary>The kansenkaart is drawn with partners; the team may open a pin to the network (residents) or close it.</summary>
    public const VisibilityLevel Visibility = VisibilityLevel.Partners;
}

/// <summary>Dutch labels.</summary>
public static class OpportunityLabels
{
    public static string For(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Idee => "Idee",
        OpportunityStatus.Opgepakt => "Opgepakt",
        OpportunityStatus.Gerealiseerd => "Gerealiseerd (small win)",
        OpportunityStatus.Vervallen => "Vervallen",
        _ => status.ToString(),
    };

    public static string For(OccasionKind kind) => kind == OccasionKind.Kans ? "Kans" : "Probleem";
}
