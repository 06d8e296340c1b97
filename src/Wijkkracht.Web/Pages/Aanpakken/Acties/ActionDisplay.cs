using System.Globalization;
using Wijkkracht.Core.Actions;

namespace Wijkkracht.Web.Pages.Aanpakken.Acties;

/// <summary>Dutch display helpers for actions.</summary>
public static class ActionDisplay
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"12 mei 2026 – 30 juni 2026", "vanaf …", "tot …" or "–".</summary>
    public static string Period(NeighbourhoodAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return (action.StartDate, action.EndDate) switch
        {
            ({ } s, { } e) when s == e => Date(s),
            ({ } s, { } e) => $"{Date(s)} – {Date(e)}",
            ({ } s, null) => "vanaf " + Date(s),
            (null, { } e) => "tot en met " + Date(e),
            _ => "–",
        };
    }

    public static string Money(decimal amount) => amount.ToString("C", Dutch);
}
