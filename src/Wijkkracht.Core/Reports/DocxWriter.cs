using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wijkkracht.Core.Common;
using CleanText = Wijkkracht.Core.Common.TextInput;

namespace Wijkkracht.Core.Reports;

/// <summary>
/// Writes an <see cref="ApproachReport"/> as a Word document (Open XML, .docx) with real heading styles and tables. Text is
/// cleaned with <see cref="CleanText.Clean"/> here too, so a character that XML cannot hold, stored before input was
/// normalised, never breaks the export.
/// </summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ApproachReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = CleanText.Clean(report.Title);
            document.PackageProperties.Creator = CleanText.Clean(report.CreatedBy);
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Para(report.Title, "Title"));
            body.Append(Para(report.Subtitle, "Subtitle"));
            body.Append(Para($"Gemaakt op {report.CreatedAt.ToDutchTime():d-M-yyyy HH:mm} door {report.CreatedBy}. Vertrouwelijk: bevat gegevens van de aanpak.", null));
            if (report.Period is { } period)
                body.Append(Para($"Periode: {period.Label}", null));
            var inAppendix = false;
            foreach (var section in report.Sections)
            {
                if (section.Appendix && !inAppendix)
                {
                    // The stuurgroep page ends here: the appendix starts on a new page.
                    inAppendix = true;
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    body.Append(Para("Bijlagen", "Title"));
                }

                body.Append(Para(section.Appendix ? "Bijlage: " + section.Title : section.Title, "Heading1"));
                if (section.Intro is not null)
                    body.Append(Para(section.Intro, null));
                foreach (var (label, value) in section.Fields)
                {
                    body.Append(Para(label, "Heading2"));
                    foreach (var line in value.Split('\n'))
                        body.Append(Para(line.TrimEnd('\r'), null));
                }

                if (section.TableHeader is { } header && section.TableRows is { Count: > 0 } rows)
                    body.Append(Table(header, rows));
            }

            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Para(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(CleanText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        // Element order follows the Open XML schema (tblW before tblBorders; top, left, bottom, right).
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border));
        var grid = new TableGrid();
        foreach (var _ in header)
            grid.Append(new GridColumn { Width = (9638 / header.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        table.Append(grid);
        var headerRow = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var cell in header)
            headerRow.Append(new TableCell(new Paragraph(new Run(new RunProperties(new Bold()), new Text(CleanText.Clean(cell))))));
        table.Append(headerRow);
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row)
                tableRow.Append(new TableCell(new Paragraph(new Run(new Text(CleanText.Clean(cell)) { Space = SpaceProcessingModeValues.Preserve }))));
            table.Append(tableRow);
        }

        return table;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }, new FontSize { Val = "22" }, new Languages { Val = "nl-NL" }))),
            Style("Normal", "Normal", null, null, false),
            Style("Title", "Title", "40", null, true),
            Style("Subtitle", "Subtitle", "26", null, false),
            Style("Heading1", "heading 1", "32", 0, true),
            Style("Heading2", "heading 2", "24", 1, true));
        styles.Styles.Save();
    }

    private static Style Style(string id, string name, string? size, int? outline, bool bold)
    {
        var run = new StyleRunProperties();
        if (bold)
            run.Append(new Bold());
        if (size is not null)
            run.Append(new FontSize { Val = size });
        var style = new Style(new StyleName { Val = name })
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = id == "Normal" ? OnOffValue.FromBoolean(true) : null,
        };
        if (id != "Normal")
            style.Append(new BasedOn { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (outline is { } level)
            style.Append(new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = level }));
        style.Append(run);
        return style;
    }
}
