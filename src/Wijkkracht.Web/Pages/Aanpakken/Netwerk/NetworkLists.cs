using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Network;

namespace Wijkkracht.Web.Pages.Aanpakken.Netwerk;

/// <summary>Pick lists and number formats of the network pages.</summary>
public static class NetworkLists
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        [new("Kies een soort", ""), .. Enum.GetValues<ActorKind>().Select(k => new SelectListItem(NetworkLabels.For(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> Spheres { get; } =
        [new("Niet ingevuld", ""), .. Enum.GetValues<PpctLevel>().Select(l => new SelectListItem(GoalLabels.For(l), l.ToString()))];

    public static IReadOnlyList<SelectListItem> Willingness { get; } =
        Enum.GetValues<Core.Network.Willingness>().Select(w => new SelectListItem(NetworkLabels.For(w), w.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Compensations { get; } =
        Enum.GetValues<Compensation>().Select(c => new SelectListItem(NetworkLabels.For(c), c.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Protections { get; } =
        Enum.GetValues<ProtectionLevel>().Select(p => new SelectListItem(NetworkLabels.For(p), p.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Stances { get; } =
        Enum.GetValues<Stance>().Select(s => new SelectListItem(NetworkLabels.For(s), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> RelationTypes { get; } =
        [new("Kies een soort relatie", ""), .. Enum.GetValues<RelationType>().Select(t => new SelectListItem(NetworkLabels.For(t), t.ToString()))];

    public static IReadOnlyList<SelectListItem> Sources { get; } =
        Enum.GetValues<RelationSource>().Select(s => new SelectListItem(NetworkLabels.For(s), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Confidences { get; } =
        Enum.GetValues<Confidence>().Select(c => new SelectListItem(NetworkLabels.For(c), c.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> ContactKinds { get; } =
        [new("Kies een soort contact", ""), .. Enum.GetValues<ContactKind>().Select(k => new SelectListItem(NetworkLabels.For(k), k.ToString()))];

    /// <summary>A measure with three decimals and a Dutch decimal comma; a dash when there is no value.</summary>
    public static string Figure(double? value) => value is { } v ? v.ToString("0.000", Dutch) : "–";

    /// <summary>The actors as a pick list (names as the reader may see them).</summary>
    public static IReadOnlyList<SelectListItem> Actors(IEnumerable<ActorView> actors, string empty) =>
        [new(empty, ""), .. actors.Select(a => new SelectListItem($"{a.Actor.DisplayName} ({NetworkLabels.For(a.Actor.Kind).ToLowerInvariant()})", a.Actor.Id.ToString()))];
}
