using System.Globalization;
using System.Net;
using System.Text;
using Wijkkracht.Core.DeskResearch;

namespace Wijkkracht.Web.Pages.Aanpakken.Vooronderzoek;

/// <summary>
/// A small line chart of one area's figures over time, drawn on the server as SVG (no JavaScript, no inline style: only
/// presentation attributes, allowed by the CSP). Suppressed values are gaps in the line and marked with their CBS
/// symbol, never drawn as 0. The table beside it carries the same figures for screen readers; the SVG is a labelled image.
/// </summary>
public static class FigureChart
{
    private const int Width = 320;
    private const int Height = 160;
    private const int Left = 48;
    private const int Right = 12;
    private const int Top = 12;
    private const int Bottom = 28;

    public static string Svg(IReadOnlyList<AreaFigure> figures, string label)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var points = figures.OrderBy(f => f.Period, StringComparer.Ordinal).ToList();
        var values = points.Where(f => f.Value is not null).Select(f => (double)f.Value!.Value).ToList();
        if (points.Count < 2 || values.Count == 0)
            return "";
        var min = Math.Min(0, values.Min());
        var max = values.Max();
        if (max <= min)
            max = min + 1;
        var inv = CultureInfo.InvariantCulture;
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        double X(int i) => Left + (i * (Width - Left - Right) / (double)(points.Count - 1));
        double Y(double v) => Top + ((max - v) * (Height - Top - Bottom) / (max - min));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"wk-figure-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#595959\" stroke-width=\"1\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#595959\" stroke-width=\"1\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Top + 4}\" text-anchor=\"end\" font-size=\"10\" fill=\"#333\">{WebUtility.HtmlEncode(max.ToString("#,##0.##", nl))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Height - Bottom}\" text-anchor=\"end\" font-size=\"10\" fill=\"#333\">{WebUtility.HtmlEncode(min.ToString("#,##0.##", nl))}</text>");
        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1)
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#01689b\" stroke-width=\"2\" points=\"{string.Join(' ', segment)}\"/>");
            segment.Clear();
        }

        for (var i = 0; i < points.Count; i++)
        {
            var f = points[i];
            var x = X(i);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x.ToString("0.#", inv)}\" y=\"{Height - 10}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\">{WebUtility.HtmlEncode(f.Period)}</text>");
            if (f.Value is { } v)
            {
                var y = Y((double)v);
                segment.Add($"{x.ToString("0.#", inv)},{y.ToString("0.#", inv)}");
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x.ToString("0.#", inv)}\" cy=\"{y.ToString("0.#", inv)}\" r=\"3\" fill=\"#01689b\"/>");
            }
            else
            {
                Flush();
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x.ToString("0.#", inv)}\" y=\"{Height - Bottom - 6}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#a90061\">{WebUtility.HtmlEncode(f.Symbol ?? "?")}</text>");
            }
        }

        Flush();
        svg.Append("</svg>");
        return svg.ToString();
    }
}
