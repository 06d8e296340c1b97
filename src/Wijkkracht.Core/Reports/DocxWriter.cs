using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wijkkracht.Core.Common;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using CleanText = Wijkkracht.Core.Common.TextInput;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Wijkkracht.Core.Reports;

/// <summary>
/// Writes an <see cref="ApproachReport"/> as a Word document (Open XML, .docx) with real heading styles and tables. Text is
/// cleaned with <see cref="CleanText.Clean"/> here too, so a character that XML cannot hold, stored before input was
/// normalised, never breaks the export. A section with a <see cref="ReportChart"/> gets a native Word line chart (a
/// DrawingML chart part with the figures as literal data, so Word draws it without an embedded workbook), with the
/// section's table of the same figures after it.
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
            uint drawingId = 0;
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

                if (section.Chart is { Values.Count: > 0 } chart)
                    body.Append(ChartParagraph(main, chart, ++drawingId));

                if (section.TableHeader is { } header && section.TableRows is { Count: > 0 } rows)
                    body.Append(Table(header, rows));
            }

            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>English-free number text for the chart cache (Word reads the cache with a dot as decimal separator).</summary>
    private static string Number(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A paragraph holding an inline chart; the chart itself lives in its own <see cref="ChartPart"/>.</summary>
    private static Paragraph ChartParagraph(MainDocumentPart main, ReportChart chart, uint id)
    {
        var part = main.AddNewPart<ChartPart>();
        part.ChartSpace = ChartSpace(chart);
        part.ChartSpace.Save();
        const long width = 5486400L, height = 2743200L; // 15.24 cm × 7.62 cm in EMU
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = "Grafiek " + id, Description = CleanText.Clean(chart.Title) + ". De tabel hieronder geeft dezelfde cijfers." },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static C.ChartSpace ChartSpace(ReportChart chart)
    {
        var categories = chart.Categories.Take(chart.Values.Count).ToList();
        var plot = new C.PlotArea(new C.Layout());
        var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        line.Append(Series(0, chart.SeriesName, categories, chart.Values, "154273", dashed: false));
        if (chart.Target is { } target)
            line.Append(Series(1, "Streefwaarde", categories, categories.Select(_ => target).ToList(), "595959", dashed: true));
        line.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = 48650112U }, new C.AxisId { Val = 48672768U });
        plot.Append(line);
        plot.Append(new C.CategoryAxis(
            new C.AxisId { Val = 48650112U },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = 48672768U },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false }));
        plot.Append(new C.ValueAxis(
            new C.AxisId { Val = 48672768U },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.MajorGridlines(),
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = 48650112U },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between }));
        var legend = new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false });
        return new C.ChartSpace(
            new C.EditingLanguage { Val = "nl-NL" },
            new C.RoundedCorners { Val = false },
            new C.Chart(new C.AutoTitleDeleted { Val = true }, plot, legend, new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }

    private static C.LineChartSeries Series(uint index, string name, List<string> categories, IReadOnlyList<decimal> values, string colour, bool dashed)
    {
        var outline = new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = 28575 };
        if (dashed)
            outline.Append(new A.PresetDash { Val = A.PresetLineDashValues.Dash });
        var labels = new C.StringLiteral(new C.PointCount { Val = (uint)categories.Count });
        for (var i = 0; i < categories.Count; i++)
            labels.Append(new C.StringPoint(new C.NumericValue(CleanText.Clean(categories[i]))) { Index = (uint)i });
        var numbers = new C.NumberLiteral(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
            numbers.Append(new C.NumericPoint(new C.NumericValue(Number(values[i]))) { Index = (uint)i });
        return new C.LineChartSeries(
            new C.Index { Val = index },
            new C.Order { Val = index },
            new C.SeriesText(new C.NumericValue(CleanText.Clean(name))),
            new C.ChartShapeProperties(outline),
            new C.Marker(new C.Symbol { Val = dashed ? C.MarkerStyleValues.None : C.MarkerStyleValues.Circle }),
            new C.CategoryAxisData(labels),
            new C.Values(numbers),
            new C.Smooth { Val = false });
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
