using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Meetings;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Demo meetings and agreements (issue 13 §3): a startbijeenkomst with the network's five working agreements, a
/// netwerkbijeenkomst, a bewonersavond, a focusbijeenkomst, the meeting after the experiment, and one upcoming
/// netwerkbijeenkomst whose agenda comes from the open agreements; agreements open, overdue and done. Dates are
/// relative to <c>today</c>; people are the members passed in and groups, never residents' names.
/// </summary>
public static class DemoMeetings
{
    /// <summary>
    /// Adds the meetings and agreements and saves. <paramref name="members"/>: members of the approach (user id and
    /// display name; the first is the chair of the start meeting); <paramref name="actorIds"/>: network actors of the
    /// approach who attend; <paramref name="experimentId"/>: the experiment the after-meeting is about (none: that meeting
    /// is left out).
    /// </summary>
    public static async Task SeedAsync(
        WijkkrachtDbContext db, Guid approachId, IReadOnlyList<(Guid UserId, string Name)> members, IReadOnlyList<Guid> actorIds, Guid? experimentId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(actorIds);
        if (members.Count == 0)
            throw new ArgumentException("The demo meetings need at least one member.", nameof(members));
        var organisationId = await db.Approaches.IgnoreQueryFilters().Where(a => a.Id == approachId).Select(a => a.OrganisationId).SingleAsync(ct);
        (Guid UserId, string Name) Member(int i) => members[i % members.Count];
        List<Guid> Users(int count) => members.Take(count).Select(m => m.UserId).Distinct().ToList();
        List<Guid> Actors(int skip, int count) => actorIds.Skip(skip).Take(count).ToList();
        var stamp = new DateTimeOffset(today.AddDays(-1).ToDateTime(new TimeOnly(21, 0)), TimeSpan.FromHours(1));

        Meeting NewMeeting(MeetingKind kind, string title, int daysFromToday, string place, TimeOnly start, TimeOnly end) => new()
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Kind = kind,
            Title = title,
            Date = today.AddDays(daysFromToday),
            StartTime = start,
            EndTime = end,
            Place = place,
            CreatedByUserId = members[0].UserId,
            CreatedAt = stamp,
            UpdatedAt = stamp,
        };

        var start = NewMeeting(MeetingKind.Startbijeenkomst, "Startbijeenkomst van het netwerk", -160, "Buurthuis De Schakel, Europaplein", new TimeOnly(19, 30), new TimeOnly(21, 30));
        start.AttendeeUserIds = Users(4);
        start.AttendeeActorIds = Actors(0, 8);
        start.AttendingGroups = "bewoners van de Parklaan, jongerenwerk, winkeliers, de basisschool";
        start.Chair = Member(0).Name;
        start.NoteTaker = Member(1).Name;
        start.Visibility = VisibilityLevel.Netwerk;
        start.Agenda =
        [
            new() { Text = "Kennismaken: wie zijn we en wat brengen we mee?" },
            new() { Text = "Wat we hoorden in de gesprekken met bewoners", PreBriefing = true },
            new() { Text = "Samen werkafspraken maken" },
            new() { Text = "Rondvraag en afsluiting" },
        ];
        start.WorkingAgreements =
        [
            new() { Question = 0, Answer = "Het kernteam bereidt voor en zit voor; bewoners en partners nemen elk een eigen actie op zich. Wie iets oppakt, zegt dat hardop in de bijeenkomst." },
            new() { Question = 1, Answer = "We komen onze afspraken na of melden op tijd dat het niet lukt. We praten met elkaar, niet over elkaar." },
            new() { Question = 2, Answer = "Eens per zes weken op dinsdagavond, afwisselend in het buurthuis en op de plek waar het over gaat. Elke woensdag is er een koffietafel op het plein." },
            new() { Question = 3, Answer = "Signalen gaan naar de wijkverbinder; die brengt ze in de volgende bijeenkomst in. Zorgen over veiligheid gaan meteen naar de wijkagent." },
            new() { Question = 4, Answer = "Meer ontmoeting op het Europaplein en minder overlast bij de bushalte. We kijken elk half jaar samen terug met de waarnemingen en de verhalen van bewoners." },
        ];
        start.Notes = "Ruim twintig deelnemers. Veel herkenning in de verhalen over het plein: 's avonds voelt het leeg en onveilig, overdag is het er druk met ouders en kinderen.";
        start.Signals = "Bewoners van de Parklaan missen een plek om elkaar te ontmoeten. Jongeren zeggen dat ze nergens welkom zijn.";
        start.Decisions = "We beginnen met een koffietafel op het plein en een gesprek met de jongeren bij de bushalte.";

