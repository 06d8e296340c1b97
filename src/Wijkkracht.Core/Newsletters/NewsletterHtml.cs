using System.Globalization;
using System.Net;
using System.Text;

namespace Wijkkracht.Core.Newsletters;

/// <summary>
/// The buurtbericht as HTML, in the guide's sections: the print page shows <see cref="Body"/> and the download wraps it in
/// a self-contained document (<see cref="Document"/>). Every text is HTML-encoded here, and the introduction's name is
/// only written when consent was recorded (<see cref="Newsletter.MayPrintIntroName"/>), so no path prints a name
/// without it.
/// </summary>
public static class NewsletterHtml
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The sections, with h2 headings (the page or document supplies the h1 with the title).</summary>
    public static string Body(Newsletter newsletter)
    {
        ArgumentNullException.ThrowIfNull(newsletter);
        var n = newsletter;
        var html = new StringBuilder();
        html.Append("<p class=\"wk-newsletter__meta\">").Append(E(n.EditionDate.ToString("d MMMM yyyy", Dutch)));
        if (n.CoAuthors.Count > 0)
            html.Append(" · Samen geschreven door ").Append(E(Join(n.CoAuthors)));
        html.Append("</p>\n");

        if (n.IntroRole.Length > 0 || n.IntroText.Length > 0)
        {
            var role = n.IntroRole.Length > 0 ? n.IntroRole : "iemand uit de buurt";
            html.Append("<section class=\"wk-newsletter__section\">\n<h2>").Append(E(Capital(role) + " stelt zich voor")).Append("</h2>\n");
            if (n.MayPrintIntroName)
                html.Append("<p><strong>").Append(E(n.IntroName)).Append("</strong>, ").Append(E(role)).Append("</p>\n");
            Paragraphs(html, n.IntroText);
            html.Append("</section>\n");
        }

        if (n.ReportBack.Count > 0)
        {
            html.Append("<section class=\"wk-newsletter__section\">\n<h2>Terugblik: zo deed de buurt mee</h2>\n");
            foreach (var story in n.ReportBack)
                Item(html, story.Title, story.Date, story.Place, story.Text);
            html.Append("</section>\n");
        }

        if (n.HubName.Length > 0 || n.HubText.Length > 0 || n.Agenda.Count > 0)
        {
            html.Append("<section class=\"wk-newsletter__section\">\n<h2>").Append(E(n.HubName.Length > 0 ? "Nieuws van " + n.HubName : "Nieuws uit het buurthuis")).Append("</h2>\n");
            Paragraphs(html, n.HubText);
            if (n.Agenda.Count > 0)
            {
                html.Append("<ul class=\"wk-newsletter__agenda\">\n");
                foreach (var item in n.Agenda)
                {
                    html.Append("<li><strong>").Append(E(item.What)).Append("</strong> ").Append(E(item.When));
                    if (item.Where.Length > 0)
                        html.Append(", ").Append(E(item.Where));
                    html.Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</section>\n");
        }

        if (n.Events.Count > 0)
        {
            html.Append("<section class=\"wk-newsletter__section\">\n<h2>Binnenkort in de buurt</h2>\n");
            foreach (var e in n.Events)
                Item(html, e.Title, e.Date, e.Place, e.Text);
            html.Append("</section>\n");
        }

        if (n.CallToAction.Length > 0)
        {
            html.Append("<section class=\"wk-newsletter__section wk-newsletter__call\">\n<h2>Doe mee!</h2>\n");
            Paragraphs(html, n.CallToAction);
            html.Append("</section>\n");
        }

        if (n.CoAuthors.Count > 0)
            html.Append("<p class=\"wk-newsletter__meta\">Dit buurtbericht is een gezamenlijke uitgave van ").Append(E(Join(n.CoAuthors))).Append(".</p>\n");
        return html.ToString();
    }

    /// <summary>A complete, self-contained HTML document (no scripts, no external files) for the download.</summary>
    public static string Document(Newsletter newsletter)
    {
        ArgumentNullException.ThrowIfNull(newsletter);
        return $$"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(newsletter.Title)}}</title>
            <style>
            body { font-family: Arial, Helvetica, sans-serif; font-size: 1.0625rem; line-height: 1.5; color: #1a1a1a; background: #fff; max-width: 40rem; margin: 1.5rem auto; padding: 0 1rem; }
            h1 { font-size: 1.75rem; margin: 0 0 .25rem; color: #154273; }
            h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; color: #154273; border-bottom: 2px solid #154273; }
            h3 { font-size: 1.0625rem; margin: 1rem 0 .25rem; }
            .wk-newsletter__meta { color: #4a4a4a; }
            .wk-newsletter__agenda { padding-left: 1.25rem; }
            .wk-newsletter__call { background: #f3f6fa; padding: .25rem 1rem 1rem; }
            @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
            </style>
            </head>
            <body>
            <main>
            <h1>{{E(newsletter.Title)}}</h1>
            {{Body(newsletter)}}</main>
            </body>
            </html>
            """;
    }

    /// <summary>A file name for the download ("buurtbericht-2026-05-01.html").</summary>
    public static string FileName(Newsletter newsletter)
    {
        ArgumentNullException.ThrowIfNull(newsletter);
        return "buurtbericht-" + newsletter.EditionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".html";
    }

    private static void Item(StringBuilder html, string title, DateOnly? date, string place, string text)
    {
        html.Append("<h3>").Append(E(title)).Append("</h3>\n");
        var when = string.Join(", ", new[] { date?.ToString("dddd d MMMM yyyy", Dutch) ?? "", place }.Where(p => p.Length > 0));
        if (when.Length > 0)
            html.Append("<p class=\"wk-newsletter__meta\">").Append(E(when)).Append("</p>\n");
        Paragraphs(html, text);
    }

    private static void Paragraphs(StringBuilder html, string text)
    {
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            html.Append("<p>").Append(E(line)).Append("</p>\n");
    }

    private static string Join(List<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " en " + names[^1],
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Dutch) + text[1..];

    private static string E(string text) => WebUtility.HtmlEncode(Common.TextInput.Clean(text));
}
