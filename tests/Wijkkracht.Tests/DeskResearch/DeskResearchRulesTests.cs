using Wijkkracht.Core.Common;
using Wijkkracht.Core.DeskResearch;

namespace Wijkkracht.Tests.DeskResearch;

/// <summary>The figure rules and the CSV reader without a database: codes, periods, values, symbols and line numbers.</summary>
public sealed class DeskResearchRulesTests
{
    [Theory]
    [InlineData("GM0001", true)]
    [InlineData("GM0002", false)]
    [InlineData("WK000101", true)]
    [InlineData("WK000201", false)]
    [InlineData("BU00010101", true)]
    [InlineData("BU0001010", false)]
    [InlineData("XX00010101", false)]
    [InlineData("", false)]
    public void ValidateAreaCode_CodeOfTheMunicipality_OnlyThoseAccepted(string code, bool valid) =>
        Assert.Equal(valid, FigureRules.ValidateAreaCode(code, "GM0001") is null);

    [Theory]
    [InlineData("2024", true)]
    [InlineData("2024-Q3", true)]
    [InlineData("2024-Q5", false)]
    [InlineData("24", false)]
    [InlineData("2024-03", false)]
    public void ValidatePeriod_YearOrQuarter_OnlyThoseAccepted(string period, bool valid) =>
        Assert.Equal(valid, FigureRules.ValidatePeriod(period) is null);

    [Theory]
    [InlineData("12.5", false, "12.5", null)]
    [InlineData("12,5", true, "12.5", null)]
    [InlineData("-3", false, "-3", null)]
    [InlineData("x", false, null, "x")]
    [InlineData("X", false, null, "x")]
    [InlineData(".", false, null, ".")]
    [InlineData("-", false, null, "-")]
    public void TryParseValue_NumberOrSymbol_NeverZeroForSymbol(string text, bool comma, string? number, string? symbol)
    {
        Assert.True(FigureRules.TryParseValue(text, comma, out var value, out var parsedSymbol));
        Assert.Equal(number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(symbol, parsedSymbol);
    }

    [Theory]
    [InlineData("")]
    [InlineData("veel")]
    [InlineData("12,5")]
    [InlineData("1.234,5")]
    public void TryParseValue_NotANumber_Refused(string text) =>
        Assert.False(FigureRules.TryParseValue(text, commaDecimal: false, out _, out _));

    [Fact]
    public void Read_QuotedFieldsBlankLinesAndCrlf_KeepPhysicalLineNumbers()
    {
        var errors = new ValidationErrors();
        var records = CsvText.Read("a,b\r\n\r\n\"x, y\",\"two\nlines\"\r\nlast,\"say \"\"hi\"\"\"\n", ',', errors);
        Assert.False(errors.Any);
        Assert.Equal([1, 3, 5], records.Select(r => r.Line));
        Assert.Equal(["x, y", "two\nlines"], records[1].Fields);
        Assert.Equal(["last", "say \"hi\""], records[2].Fields);
    }

    [Fact]
    public void Read_UnclosedQuote_ReportedWithItsLine()
    {
        var errors = new ValidationErrors();
        CsvText.Read("a,b\n1,\"open\n", ',', errors);
        Assert.Contains("lines[2].file", errors.ToDictionary().Keys);
    }

    [Fact]
    public void Parse_MissingColumns_NamedOnLineOne()
    {
        var errors = new ValidationErrors();
        FigureCsv.Parse("code,jaar\nBU00010101,2024\n", "GM0001", errors);
        var keys = errors.ToDictionary().Keys.ToList();
        Assert.Contains("lines[1].areaCode", keys);
        Assert.Contains("lines[1].period", keys);
        Assert.Contains("lines[1].value", keys);
    }

    [Fact]
    public void Parse_DutchHeadersAndSemicolons_Read()
    {
        var errors = new ValidationErrors();
        var rows = FigureCsv.Parse("\uFEFFgebiedscode;periode;waarde\nbu00010101;2024-q1;7,5\n", "GM0001", errors);
        Assert.False(errors.Any);
        var row = Assert.Single(rows);
        Assert.Equal(("BU00010101", "2024-Q1", 7.5m, 2), (row.AreaCode, row.Period, row.Value!.Value, row.Line));
    }
}
