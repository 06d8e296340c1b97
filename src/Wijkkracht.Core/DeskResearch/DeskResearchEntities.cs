using Wijkkracht.Core.Common;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.DeskResearch;

/// <summary>
/// An earlier participation or collaboration trajectory in the approach's area, answered with the four questions of
/// ESS step 3 "Duik in de geschiedenis van het gebied" (content/desk-research.yaml). Contact persons may be named, so
/// the default visibility is the core team.
/// </summary>
public sealed class EarlierTrajectory : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>When it ran, in words ("2019–2021", "voorjaar 2023").</summary>
    public string Period { get; set; } = "";

    /// <summary>Who ran it (department, organisation, researchers).</summary>
    public string RunBy { get; set; } = "";

    /// <summary>"Wat leverden eerdere trajecten op?"</summary>
    public string Outcomes { get; set; } = "";

    /// <summary>"Wie waren belangrijke contactpersonen?"</summary>
    public string KeyContacts { get; set; } = "";

    /// <summary>"Wat is er gedaan met adviezen van bewoners?"</summary>
    public string ResidentAdvice { get; set; } = "";

    /// <summary>"Hoe verliep de terugkoppeling naar betrokken bewoners?"</summary>
    public string FeedbackToResidents { get; set; } = "";

    /// <summary>Where this was found (reports, colleagues, archive).</summary>
    public string Sources { get; set; } = "";

    public VisibilityLevel Visibility { get; set; } = DeskResearchDefaults.TrajectoryVisibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The kinds of quantitative data ESS step 3 "Verzamel cijfermateriaal" names, plus monitors and other.</summary>
public enum DatasetTopic
{
    Demografie = 1,
    RisicoEnBeschermendeFactoren = 2,
    EerdereAnalyse = 3,
    Criminaliteit = 4,
    BelevingVeiligheid = 5,
    Monitor = 6,
    Overig = 7,
}

/// <summary>
/// A dataset of the organisation (e.g. "CBS kerncijfers wijken en buurten"): one measure with its source, licence and
/// unit, and figures per area and period. Organisation-wide, because the areas are; approaches show the figures of
/// their areas. Coördinator and Beheerder maintain datasets; approach members read them.
/// </summary>
public sealed class Dataset : ITenantOwned, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string Name { get; set; } = "";

    public DatasetTopic Topic { get; set; } = DatasetTopic.Overig;

    /// <summary>Publisher and table, e.g. "CBS StatLine, tabel 85984NED".</summary>
    public string Source { get; set; } = "";

    /// <summary>E.g. "CC BY 4.0".</summary>
    public string Licence { get; set; } = "";

    /// <summary>E.g. "aantal inwoners", "per 1.000 inwoners", "score 1–9".</summary>
    public string Unit { get; set; } = "";

    public string Description { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One figure of a dataset: an area (CBS code GM…, WK… or BU…), a period (year "2024" or quarter "2024-Q3") and either
/// a value or the CBS symbol that says why there is none ("." niet beschikbaar, "x" geheim, "-"). A suppressed figure
/// is never a 0.
/// </summary>
public sealed class AreaFigure : ITenantOwned, IAudited, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid DatasetId { get; set; }

    public string AreaCode { get; set; } = "";

    public string Period { get; set; } = "";

    /// <summary>The value; null when <see cref="Symbol"/> is set.</summary>
    public decimal? Value { get; set; }

    /// <summary>The CBS symbol of a suppressed value (".", "x" or "-"); null when there is a value.</summary>
    public string? Symbol { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Kinds of entries of a sociale kaart, after ESS step 3 "Gebruik een sociale kaart".</summary>
public enum SocialMapKind
{
    Samenwerkingsverband = 1,
    AfdelingOfCollega = 2,
    Netwerk = 3,
    Sleutelpersoon = 4,
    Organisatie = 5,
    Overig = 6,
}

/// <summary>
/// An entry of the approach's sociale kaart: an existing network, collaboration, department or key person. A later
/// network feature links actors to these entries by id.
/// </summary>
public sealed class SocialMapEntry : ITenantOwned, IApproachScoped, IAudited, IVersioned, ITimestamped, IHasVisibility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ApproachId { get; set; }

    public string Name { get; set; } = "";

    public SocialMapKind Kind { get; set; } = SocialMapKind.Netwerk;

    /// <summary>Who is involved (organisations, groups, roles).</summary>
    public string Involved { get; set; } = "";

    /// <summary>Through whom contact runs.</summary>
    public string ContactVia { get; set; } = "";

    public string Notes { get; set; } = "";

    public VisibilityLevel Visibility { get; set; } = DeskResearchDefaults.SocialMapVisibility;

    public PartnerType VisibleToPartnerTypes { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Default visibility per record type (ADR 0005).</summary>
public static class DeskResearchDefaults
{
    /// <summary>Earlier trajectories name contact persons: core team by default.</summary>
    public const VisibilityLevel TrajectoryVisibility = VisibilityLevel.Kernteam;

    /// <summary>The sociale kaart names key persons and who is the contact: core team by default.</summary>
    public const VisibilityLevel SocialMapVisibility = VisibilityLevel.Kernteam;
}

/// <summary>Dutch labels.</summary>
public static class DeskResearchLabels
{
    public static string For(DatasetTopic topic) => topic switch
    {
        DatasetTopic.Demografie => "Demografische gegevens",
        DatasetTopic.RisicoEnBeschermendeFactoren => "Risico- en beschermende factoren",
        DatasetTopic.EerdereAnalyse => "Eerder gemaakte analyse",
        DatasetTopic.Criminaliteit => "Criminaliteitscijfers",
        DatasetTopic.BelevingVeiligheid => "Beleving van (on)veiligheid",
        DatasetTopic.Monitor => "Monitor (leefbaarheid, veiligheid)",
        DatasetTopic.Overig => "Overig",
        _ => topic.ToString(),
    };

    public static string For(SocialMapKind kind) => kind switch
    {
        SocialMapKind.Samenwerkingsverband => "Lopend samenwerkingsverband",
        SocialMapKind.AfdelingOfCollega => "Afdeling of collega in de gemeente",
        SocialMapKind.Netwerk => "Actief netwerk",
        SocialMapKind.Sleutelpersoon => "Sleutelpersoon in de wijk",
        SocialMapKind.Organisatie => "Organisatie of professional",
        SocialMapKind.Overig => "Overig",
        _ => kind.ToString(),
    };

    /// <summary>The text shown for a suppressed figure: never a number.</summary>
    public static string ForSymbol(string symbol) => symbol switch
    {
        "x" => "geheim (x)",
        "." => "niet beschikbaar (.)",
        "-" => "niet beschikbaar (-)",
        _ => "geheim / niet beschikbaar",
    };

    /// <summary>A value or the symbol's text, in Dutch notation.</summary>
    public static string ForFigure(AreaFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Symbol is { } s ? ForSymbol(s) : figure.Value?.ToString("#,##0.####", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) ?? "–";
    }
}
