using Wijkkracht.Core.Common;

namespace Wijkkracht.Core.Areas;

/// <summary>Kind of area, after the CBS "Wijk- en Buurtkaart".</summary>
public enum AreaKind
{
    Wijk = 1,
    Buurt = 2,
}

/// <summary>A wijk or buurt of the organisation, identified by its CBS code.</summary>
public sealed class Area : ITenantOwned, IVersioned, ITimestamped, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public AreaKind Kind { get; set; }

    /// <summary>CBS code: "WK" + 6 digits for a wijk, "BU" + 8 digits for a buurt; digits start with the GM code's 4.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>For a buurt: the wijk it lies in (optional).</summary>
    public Guid? ParentId { get; set; }

    public Area? Parent { get; set; }

    /// <summary>Validated GeoJSON geometry (Polygon or MultiPolygon) of the boundary, if uploaded.</summary>
    public string? BoundaryGeoJson { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
