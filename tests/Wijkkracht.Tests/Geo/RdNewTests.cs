using Wijkkracht.Core.Geo;

namespace Wijkkracht.Tests.Geo;

/// <summary>
/// RD New (EPSG:28992) to WGS84 against published points. Tolerance 0.00001° (about 1.1 m north–south and 0.7 m
/// east–west), the accuracy the Schreutelaar/Strang van Hees approximation claims within the Netherlands; the
/// kernnetpunten are given to the whole metre, which adds at most half a metre.
/// </summary>
public sealed class RdNewTests
{
    private const double Tolerance = 0.00001;

    [Theory]
    // The origin: Onze Lieve Vrouwetoren, Amersfoort.
    [InlineData(155000, 463000, 52.15517, 5.38721)]
    // Martinitoren, Groningen (the example point of the formula's publication).
    [InlineData(233883.131, 582065.167, 53.219383, 6.568200)]
    // RDinfo kernnetpunten (list of January 2022): Steen R.D. Westerpad, Ameland, and Viaduct Koningsweg, Arnhem.
    [InlineData(179641, 607984, 53.4575106, 5.7581475)]
    [InlineData(192277, 450138, 52.0383178, 5.930493)]
    public void ToWgs84_PublishedPoint_IsWithinAMetre(double x, double y, double latitude, double longitude)
    {
        var point = RdNew.ToWgs84(x, y);
        Assert.InRange(point.Latitude, latitude - Tolerance, latitude + Tolerance);
        Assert.InRange(point.Longitude, longitude - Tolerance, longitude + Tolerance);
    }

    [Fact]
    public void ToWgs84_TheOrigin_IsTheAmersfoortReferenceExactly()
    {
        var point = RdNew.ToWgs84(RdNew.X0, RdNew.Y0);
        Assert.Equal(RdNew.Phi0, point.Latitude, 9);
        Assert.Equal(RdNew.Lambda0, point.Longitude, 9);
    }

    [Theory]
    [InlineData(155000, 463000, true)]
    [InlineData(52.15, 5.38, false)]
    [InlineData(155000, 700000, false)]
    [InlineData(-10000, 463000, false)]
    public void InRange_PointsInAndOutsideTheGrid_AreTold(double x, double y, bool expected) =>
        Assert.Equal(expected, RdNew.InRange(x, y));
}