        var network = NewMeeting(MeetingKind.Netwerkbijeenkomst, "Netwerkbijeenkomst voorjaar", -110, "Buurthuis De Schakel, Europaplein", new TimeOnly(19, 30), new TimeOnly(21, 0));
        network.AttendeeUserIds = Users(3);
        network.AttendeeActorIds = Actors(2, 6);
        network.AttendingGroups = "bewonerscommissie, jongerenwerk, buurtvaders";
        network.Chair = Member(1).Name;
        network.NoteTaker = Member(2).Name;
        network.Agenda =
        [
            new() { Text = "Terugblik op de koffietafel" },
            new() { Text = "Plannen voor een experiment bij de bushalte", PreBriefing = true },
            new() { Text = "Wie mist er nog in het netwerk?" },
        ];
        network.Notes = "De koffietafel trekt elke week zo'n vijftien bewoners, vooral ouderen. Jongeren en ondernemers zijn er nog niet.";
        network.Signals = "Winkeliers klagen over afval achter de winkels.";
        network.Decisions = "We proberen een experiment: de bushalte wordt op vrijdagavond een ontmoetingsplek met muziek en licht.";

        var residents = NewMeeting(MeetingKind.Bewonersavond, "Bewonersavond over het plein", -75, "Op het Europaplein, bij de fontein", new TimeOnly(19, 0), new TimeOnly(20, 30));
        residents.AttendeeUserIds = Users(2);
        residents.AttendingGroups = "bewoners van het Europaplein en de Bloemenbuurt, ouders van de basisschool";
        residents.Chair = Member(2).Name;
        residents.NoteTaker = Member(0).Name;
        residents.Visibility = VisibilityLevel.Netwerk;
        residents.Agenda =
        [
            new() { Text = "Wat gaat er goed op het plein, wat kan beter?" },
            new() { Text = "Ideeën op de kansenkaart zetten" },
        ];
        residents.Notes = "Ongeveer veertig bewoners. Veel ideeën voor groen en een speelplek; zorgen over snelheid van scooters.";
        residents.Signals = "Scooters rijden hard over het plein.";
        residents.Decisions = "De ideeën gaan op de kansenkaart; de gemeente kijkt naar maatregelen tegen hard rijden.";

        var focus = NewMeeting(MeetingKind.Focusbijeenkomst, "Focusbijeenkomst: waar staan we?", -40, "Basisschool De Regenboog, aula", new TimeOnly(15, 30), new TimeOnly(17, 0));
        focus.AttendeeUserIds = Users(4);
        focus.AttendeeActorIds = Actors(4, 4);
        focus.Chair = Member(3).Name;
        focus.NoteTaker = Member(1).Name;
        focus.Agenda =
        [
            new() { Text = "Doelen en wat we tot nu toe zien" },
            new() { Text = "Welke afspraken lopen nog?" },
        ];
        focus.Notes = "De koffietafel loopt goed. Het contact met de jongeren is beter, maar de winkeliers doen nog weinig mee.";
        focus.Decisions = "We zoeken een ondernemer die de winkeliers wil meenemen.";

        var meetings = new List<Meeting> { start, network, residents, focus };
        Meeting? after = null;
        if (experimentId is { } experiment)
        {
            after = NewMeeting(MeetingKind.NaExperiment, "Terugblik op het afsluiten van de doorsteek", -52, "Bij de doorsteek Parklaan", new TimeOnly(19, 0), new TimeOnly(20, 30));
            after.ExperimentId = experiment;
            after.AttendeeUserIds = Users(3);
            after.AttendeeActorIds = Actors(1, 5);
            after.AttendingGroups = "bewoners van de Parklaan en de Bloemenbuurt, bewonerscommissie, corporatie, wijkagent";
            after.Chair = Member(0).Name;
            after.NoteTaker = Member(2).Name;
            after.Visibility = VisibilityLevel.Netwerk;
            after.Agenda =
            [
                new() { Text = "Wat zagen we sinds het hek 's avonds dicht is?" },
                new() { Text = "Wat vinden bewoners van de Parklaan en de Bloemenbuurt ervan? (uitkomst van de enquête)", PreBriefing = true },
                new() { Text = "Stoppen, aanpassen, voortzetten of borgen?" },
            ];
            after.Notes = "Bewoners van de Parklaan zijn positief: minder aanloop naar het parkeerterrein en ze lopen overdag weer door de doorsteek. Bewoners van de Bloemenbuurt missen de kortere weg in de zomeravonden.";
            after.Decisions = "Het netwerk adviseert het hek te houden (borgen), met een latere sluitingstijd in de zomer.";
            meetings.Add(after);
        }

