using Wijkkracht.Core.Data;
using Wijkkracht.Core.Observations;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Observations of the demo approach (issue 10): 66 over six weeks (12 October – 22 November 2026) at seven places in
/// the Europaplein area, at different parts of the day and on weekdays and weekends, by four observers, so that the
/// map, the grid and the filters show patterns. Fictional; groups only, no names.
/// </summary>
public static class DemoObservations
{
    private sealed record Template(int Weekday, string Time, string Place, double? Lat, double? Lon, string Groups, ObservationKind? Kind, string Factors, string What, CompanionKind? Companion = null);

    /// <summary>One week of observations; Weekday 0 = Monday.</summary>
    private static readonly Template[] Week =
    [
        new(0, "08:15", "Bushalte Parklaan", 52.48375, 4.65380, "|kinderen=Middel|professionals=Enkeling|", null, "", "Kinderen wachten op de schoolbus, een klaar-over helpt bij het oversteken."),
        new(0, "21:30", "Europaplein", 52.48210, 4.65300, "|jongeren=Groot|", ObservationKind.Klacht, "|peers|risico-gemeenschap|", "Grote groep jongeren bij de bankjes. Er rijdt twee keer een auto langzaam langs; een paar jongeren lopen er even naartoe.", CompanionKind.Collega),
        new(1, "10:00", "Europaplein", 52.48205, 4.65310, "|ouderen=Klein|ouders-met-kinderen=Klein|", ObservationKind.Kracht, "|sociale-binding|", "Ouderen op de bankjes groeten ouders met kinderwagens. Rustige sfeer."),
        new(1, "15:45", "Winkelcentrum Europaplein", 52.48120, 4.65450, "|ondernemers=Klein|jongeren=Klein|", null, "", "Ondernemers staan buiten te praten. Een paar jongeren hangen bij de ingang, een winkelier spreekt ze vriendelijk aan."),
        new(2, "19:30", "Buurthuis De Schakel", null, null, "|jongeren=Middel|professionals=Enkeling|", ObservationKind.Kracht, "|rolmodellen|pro-sociale-binding|", "Jongerenwerk houdt inloop. Jongeren helpen met de bar."),
        new(2, "23:15", "Flats Parklaan", 52.48300, 4.65500, "|jongeren=Klein|", ObservationKind.Klacht, "|risico-gemeenschap|", "Groepje jongeren in de portiek, veel afval en lachgaspatronen bij de ingang.", CompanionKind.Bewoner),
        new(3, "12:30", "Winkelcentrum Europaplein", 52.48115, 4.65460, "|ouderen=Middel|ondernemers=Klein|", ObservationKind.Kracht, "|sociale-binding|", "Druk bij de markt. Mensen maken een praatje met de marktkoopman."),
        new(4, "17:00", "Trapveld", 52.48350, 4.65100, "|kinderen=Middel|jongeren=Klein|", null, "|peers|", "Kinderen voetballen, oudere jongeren kijken toe vanaf het hek."),
        new(4, "22:00", "Europaplein", 52.48215, 4.65290, "|jongeren=Middel|professionals=Enkeling|", ObservationKind.Klacht, "|risico-gemeenschap|", "Jongeren op het plein; handhaving loopt langs, de groep gaat uiteen en komt later terug.", CompanionKind.Professional),
        new(5, "14:00", "Trapveld", 52.48345, 4.65110, "|kinderen=Groot|ouders-met-kinderen=Middel|", ObservationKind.Kracht, "|pro-sociale-binding|collectieve-weerbaarheid|", "Zaterdagmiddag: ouders organiseren zelf een voetbaltoernooitje, veel kinderen doen mee."),
        new(6, "11:00", "Europaplein", 52.48200, 4.65320, "|bewoners=Klein|ouderen=Klein|", null, "", "Zondagochtend stil op het plein. Een bewoner veegt vuil bij de bankjes op."),
    ];

    /// <summary>Adds the observations to <paramref name="db"/> (saved by the caller). Observers take turns.</summary>
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId, IReadOnlyList<Guid> observers)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(observers);
        var firstMonday = new DateOnly(2026, 10, 12);
        var createdAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        for (var week = 0; week < 6; week++)
        {
            for (var i = 0; i < Week.Length; i++)
            {
                var t = Week[i];
                var date = firstMonday.AddDays((week * 7) + t.Weekday);
                var time = TimeOnly.Parse(t.Time, System.Globalization.CultureInfo.InvariantCulture).AddMinutes(((week * 13) + (i * 7)) % 40);
                var jitter = (((week * 5) + i) % 7 - 3) * 0.00004;
                var recorder = observers[(week + i) % observers.Count];
                var other = observers[(week + i + 1) % observers.Count];
                db.Add(new Observation
                {
                    OrganisationId = organisationId,
                    ApproachId = approachId,
                    ObservedOn = date,
                    ObservedAt = time,
                    PartOfDay = ObservationCodec.PartOfDayFor(time),
                    DayType = ObservationCodec.DayTypeFor(date),
                    PlaceName = t.Place,
                    Latitude = t.Lat is { } lat ? Math.Round(lat + jitter, 6) : null,
                    Longitude = t.Lon is { } lon ? Math.Round(lon - jitter, 6) : null,
                    Groups = t.Groups,
                    Kind = t.Kind,
                    Factors = t.Factors,
                    WhatHappens = t.What,
                    PromptAnswers = week == 0 && i == 1
                        ? ObservationCodec.EncodeAnswers(new Dictionary<string, string> { ["claimen"] = "De jongeren claimen de bankjes aan de kant van de snackbar.", ["jongeren"] = "Voorbijgangers lopen met een boog om de groep heen." })
                        : "",
                    RecordedByUserId = recorder,
                    OtherObservers = week % 2 == 0 && t.Companion is CompanionKind.Collega ? ObservationCodec.EncodeList([other.ToString()]) : "",
                    Companion = t.Companion,
                    CreatedAt = createdAt,
                    UpdatedAt = createdAt,
                });
            }
        }
    }
}
