using Wijkkracht.Core.Observations;

namespace Wijkkracht.Web.Pages.Aanpakken.Waarnemingen;

/// <summary>One numbered pin on the plattegrond (x and y in percent).</summary>
public sealed record PlattegrondPin(int Number, double X, double Y);

/// <summary>
/// The model of <c>_PlattegrondSvg.cshtml</c>: the image with its pins as inline SVG, so the pins sit in the right place
/// without JavaScript and without inline styles (the CSP allows none). <paramref name="Pick"/> marks the picker on the
/// observation form, where js/plattegrond.js lets a click set the two number fields.
/// </summary>
public sealed record PlattegrondSvgModel(Guid ApproachId, Plattegrond Plattegrond, IReadOnlyList<PlattegrondPin> Pins, string Label, bool Pick)
{
    /// <summary>Pin radius in image pixels (about 1.3 % of the width, at least 8).</summary>
    public double Radius => Math.Max(8, Plattegrond.Width * 0.013);

    public static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
