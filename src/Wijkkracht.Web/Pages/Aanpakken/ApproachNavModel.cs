using Wijkkracht.Core.Security;
using Wijkkracht.Web.Infrastructure;

namespace Wijkkracht.Web.Pages.Aanpakken;

/// <summary>One link of the approach navigation: a Razor page (linked with asp-page) and its Dutch label.</summary>
public sealed record ApproachNavLink(string Page, string Label, bool IsCurrent);

/// <summary>A group of links; a group without a label is shown as a single link (Overzicht, Rapportage).</summary>
public sealed record ApproachNavGroup(string? Label, IReadOnlyList<ApproachNavLink> Links);

/// <summary>
/// The grouped navigation of an approach's workspace. Which links a user sees follows the access rule each page declares
/// (<see cref="ApproachPageAttribute"/>) and the user's role in the approach, through <see cref="PageAccessCatalog"/>.
/// New sections (field work, safety) are added to <see cref="Sections"/> in their group.
/// </summary>
public sealed class ApproachNavModel
{
    /// <summary>The sections in order: group label (null: stand-alone), page, label, and the route section the page's model passes.</summary>
    public static readonly IReadOnlyList<(string? Group, string Page, string Label, string Section)> Sections =
    [
        (null, "/Aanpakken/Detail", "Overzicht", ""),
        ("Voorbereiding", "/Aanpakken/Stappen/Index", "Stappen", "stappen"),
        ("Voorbereiding", "/Aanpakken/Vooronderzoek/Index", "Vooronderzoek", "vooronderzoek"),
        ("Voorbereiding", "/Aanpakken/Randvoorwaarden/Index", "Randvoorwaarden", "randvoorwaarden"),
        ("Voorbereiding", "/Aanpakken/Beslismoment", "Beslismoment", "beslismoment"),
        ("Voorbereiding", "/Aanpakken/Plan/Index", "Plan van aanpak", "plan"),
        ("Uitvoering", "/Aanpakken/Waarnemingen/Index", "Waarnemingen", "waarnemingen"),
        ("Uitvoering", "/Aanpakken/Doelen/Index", "Doelen", "doelen"),
        ("Uitvoering", "/Aanpakken/Interventies", "Interventies", "interventies"),
        ("Uitvoering", "/Aanpakken/Acties/Index", "Acties", "acties"),
        ("Uitvoering", "/Aanpakken/Bijeenkomsten/Index", "Bijeenkomsten", "bijeenkomsten"),
        ("Uitvoering", "/Aanpakken/Afspraken/Index", "Afspraken", "afspraken"),
        ("Uitvoering", "/Aanpakken/Evaluatie/Index", "Evaluatie", "evaluatie"),
        ("Verhalen", "/Aanpakken/Gesprekken/Index", "Gesprekken", "gesprekken"),
        ("Verhalen", "/Aanpakken/Gesprekken/Terugkoppelingen", "Terugkoppeling", "terugkoppelingen"),
        ("Verhalen", "/Aanpakken/Tijdlijn/Index", "Tijdlijn", "tijdlijn"),
        ("Verhalen", "/Aanpakken/Themas/Index", "Thema's", "themas"),
        ("Verhalen", "/Aanpakken/Kansenkaart/Index", "Kansenkaart", "kansenkaart"),
        ("Verhalen", "/Aanpakken/Verhaal/Index", "Gezamenlijk verhaal", "verhaal"),
        ("Team", "/Aanpakken/Netwerk/Index", "Netwerk", "netwerk"),
        ("Team", "/Aanpakken/Leden", "Leden", "leden"),
        ("Team", "/Aanpakken/Veiligheid/Index", "Veiligheid", "veiligheid"),
        (null, "/Aanpakken/Rapport", "Rapportage", "rapport"),
        (null, "/Aanpakken/Delen", "Exporteren en delen", "delen"),
        (null, "/Aanpakken/Verwerkingsregister", "Verwerkingsregister", "verwerkingsregister"),
    ];

    public ApproachNavModel(Guid approachId, string title, string section, Func<string, bool> canOpen)
    {
        ApproachId = approachId;
        Title = title;
        var groups = new List<ApproachNavGroup>();
        foreach (var entry in Sections.Where(s => canOpen(s.Page)))
        {
            var link = new ApproachNavLink(entry.Page, entry.Label, string.Equals(entry.Section, section, StringComparison.OrdinalIgnoreCase));
            if (entry.Group is not null && groups.Count > 0 && groups[^1].Label == entry.Group)
                ((List<ApproachNavLink>)groups[^1].Links).Add(link);
            else
                groups.Add(new ApproachNavGroup(entry.Group, new List<ApproachNavLink> { link }));
        }

        Groups = groups;
        Current = groups.SelectMany(g => g.Links).FirstOrDefault(l => l.IsCurrent);
    }

    public Guid ApproachId { get; }

    public string Title { get; }

    public IReadOnlyList<ApproachNavGroup> Groups { get; }

    /// <summary>The section the current page belongs to (null on pages outside the sections).</summary>
    public ApproachNavLink? Current { get; }

    /// <summary>All links, in order (for tests and the overview).</summary>
    public IEnumerable<ApproachNavLink> Links => Groups.SelectMany(g => g.Links);

    /// <summary>"Uw rol in deze aanpak": the approach role's label (or how a non-member sees it).</summary>
    public string? MyRoleLabel { get; init; }

    /// <summary>One sentence of what that role may do here.</summary>
    public string? MyRoleExplanation { get; init; }

    /// <summary>Builds the navigation for an actor with <paramref name="memberRole"/> in the approach.</summary>
    public static ApproachNavModel For(PageAccessCatalog catalog, Actor actor, ApproachRole? memberRole, Guid approachId, string title, string section)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(approachId, title, section, page => catalog.CanOpen(page, actor, memberRole))
        {
            MyRoleLabel = memberRole is { } role ? RoleLabels.For(role) : "geen lid (" + RoleLabels.For(actor.Role).ToLowerInvariant() + ")",
            MyRoleExplanation = memberRole is { } r ? RoleLabels.Explain(r) : RoleLabels.ExplainWithoutMembership(actor.Role),
        };
    }
}
