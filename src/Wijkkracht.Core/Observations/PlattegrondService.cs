using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using Wijkkracht.Core.Approaches;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;

namespace Wijkkracht.Core.Observations;

/// <summary>A re-encoded image: only pixels, no metadata.</summary>
public sealed record CleanImage(byte[] Data, string ContentType, int Width, int Height);

/// <summary>
/// The plattegrond of an approach: upload (PNG or JPEG, at most <see cref="MaxBytes"/> and <see cref="MaxPixels"/> per
/// side), re-encoded so that no metadata survives (EXIF with GPS position and camera, ICC profile, XMP, IPTC, PNG text
/// chunks), and read back for members of the approach. Members with edit rights (core team, coordinator) upload or
/// replace it; every member sees it with the pins.
/// </summary>
public sealed class PlattegrondService(WijkkrachtDbContext db, ApproachService approaches)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public const int MaxPixels = 4000;

    public const string TooLarge = "Het bestand is groter dan 5 MB. Verklein de foto of tekening en probeer het opnieuw.";

    public const string NotAnImage = "Dit bestand is geen PNG- of JPEG-afbeelding. Kies een foto (JPEG) of een tekening (PNG).";

    /// <summary>Only the PNG and JPEG decoders: other formats are refused before any decoding.</summary>
    private static readonly Configuration Decoders = new(new PngConfigurationModule(), new JpegConfigurationModule());

    /// <summary>The plattegrond's details (null value: none uploaded yet); NotFound when the approach is not visible.</summary>
    public async Task<Result<Plattegrond?>> GetAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<Plattegrond?>.NotFound();
        var plattegrond = await db.Set<Plattegrond>().AsNoTracking().FirstOrDefaultAsync(p => p.ApproachId == approachId, ct);
        return Result<Plattegrond?>.Ok(plattegrond);
    }

    /// <summary>The image bytes; NotFound when the approach is not visible or has no plattegrond.</summary>
    public async Task<Result<(Plattegrond Plattegrond, byte[] Data)>> GetImageAsync(Guid approachId, Actor actor, CancellationToken ct = default)
    {
        if (await approaches.ResolveAsync(approachId, actor, ct) is null)
            return Result<(Plattegrond, byte[])>.NotFound();
        var plattegrond = await db.Set<Plattegrond>().AsNoTracking().FirstOrDefaultAsync(p => p.ApproachId == approachId, ct);
        if (plattegrond is null)
            return Result<(Plattegrond, byte[])>.NotFound();
        var data = await db.Set<PlattegrondImage>().AsNoTracking().Where(i => i.Id == plattegrond.Id).Select(i => i.Data).FirstOrDefaultAsync(ct);
        return data is null ? Result<(Plattegrond, byte[])>.NotFound() : Result<(Plattegrond, byte[])>.Ok((plattegrond, data));
    }

    /// <summary>Whether <paramref name="actor"/> may upload or replace the plattegrond.</summary>
    public async Task<bool> CanUploadAsync(Guid approachId, Actor actor, CancellationToken ct = default) =>
        await approaches.ResolveAsync(approachId, actor, ct) is { } access && access.Has(ApproachPermission.Edit);

    /// <summary>Checks, re-encodes and stores an upload (replacing the image before it; pins stay).</summary>
    public async Task<Result<Plattegrond>> UploadAsync(Guid approachId, byte[] upload, string? description, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(actor);
        var access = await approaches.ResolveAsync(approachId, actor, ct);
        if (access is null)
            return Result<Plattegrond>.NotFound();
        if (!access.Has(ApproachPermission.Edit))
            return Result<Plattegrond>.Forbidden("Alleen het kernteam kan de plattegrond vervangen.");
        var errors = new ValidationErrors();
        var text = TextInput.Clean(description?.Trim() ?? "");
        if (text.Length > 500)
            errors.Add("Description", "Maximaal 500 tekens.");
        var image = ReEncode(upload, out var problem);
        if (image is null)
            errors.Add("Upload", problem!);
        if (errors.Any)
            return Result<Plattegrond>.Invalid(errors);

        var plattegrond = await db.Set<Plattegrond>().FirstOrDefaultAsync(p => p.ApproachId == approachId, ct);
        if (plattegrond is null)
        {
            plattegrond = new Plattegrond { ApproachId = approachId };
            db.Add(plattegrond);
            db.Add(new PlattegrondImage { Id = plattegrond.Id, Data = image!.Data });
        }
        else
        {
            var stored = await db.Set<PlattegrondImage>().FirstOrDefaultAsync(i => i.Id == plattegrond.Id, ct);
            if (stored is null)
                db.Add(new PlattegrondImage { Id = plattegrond.Id, Data = image!.Data });
            else
                stored.Data = image!.Data;
        }

        plattegrond.ContentType = image.ContentType;
        plattegrond.Width = image.Width;
        plattegrond.Height = image.Height;
        plattegrond.ByteCount = image.Data.Length;
        plattegrond.Description = text.Length == 0 ? "Plattegrond van de buurt" : text;
        plattegrond.UploadedByUserId = actor.UserId;
        await db.SaveChangesAsync(ct);
        return Result<Plattegrond>.Ok(plattegrond);
    }

    /// <summary>
    /// Decodes a PNG or JPEG (dimensions checked before the pixels are decoded), turns it upright after its EXIF
    /// orientation, and encodes the pixels alone into a new image of the same format. Null with a Dutch message when
    /// the file is too large, not a PNG or JPEG, damaged, or more than <see cref="MaxPixels"/> wide or high.
    /// </summary>
    public static CleanImage? ReEncode(byte[] upload, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(upload);
        problem = null;
        if (upload.Length > MaxBytes)
        {
            problem = TooLarge;
            return null;
        }

        if (upload.Length == 0)
        {
            problem = "Kies een afbeelding om te uploaden.";
            return null;
        }

        try
        {
            var info = Image.Identify(Decoders, upload, out var format);
            if (info is null || format is null || (format is not PngFormat && format is not JpegFormat))
            {
                problem = NotAnImage;
                return null;
            }

            if (info.Width > MaxPixels || info.Height > MaxPixels)
            {
                problem = $"De afbeelding is {info.Width} bij {info.Height} pixels. Het maximum is {MaxPixels} bij {MaxPixels}; verklein de afbeelding.";
                return null;
            }

            using var decoded = Image.Load<Rgba32>(Decoders, upload);
            decoded.Mutate(x => x.AutoOrient());
            var pixels = new Rgba32[decoded.Width * decoded.Height];
            decoded.CopyPixelDataTo(pixels);

            // A fresh image from the pixels alone: it carries no EXIF, ICC, XMP or IPTC profile and no PNG text chunk.
            using var clean = Image.LoadPixelData<Rgba32>(pixels, decoded.Width, decoded.Height);
            using var output = new MemoryStream();
            var png = format is PngFormat;
            if (png)
                clean.Save(output, new PngEncoder());
            else
                clean.Save(output, new JpegEncoder { Quality = 85 });
            return new CleanImage(output.ToArray(), png ? "image/png" : "image/jpeg", clean.Width, clean.Height);
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException or ImageFormatException or NotSupportedException)
        {
            problem = NotAnImage;
            return null;
        }
    }
}
