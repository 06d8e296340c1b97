using Wijkkracht.Core.Areas;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Tests.Unit;

public sealed class CbsCodesTests
{
    [Theory]
    [InlineData(AreaKind.Wijk, "WK999901", null)] // a wijk of GM9999
    [InlineData(AreaKind.Buurt, "BU99990101", null)] // a buurt of GM9999
    [InlineData(AreaKind.Wijk, "WK99990", "6 cijfers")] // one digit short
    [InlineData(AreaKind.Wijk, "BU99990101", "6 cijfers")] // a buurt code for a wijk
    [InlineData(AreaKind.Buurt, "BU9999010", "8 cijfers")] // one digit short
    [InlineData(AreaKind.Wijk, "WK036301", "andere gemeente")] // Amsterdam's digits in Demostad
    [InlineData(AreaKind.Buurt, "BU03630101", "andere gemeente")]
    [InlineData(AreaKind.Wijk, "", "Vul de CBS-code in")]
    [InlineData(AreaKind.Wijk, "wk999901", "6 cijfers")] // lower case is not a CBS code (the service upper-cases first)
    public void Validate_Code_GivesExpectedMessage(AreaKind kind, string code, string? expectedFragment)
    {
        var message = CbsCodes.Validate(kind, code, "GM9999");
        if (expectedFragment is null)
            Assert.Null(message);
        else
            Assert.Contains(expectedFragment, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BuurtOutsideChosenWijk_IsRefused()
    {
        Assert.Null(CbsCodes.Validate(AreaKind.Buurt, "BU99990201", "GM9999", "WK999902"));
        Assert.Contains("gekozen wijk", CbsCodes.Validate(AreaKind.Buurt, "BU99990101", "GM9999", "WK999902"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GM0363", true)]
    [InlineData("GM363", false)]
    [InlineData("gm0363", false)]
    [InlineData("XX0363", false)]
    public void IsValidGm_Code_MatchesPattern(string code, bool valid) => Assert.Equal(valid, CbsCodes.IsValidGm(code));
}

public sealed class GeoJsonBoundaryTests
{
    private const string Square = "{\"type\":\"Polygon\",\"coordinates\":[[[4.65,52.48],[4.66,52.48],[4.66,52.49],[4.65,52.49],[4.65,52.48]]]}";

    [Fact]
    public void Parse_Polygon_ReturnsNormalisedGeometry()
    {
        var (geoJson, error) = GeoJsonBoundary.Parse(Square);
        Assert.Null(error);
        Assert.Contains("\"Polygon\"", geoJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FeatureCollectionWithOneFeature_Accepted()
    {
        var (geoJson, error) = GeoJsonBoundary.Parse("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + Square + "}]}");
        Assert.Null(error);
        Assert.NotNull(geoJson);
    }

    [Theory]
    [InlineData("", "leeg")]
    [InlineData("dit is geen json", "geen geldig GeoJSON")]
    [InlineData("{\"naam\":\"x\"}", "'type' ontbreekt")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[4.6,52.4]}", "niet ondersteund")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}", "geen geldig vlak")] // a bow tie crosses itself
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[100000,450000],[100100,450000],[100100,450100],[100000,450000]]]}", "WGS84")] // RD coordinates
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[]}", "precies één")]
    public void Parse_BadInput_GivesDutchMessage(string text, string expected)
    {
        var (geoJson, error) = GeoJsonBoundary.Parse(text);
        Assert.Null(geoJson);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}

public sealed class PasswordAndPagingTests
{
    [Theory]
    [InlineData("password", true)]
    [InlineData("1qaz2wsx3edc", true)]
    [InlineData("Password2024!", true)] // a common word with digits and a symbol appended
    [InlineData("123qweasdzxc", true)]
    [InlineData("Fietsen-langs-de-Zaan-in-de-lente", false)]
    public void IsCommon_Password_DetectsListedOnes(string password, bool common) =>
        Assert.Equal(common, CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData(null, null, 1, 20)]
    [InlineData(0, 0, 1, 1)]
    [InlineData(3, 1000, 3, 100)] // size capped
    [InlineData(-5, 50, 1, 50)]
    public void Create_PageRequest_IsClamped(int? page, int? size, int expectedPage, int expectedSize)
    {
        var request = PageRequest.Create(page, size);
        Assert.Equal(expectedPage, request.PageNumber);
        Assert.Equal(expectedSize, request.PageSize);
    }
}