        var upcoming = NewMeeting(MeetingKind.Netwerkbijeenkomst, "Netwerkbijeenkomst najaar", 16, "Buurthuis De Schakel, Europaplein", new TimeOnly(19, 30), new TimeOnly(21, 0));
        upcoming.Chair = Member(2).Name;
        upcoming.NoteTaker = Member(3).Name;
        meetings.Add(upcoming);

        MeetingAgreement Agreement(Meeting meeting, string what, (Guid UserId, string Name)? member, string ownerName, int? dueFromToday, AgreementStatus status, string progress, int? doneFromToday = null) => new()
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            MeetingId = meeting.Id,
            What = what,
            OwnerUserId = member?.UserId,
            OwnerName = member?.Name ?? ownerName,
            DueDate = dueFromToday is { } due ? today.AddDays(due) : null,
            Status = status,
            Progress = progress,
            DoneOn = doneFromToday is { } done ? today.AddDays(done) : null,
            CreatedAt = stamp,
            UpdatedAt = stamp,
        };

        var agreements = new List<MeetingAgreement>
        {
            Agreement(start, "Elke woensdag een koffietafel op het plein organiseren", Member(0), "", -140, AgreementStatus.Gedaan, "De koffietafel loopt sinds het voorjaar elke week.", -138),
            Agreement(start, "Gesprek met de jongeren bij de bushalte", null, "Jongerenwerk", -130, AgreementStatus.Gedaan, "Twee gesprekken gevoerd; de jongeren willen een eigen plek.", -125),
            Agreement(network, "Winkeliersvereniging uitnodigen voor de volgende bijeenkomst", Member(1), "", -30, AgreementStatus.Open, "Eén keer gebeld, nog geen reactie."),
            Agreement(network, "Afvalbakken achter de winkels bespreken met de gemeente", Member(2), "", -20, AgreementStatus.Open, ""),
            Agreement(residents, "Ideeën van de bewonersavond op de kansenkaart zetten", Member(0), "", -60, AgreementStatus.Gedaan, "Twaalf kansen staan op de kaart.", -62),
            Agreement(residents, "Snelheid van scooters laten meten", null, "Gemeente, team verkeer", 20, AgreementStatus.Open, "Meting is aangevraagd."),
            Agreement(focus, "Een ondernemer vinden die de winkeliers meeneemt", Member(1), "", 10, AgreementStatus.Open, ""),
            Agreement(focus, "Folder over de koffietafel vertalen in het Turks en Arabisch", null, "Bewonerscommissie", null, AgreementStatus.Vervallen, "Niet meer nodig: buurtvaders vertellen het mondeling."),
        };
        if (after is not null)
        {
            agreements.Add(Agreement(after, "Zomertijden van het hek afspreken met de corporatie", null, "Bewonerscommissie Parklaan", -5, AgreementStatus.Open, "Besproken, nog niet op papier."));
            agreements.Add(Agreement(after, "Voorstel tot borgen met eigenaar en financiering voorleggen aan de stuurgroep", Member(0), "", -48, AgreementStatus.Gedaan, "De stuurgroep stemde in; de corporatie betaalt het onderhoud.", -46));
        }

        upcoming.Agenda = agreements.Where(a => a.Status == AgreementStatus.Open).Take(4).Select(a => new AgendaItem { Text = MeetingService.AgendaText(a) }).ToList();
        db.AddRange(meetings);
        db.AddRange(agreements);
        await db.SaveChangesAsync(ct);
    }
}
