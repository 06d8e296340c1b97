namespace Wijkkracht.Core.Geo;

/// <summary>A WGS84 point in decimal degrees.</summary>
public readonly record struct Wgs84Point(double Latitude, double Longitude);

/// <summary>
/// Rijksdriehoeksstelsel (RD New, EPSG:28992) to WGS84 (EPSG:4326) with the published polynomial approximation of
/// Schreutelaar and Strang van Hees ("Benaderingsformules voor de transformatie tussen RD- en WGS84-kaartcoördinaten",
/// 2001/2005, coefficient tables Kp/Kq, Lp/Lq). Within the Netherlands it agrees with the official RDNAPTRANS™
/// transformation to about a metre, which is far finer than a place on an observation map needs. See ADR 0007 for
/// why this is not a projection library.
/// </summary>
public static class RdNew
{
    /// <summary>The RD origin: the Onze Lieve Vrouwetoren in Amersfoort.</summary>
    public const double X0 = 155_000;

    public const double Y0 = 463_000;

    public const double Phi0 = 52.15517440;

    public const double Lambda0 = 5.38720621;

    /// <summary>The RD grid's extent for the Dutch territory (land and coastal waters), with the published bounds.</summary>
    public const double MinX = -7_000, MaxX = 300_000, MinY = 289_000, MaxY = 629_000;

    // (p, q, K) for latitude: sum K * dX^p * dY^q, in arc seconds, dX and dY in units of 100 km.
    private static readonly (int P, int Q, double K)[] Latitude =
    [
        (0, 1, 3235.65389), (2, 0, -32.58297), (0, 2, -0.24750), (2, 1, -0.84978), (0, 3, -0.06550),
        (2, 2, -0.01709), (1, 0, -0.00738), (4, 0, 0.00530), (2, 3, -0.00039), (4, 1, 0.00033), (1, 1, -0.00012),
    ];

    // (p, q, L) for longitude.
    private static readonly (int P, int Q, double L)[] Longitude =
    [
        (1, 0, 5260.52916), (1, 1, 105.94684), (1, 2, 2.45656), (3, 0, -0.81885), (1, 3, 0.05594),
        (3, 1, -0.05607), (0, 1, 0.01199), (3, 2, -0.00256), (1, 4, 0.00128), (0, 2, 0.00022), (2, 0, -0.00022),
        (5, 0, 0.00026),
    ];

    /// <summary>True when (x, y) lies within the RD grid's extent for the Netherlands.</summary>
    public static bool InRange(double x, double y) => x is >= MinX and <= MaxX && y is >= MinY and <= MaxY;

    /// <summary>Converts RD New metres (x east, y north) to WGS84 degrees.</summary>
    public static Wgs84Point ToWgs84(double x, double y)
    {
        var dx = (x - X0) * 1e-5;
        var dy = (y - Y0) * 1e-5;
        double latSeconds = 0, lonSeconds = 0;
        foreach (var (p, q, k) in Latitude)
            latSeconds += k * Math.Pow(dx, p) * Math.Pow(dy, q);
        foreach (var (p, q, l) in Longitude)
            lonSeconds += l * Math.Pow(dx, p) * Math.Pow(dy, q);
        return new Wgs84Point(Phi0 + (latSeconds / 3600), Lambda0 + (lonSeconds / 3600));
    }
}
