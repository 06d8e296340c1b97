using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Walks and the plattegrond of the demo approach (issue 10): an evening round and a Saturday walk with the
/// observations made on them, and a schematic drawing of the Europaplein area (generated here: streets, the square, the
/// flats, the playing field; labelled "SCHETS" because it is fictional) with the observations of the last two weeks
/// pinned on it. Call after <see cref="DemoObservations.Add"/>, before saving.
/// </summary>
public static class DemoWalks
{
    /// <summary>Where the named places of the demo lie on the drawing, in percent (x from the left, y from the top).</summary>
    private static readonly Dictionary<string, (double X, double Y)> Pins = new(StringComparer.Ordinal)
    {
        ["Europaplein"] = (50, 47),
        ["Winkelcentrum Europaplein"] = (71, 40),
        ["Flats Parklaan"] = (26, 16),
        ["Bushalte Parklaan"] = (47, 26),
        ["Trapveld"] = (80, 79),
        ["Buurthuis De Schakel"] = (22, 72),
    };

    /// <summary>Adds two walks, the plattegrond and the pins. <paramref name="walkers"/>: recorder first, then two other members.</summary>
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId, IReadOnlyList<Guid> walkers)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(walkers);
        var observations = db.ChangeTracker.Entries<Observation>().Select(e => e.Entity).Where(o => o.ApproachId == approachId).ToList();
        var createdAt = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

        Walk Walk(DateOnly on, string others, string route, string summary, Guid[] participants, TimeSpan before, TimeSpan after)
        {
            var made = observations.Where(o => o.ObservedOn == on).ToList();
            var first = made.Min(o => o.ObservedAt);
            var last = made.Max(o => o.ObservedAt);
            var walk = new Walk
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                WalkedOn = on,
                StartTime = first.Add(-before),
                EndTime = last.Add(after) > last ? last.Add(after) : new TimeOnly(23, 59),
                RecordedByUserId = walkers[0],
                ParticipantUserIds = ObservationCodec.EncodeList(participants.Select(id => id.ToString())),
                OtherParticipants = others,
                Route = route,
                Places = ObservationCodec.EncodeList(made.Select(o => o.PlaceName).Where(p => p.Length > 0)),
                Summary = summary,
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
            };
            foreach (var o in made)
                o.WalkId = walk.Id;
            db.Add(walk);
            return walk;
        }

        Walk(new DateOnly(2026, 10, 21), "twee bewoners van de Parklaan",
            "Van Buurthuis De Schakel langs het trapveld naar de flats aan de Parklaan, en via het Europaplein terug.",
            "Rustige inloop in het buurthuis; later op de avond een groepje jongeren in de portiek van de flats. De bewoners wijzen op het afval bij de ingang.",
            [walkers[1]], TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5));
        Walk(new DateOnly(2026, 11, 14), "drie bewoners en een collega van handhaving",
            "Zaterdagmiddag: van het Europaplein door het winkelcentrum naar het trapveld.",
            "Ouders organiseren zelf een voetbaltoernooitje op het trapveld; veel kinderen doen mee. Goede aanleiding om later met deze ouders in gesprek te gaan.",
            [walkers[1], walkers[2]], TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60));

        var plattegrond = new Plattegrond
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            ContentType = "image/png",
            Width = Width,
            Height = Height,
            Description = "Schets van de buurt rond het Europaplein: de Parklaan met de flats bovenaan, het plein met het winkelcentrum in het midden, het buurthuis linksonder en het trapveld rechtsonder.",
            UploadedByUserId = walkers[0],
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        var png = Drawing();
        plattegrond.ByteCount = png.Length;
        db.Add(plattegrond);
        db.Add(new PlattegrondImage { OrganisationId = organisationId, Id = plattegrond.Id, Data = png });

        var lastWeeks = new DateOnly(2026, 11, 9);
        var i = 0;
        foreach (var o in observations.Where(o => o.ObservedOn >= lastWeeks).OrderBy(o => o.ObservedOn).ThenBy(o => o.ObservedAt))
        {
            if (!Pins.TryGetValue(o.PlaceName, out var pin))
                continue;
            var jitter = (i++ % 5) - 2;
            o.PinX = pin.X + jitter;
            o.PinY = pin.Y - jitter;
        }
    }

    private const int Width = 1200;

    private const int Height = 800;

    /// <summary>The schematic drawing as PNG: flat colours only, drawn pixel by pixel (ImageSharp's drawing package is not used).</summary>
    internal static byte[] Drawing()
    {
        var pixels = new Rgba32[Width * Height];
        void Fill(int x0, int y0, int x1, int y1, Rgba32 colour)
        {
            for (var y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
                Array.Fill(pixels, colour, (y * Width) + Math.Max(0, x0), Math.Min(Width, x1) - Math.Max(0, x0));
        }

        var paper = new Rgba32(246, 242, 232);
        var street = new Rgba32(190, 190, 190);
        var building = new Rgba32(150, 120, 100);
        var green = new Rgba32(150, 200, 140);
        var square = new Rgba32(225, 215, 180);
        var ink = new Rgba32(40, 40, 40);
        Fill(0, 0, Width, Height, paper);
        Fill(0, 4, Width, 8, ink);
        Fill(0, Height - 8, Width, Height - 4, ink);
        Fill(4, 0, 8, Height, ink);
        Fill(Width - 8, 0, Width - 4, Height, ink);
        Fill(0, 224, Width, 272, street);      // Parklaan
        Fill(0, 536, Width, 576, street);      // street south of the square
        Fill(376, 0, 416, Height, street);     // street west of the square
        Fill(880, 224, 920, Height, street);   // street east of the square
        Fill(450, 300, 760, 500, square);      // Europaplein
        Fill(790, 290, 870, 370, building);    // winkelcentrum
        Fill(160, 60, 360, 200, building);     // flats Parklaan
        Fill(440, 60, 640, 200, building);
        Fill(180, 540, 340, 560, paper);       // gap: footpath to the buurthuis
        Fill(200, 600, 330, 700, building);    // buurthuis
        Fill(900, 600, 1120, 760, green);      // trapveld
        Fill(560, 380, 640, 420, green);       // greenery on the square

        // "SCHETS" in a 5x7 pixel font, 8x scaled, top left.
        string[][] glyphs =
        [
            [".####", "#....", "#....", ".###.", "....#", "....#", "####."], // S
            [".####", "#....", "#....", "#....", "#....", "#....", ".####"], // C
            ["#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"], // H
            ["#####", "#....", "#....", "####.", "#....", "#....", "#####"], // E
            ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."], // T
            [".####", "#....", "#....", ".###.", "....#", "....#", "####."], // S
        ];
        const int scale = 8;
        var left = 24;
        foreach (var glyph in glyphs)
        {
            for (var row = 0; row < glyph.Length; row++)
            {
                for (var col = 0; col < glyph[row].Length; col++)
                {
                    if (glyph[row][col] == '#')
                        Fill(left + (col * scale), Height - 90 + (row * scale), left + ((col + 1) * scale), Height - 90 + ((row + 1) * scale), ink);
                }
            }

            left += 6 * scale;
        }

        using var image = Image.LoadPixelData<Rgba32>(pixels, Width, Height);
        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }
}
