using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Security;
using Wijkkracht.Tests.Infrastructure;
using Wijkkracht.Tests.Integration;

namespace Wijkkracht.Tests.Observations;

/// <summary>
/// Issue 10 §4: the plattegrond upload (re-encoded without EXIF/GPS, other files and too-large files refused with a
/// Dutch message), the image served only to members, and observations pinned on it. Both providers.
/// </summary>
public sealed class PlattegrondTests(SharedApps apps) : IClassFixture<SharedApps>
{
    private const string Camera = "Testcamera-Merk-XYZ";

    /// <summary>A small JPEG with an EXIF profile holding a GPS position and the camera make.</summary>
    internal static byte[] JpegWithGps()
    {
        using var image = new Image<Rgb24>(64, 48, new Rgb24(200, 120, 40));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, Camera);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(52, 1), new Rational(29, 1), new Rational(1, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(4, 1), new Rational(39, 1), new Rational(12, 1)]);
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder());
        return output.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, Guid approachId, byte[] data, string fileName, string contentType, string description = "")
    {
        var url = $"/aanpakken/{approachId}/waarnemingen/plattegrond";
        var token = await TestApp.AntiforgeryTokenAsync(browser, url);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(description), "Description");
        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", fileName);
        return await browser.PostAsync(url, form);
    }

    [Fact]
    public void ReEncode_JpegWithExifGps_KeepsThePixelsAndDropsTheMetadata()
    {
        var upload = JpegWithGps();
        Assert.NotNull(Image.Identify(upload)!.Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
        Assert.Contains(Camera, Encoding.ASCII.GetString(upload), StringComparison.Ordinal);

        var clean = PlattegrondService.ReEncode(upload, out var problem);

        Assert.Null(problem);
        Assert.NotNull(clean);
        Assert.Equal("image/jpeg", clean.ContentType);
        Assert.Equal((64, 48), (clean.Width, clean.Height));
        var info = Image.Identify(clean.Data)!;
        Assert.Null(info.Metadata.ExifProfile);
        Assert.Null(info.Metadata.IccProfile);
        Assert.DoesNotContain(Camera, Encoding.ASCII.GetString(clean.Data), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_JpegWithGps_IsStoredWithoutExifAndServedToMembersOnly(DatabaseProvider provider)
    {
        var (app, a, b) = await apps.GetAsync(provider);
        var approach = await WalkTests.FreshApproachAsync(app, a);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var saved = await UploadAsync(browser, approach.Id, JpegWithGps(), "buurt.jpg", "image/jpeg", "Schets van het plein");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.InScopeAsync((_, db) => db.Set<PlattegrondImage>().AsNoTracking().SingleAsync(i => db.Set<Plattegrond>().Any(p => p.Id == i.Id && p.ApproachId == approach.Id)), a.Organisation.Id);
        Assert.Null(Image.Identify(stored.Data)!.Metadata.ExifProfile);
        Assert.DoesNotContain(Camera, Encoding.ASCII.GetString(stored.Data), StringComparison.Ordinal);

        var imageUrl = $"/aanpakken/{approach.Id}/waarnemingen/plattegrond?handler=Afbeelding";
        var served = await browser.GetAsync(imageUrl);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Null(Image.Identify(bytes)!.Metadata.ExifProfile);
        Assert.DoesNotContain(Camera, Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        var page = await browser.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen/plattegrond");
        Assert.Contains("Schets van het plein", page, StringComparison.Ordinal);
        var audit = await app.InScopeAsync((_, db) => db.AuditEvents.IgnoreQueryFilters().Where(e => e.EntityType == nameof(Plattegrond) && e.ApproachId == approach.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains("create", audit);

        // Members read it; a partner may not replace it; other organisations and non-members get 404.
        var partner = await app.SignedInClientAsync(a.Users[OrgRole.Partner]);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(imageUrl)).StatusCode);
        var refused = await UploadAsync(partner, approach.Id, JpegWithGps(), "buurt.jpg", "image/jpeg");
        Assert.Contains("toegang-geweigerd", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
        var outsider = await app.SignedInClientAsync(b.Users[OrgRole.Coordinator]);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(imageUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/aanpakken/{b.Approach.Id}/waarnemingen/plattegrond?handler=Afbeelding")).StatusCode);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(imageUrl)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_NonImageOrTooLarge_IsRefusedWithADutchMessage(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await WalkTests.FreshApproachAsync(app, a);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);

        var text = await UploadAsync(browser, approach.Id, Encoding.UTF8.GetBytes("Dit is geen afbeelding."), "plattegrond.png", "image/png");
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.Contains("geen PNG- of JPEG-afbeelding", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var gif = new MemoryStream();
        using (var image = new Image<Rgb24>(10, 10))
            image.SaveAsGif(gif);
        var wrongType = await UploadAsync(browser, approach.Id, gif.ToArray(), "plattegrond.gif", "image/gif");
        Assert.Contains("geen PNG- of JPEG-afbeelding", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var large = new byte[PlattegrondService.MaxBytes + 1];
        JpegWithGps().CopyTo(large, 0);
        var tooLarge = await UploadAsync(browser, approach.Id, large, "groot.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.OK, tooLarge.StatusCode);
        Assert.Contains("groter dan 5 MB", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(0, await app.InScopeAsync((_, db) => db.Set<Plattegrond>().CountAsync(p => p.ApproachId == approach.Id), a.Organisation.Id));

        using var wide = new MemoryStream();
        using (var image = new Image<Rgb24>(PlattegrondService.MaxPixels + 1, 2))
            image.SaveAsPng(wide);
        Assert.Null(PlattegrondService.ReEncode(wide.ToArray(), out var problem));
        Assert.Contains("Het maximum is 4000 bij 4000", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pin_OnThePlattegrond_IsValidatedAndListedWithItsNumber(DatabaseProvider provider)
    {
        var (app, a, _) = await apps.GetAsync(provider);
        var approach = await WalkTests.FreshApproachAsync(app, a);
        var browser = await app.SignedInClientAsync(a.Users[OrgRole.Wijkverbinder]);
        using var png = new MemoryStream();
        using (var image = new Image<Rgb24>(300, 200, new Rgb24(240, 240, 230)))
            image.SaveAsPng(png);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(browser, approach.Id, png.ToArray(), "schets.png", "image/png")).StatusCode);

        var client = await app.ApiClientAsync(a.Users[OrgRole.Wijkverbinder]);
        var url = $"/api/v1/approaches/{approach.Id}/observations";
        var outside = await client.PostAsJsonAsync(url, new { observedOn = "2026-11-20", observedAt = "19:15", placeName = "Plein", pinX = 150, pinY = 20 });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.True((await outside.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("PinX", out _));
        var half = await client.PostAsJsonAsync(url, new { observedOn = "2026-11-20", observedAt = "19:15", placeName = "Plein", pinX = 20 });
        Assert.Equal(HttpStatusCode.BadRequest, half.StatusCode);

        // On the page without JavaScript: the two number fields.
        var form = await browser.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen/nieuw");
        Assert.Contains("name=\"Input.PinX\"", form, StringComparison.Ordinal);
        var saved = await TestApp.PostFormAsync(browser, $"/aanpakken/{approach.Id}/waarnemingen/nieuw", new()
        {
            ["Input.ObservedOn"] = "2026-11-20",
            ["Input.ObservedAt"] = "19:30",
            ["Input.PlaceName"] = "Bankjes bij de vijver",
            ["Input.PinX"] = "25.5",
            ["Input.PinY"] = "40",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var pinned = await app.InScopeAsync((_, db) => db.Set<Observation>().AsNoTracking().SingleAsync(o => o.ApproachId == approach.Id), a.Organisation.Id);
        Assert.Equal(25.5, pinned.PinX);
        Assert.Equal(40, pinned.PinY);

        var page = await browser.GetStringAsync($"/aanpakken/{approach.Id}/waarnemingen/plattegrond");
        Assert.Contains("Bankjes bij de vijver", page, StringComparison.Ordinal);
        Assert.Contains("cx=\"76.5\" cy=\"80\"", page, StringComparison.Ordinal);
        Assert.Contains(">1</text>", page, StringComparison.Ordinal);
    }
}
