using Wijkkracht.Core.Data;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// The demo approach's meeting rhythm (issue 13 §4: focus twice a year, learning every quarter, a weekly koffietafel) and
/// its step-11 log (§5): two resistances (one handled, one left to exist) and two celebrated successes. Dated relative to
/// today; fictional.
/// </summary>
public static class DemoRhythmAndResistance
{
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId, DateOnly today, Guid coordinatorId, Guid wijkverbinderId, DemoExperiments experiments)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(experiments);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        db.AddRange(
            new MeetingRhythm
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                Kind = MeetingKind.Koffietafel,
                Title = "Koffietafel op het Europaplein",
                Place = "Europaplein, bij de bankjes",
                Frequency = RhythmFrequency.Wekelijks,
                FirstDate = monday.AddDays(-56 + 2),
                StartTime = new TimeOnly(14, 0),
                EndTime = new TimeOnly(16, 0),
                Visibility = VisibilityLevel.Netwerk,
                CreatedByUserId = wijkverbinderId,
            },
            new MeetingRhythm
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                Kind = MeetingKind.Leerbijeenkomst,
                Title = "Leerbijeenkomst kernteam en partners",
                Place = "Buurthuis De Parel",
                Frequency = RhythmFrequency.PerKwartaal,
                FirstDate = firstOfMonth.AddMonths(-2).AddDays(9),
                StartTime = new TimeOnly(15, 0),
                EndTime = new TimeOnly(17, 0),
                CreatedByUserId = coordinatorId,
            },
            new MeetingRhythm
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                Kind = MeetingKind.Focusbijeenkomst,
                Title = "Focusbijeenkomst met de stuurgroep",
                Place = "Stadhuis Demostad",
                Frequency = RhythmFrequency.Halfjaarlijks,
                FirstDate = firstOfMonth.AddMonths(1).AddDays(13),
                StartTime = new TimeOnly(19, 30),
                EndTime = new TimeOnly(21, 30),
                CreatedByUserId = coordinatorId,
            });

        db.AddRange(
            new Resistance
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                NoticedOn = today.AddDays(-50),
                Source = ResistanceSource.Burgers,
                SourceDetail = "bewoners van de Bloemenbuurt",
                Kind = "Wantrouwen richting de overheid",
                Description = "Op de bewonersavond zeiden bewoners dat de gemeente 'alleen komt als er iets gebeurd is'. Weinig animo voor het buurtoverleg.",
                Response = ResistanceResponse.Aanpakken,
                Handling = "De wijkverbinder staat elke week aan de koffietafel en komt terug op elke vraag binnen twee weken; de wethouder komt in het najaar langs.",
                ReviewOn = today.AddDays(40),
                CreatedByUserId = wijkverbinderId,
            },
            new Resistance
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                NoticedOn = today.AddDays(-20),
                Source = ResistanceSource.Gemeente,
                SourceDetail = "afdeling vergunningen",
                Kind = "Trage besluitvormingsprocessen en complexe procedures, of juist snelle processen, die die de druk opvoeren om (te) snel besluiten te nemen.",
                Description = "De vergunning voor de bankjes op de hangplek duurt langer dan het experiment.",
                Response = ResistanceResponse.LatenBestaan,
                Handling = "We laten de procedure lopen: het experiment gaat door met verplaatsbare bloembakken die geen vergunning nodig hebben.",
                CreatedByUserId = coordinatorId,
            });
        db.AddRange(
            new Celebration
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                CelebratedOn = today.AddDays(-34),
                Success = "Het hek bij de doorsteek blijft: de corporatie neemt het over",
                How = "Taart en koffie op het plein met de bewoners van de Parklaan die het experiment bedachten.",
                WithWhom = "bewonerscommissie Parklaan, corporatie, wijkagent",
                Attention = CelebrationAttention.Bestuurlijk,
                AgreedWithNetwork = true,
                ActionId = experiments.Borgen,
                CreatedByUserId = coordinatorId,
            },
            new Celebration
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                CelebratedOn = today.AddDays(-10),
                Success = "Tien weken koffietafel",
                How = "Een bos bloemen voor de vrijwilligers die elke week de koffie zetten.",
                WithWhom = "de vrijwilligers van de koffietafel",
                Attention = CelebrationAttention.Geen,
                AgreedWithNetwork = true,
                Visibility = VisibilityLevel.Netwerk,
                CreatedByUserId = wijkverbinderId,
            });
    }
}
