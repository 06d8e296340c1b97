using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Approaches;

/// <summary>The method(s) an approach follows.</summary>
public enum ApproachMethod
{
    WerkwijzerPlus = 1,
    WeerbareGemeenschappen = 2,
    Beide = 3,
}

/// <summary>Lifecycle status of an approach.</summary>
public enum ApproachStatus
{
    Voorbereiding = 1,
    Actief = 2,
    Gepauzeerd = 3,
    Afgerond = 4,
}

/// <summary>A neighbourhood approach (aanpak) for one area.</summary>
public sealed class Approach : ITenantOwned, IVersioned, ITimestamped, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid AreaId { get; set; }

    public Area? Area { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The issue (vraagstuk) the approach addresses.</summary>
    public string Issue { get; set; } = "";

    public ApproachMethod Method { get; set; }

    public DateOnly StartDate { get; set; }

    public ApproachStatus Status { get; set; } = ApproachStatus.Voorbereiding;

    public List<ApproachMember> Members { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A user's membership of an approach, with an approach role.</summary>
public sealed class ApproachMember : ITenantOwned, IAudited, IApproachScoped, ITimestamped, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public Approach? Approach { get; set; }

    public Guid UserId { get; set; }

    public AppUser? User { get; set; }

    public ApproachRole Role { get; set; }

    /// <summary>The kind of organisation the member works for; decides which partner-restricted records they see (ADR 0005).</summary>
    public PartnerType PartnerType { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Dutch labels.</summary>
public static class ApproachLabels
{
    public static string For(ApproachMethod method) => method switch
    {
        ApproachMethod.WerkwijzerPlus => "WerkwijzerPlus en Weerbare Jeugd",
        ApproachMethod.WeerbareGemeenschappen => "Weerbare gemeenschappen tegen ondermijning",
        ApproachMethod.Beide => "Beide methoden",
        _ => method.ToString(),
    };

    public static string For(ApproachStatus status) => status switch
    {
        ApproachStatus.Voorbereiding => "In voorbereiding",
        ApproachStatus.Actief => "Actief",
        ApproachStatus.Gepauzeerd => "Gepauzeerd",
        ApproachStatus.Afgerond => "Afgerond",
        _ => status.ToString(),
    };
}
