using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Actions;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Demo;

/// <summary>The two demo experiments the meetings refer to: one decided "borgen" after its meeting, one still running.</summary>
public sealed record DemoExperiments(Guid Borgen, Guid Running, Guid Overdue, Guid Risky);

/// <summary>
/// Demo actions for the Europaplein approach (issue 13): nine zichtbare acties, experimenten and activiteiten of all
/// three kinds, dated relative to today so that one experiment is always running, one is past its end date without its
/// neighbourhood meeting (overdue) and one was decided "borgen" after its meeting. Fictional; groups, no residents' names.
/// </summary>
public static class DemoActions
{
    public static async Task<DemoExperiments> AddAsync(
        WijkkrachtDbContext db, Guid organisationId, Guid approachId, DateOnly today, Guid coordinatorId, Guid wijkverbinderId, Guid jongerenwerkerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var goals = await db.Set<Goal>().Where(g => g.ApproachId == approachId).Select(g => new { g.Id, g.Title }).ToListAsync(ct);
        List<Guid> Goal(string startsWith) => goals.Where(g => g.Title.StartsWith(startsWith, StringComparison.Ordinal)).Select(g => g.Id).ToList();
        NeighbourhoodAction New(ActionKind kind, string title, Guid owner) => new()
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Kind = kind,
            Title = title,
            OwnerUserId = owner,
            CreatedByUserId = owner,
        };

        var borgen = New(ActionKind.Experiment, "Doorsteek achter de flats 's avonds tijdelijk afsluiten", coordinatorId);
        borgen.Description = "Het hek bij de doorsteek tussen de Parklaan-flats en het plein gaat van 22.00 tot 6.00 uur dicht, zodat er geen aanloop meer is naar de auto's op het parkeerterrein.";
        borgen.PpctLevel = PpctLevel.Exo;
        borgen.ParticipationRung = 4;
        borgen.PlaceName = "Doorsteek Parklaan";
        borgen.StartDate = today.AddDays(-150);
        borgen.EndDate = today.AddDays(-60);
        borgen.Organisers = "Bewonerscommissie Parklaan, woningcorporatie en wijkagent";
        borgen.LocalSuppliers = "Hekwerk en sloten: smederij aan de Industrieweg";
        borgen.Cost = 1850m;
        borgen.Pattern = "Jongeren worden 's avonds via de doorsteek naar de auto's op het parkeerterrein geroepen; bewoners lopen er niet meer langs.";
        borgen.ExpectedEffect = "Minder aanloop naar het parkeerterrein en bewoners die de doorsteek overdag weer gebruiken.";
        borgen.EvaluationPlan = "Enquête onder bewoners van de Parklaan vooraf en na twee maanden; bewonersavond na de proefperiode; meldingen van de wijkagent per maand.";
        borgen.EvaluationDate = today.AddDays(-65);
        borgen.StopCriterion = "Als bewoners met een beperking niet meer bij de bushalte kunnen komen of het aantal meldingen elders stijgt.";
        borgen.UndoPlan = "Het hek blijft open staan; de sloten gaan eraf. De corporatie kan dit binnen een dag doen.";
        borgen.WhoJoined = "Bewoners van de Parklaan, de bewonerscommissie, twee ondernemers van het plein.";
        borgen.WhoDidNotJoin = "Bewoners van de Bloemenbuurt, die de doorsteek als kortere weg gebruiken.";
        borgen.PatternChange = "Volgens de wijkagent is de aanloop naar het parkeerterrein duidelijk minder; bewoners lopen overdag weer door de doorsteek.";
        borgen.ResidentFeedback = "Op de bewonersavond vond een grote meerderheid dat het hek moet blijven; wel een later sluitingstijd in de zomer.";
        borgen.Status = ActionStage.Afgerond;
        borgen.Decision = ExperimentDecision.Borgen;
        borgen.DecisionDate = today.AddDays(-45);
        borgen.DecisionNote = "Blijvend maken met een sluitingstijd van 23.00 uur van mei tot september. Meldingen blijven we per kwartaal volgen.";
        borgen.BorgingOwner = "Woningcorporatie, samen met de bewonerscommissie Parklaan";
        borgen.BorgingFunding = "Onderhoudsbudget van de corporatie vanaf 2027";
        borgen.DecidedByUserId = coordinatorId;
        borgen.GoalIds = Goal("Bewoners en ondernemers");
        borgen.Visibility = VisibilityLevel.Netwerk;

        var running = New(ActionKind.Experiment, "Werkplek op locatie: de wijkverbinder werkt op dinsdag vanuit een pop-up op het plein", wijkverbinderId);
        running.Description = "Een kleine unit op het plein met koffie; bewoners, ondernemers en jongeren kunnen zonder afspraak binnenlopen.";
        running.PpctLevel = PpctLevel.Meso;
        running.ParticipationRung = 3;
        running.PlaceName = "Europaplein, bij de fontein";
        running.StartDate = today.AddDays(-40);
        running.EndDate = today.AddDays(50);
        running.Organisers = "Wijkverbinder met de winkeliersvereniging";
        running.LocalSuppliers = "Koffie en gebak: bakkerij op het plein";
        running.Cost = 2400m;
        running.Status = ActionStage.Loopt;
        running.Pattern = "Signalen over ronselen komen alleen bij de politie binnen, en pas laat; bewoners weten niet waar ze terechtkunnen.";
        running.ExpectedEffect = "Meer en eerder gedeelde signalen, en bewoners die de wijkverbinder bij naam kennen.";
        running.EvaluationPlan = "Turven wie er binnenloopt (groepen, geen namen); korte vragen aan bezoekers in week 4 en 10; evaluatie met de winkeliersvereniging en de bewonerscommissie.";
        running.EvaluationDate = today.AddDays(45);
        running.StopCriterion = "Als de unit overlast trekt of bezoekers zich bekeken voelen door wie er rondhangt.";
        running.UndoPlan = "De unit is gehuurd per maand en staat binnen een dag weer weg.";
        running.WhoJoined = "Ouderen uit de flats, twee ondernemers, af en toe ouders na schooltijd.";
        running.WhoDidNotJoin = "Jongeren zelf nog niet; zij blijven aan de overkant van het plein.";
        running.GoalIds = Goal("Bewoners en ondernemers");

        var overdue = New(ActionKind.Experiment, "Bankjes en bloembakken op de hangplek bij het winkelcentrum", wijkverbinderId);
        overdue.Description = "Op de hoek bij de achteruitgang van het winkelcentrum komen tijdelijk bankjes en bloembakken, samen met jongeren ingericht.";
        overdue.PpctLevel = PpctLevel.Micro;
        overdue.ParticipationRung = 5;
        overdue.PlaceName = "Achterzijde winkelcentrum";
        overdue.StartDate = today.AddDays(-70);
        overdue.EndDate = today.AddDays(-10);
        overdue.Organisers = "Jongerenwerk en jongeren van het plein";
        overdue.Status = ActionStage.Loopt;
        overdue.Pattern = "De hoek is een plek waar jongeren worden aangesproken door oudere jongens in auto's.";
        overdue.ExpectedEffect = "Jongeren voelen de plek als van hen; de auto's stoppen er minder vaak.";
        overdue.EvaluationPlan = "Gesprek met de jongeren en de winkeliers na acht weken; foto's van de plek elke week.";
        overdue.StopCriterion = "Als de bloembakken worden vernield of de overlast voor bewoners toeneemt.";
        overdue.UndoPlan = "Bankjes en bakken zijn verplaatsbaar; de gemeente haalt ze binnen een week weg.";
        overdue.GoalIds = Goal("Jongeren rond het plein");

        var koffie = New(ActionKind.ZichtbareActie, "Koffietafel op het Europaplein", wijkverbinderId);
        koffie.Description = "Elke donderdagochtend koffie en thee op het plein; wie langsloopt, schuift aan.";
        koffie.PpctLevel = PpctLevel.Exo;
        koffie.ParticipationRung = 3;
        koffie.PlaceName = "Europaplein";
        koffie.StartDate = today.AddDays(-120);
        koffie.Organisers = "Bewonerscommissie en wijkverbinder";
        koffie.LocalSuppliers = "Koffie van de Turkse bakker op het plein";
        koffie.Cost = 35m;
        koffie.Status = ActionStage.Loopt;
        koffie.WhoJoined = "Vooral ouderen en moeders met jonge kinderen; soms een ondernemer.";
        koffie.WhoDidNotJoin = "Mannen uit de Bloemenbuurt en jongeren.";
        koffie.ResidentFeedback = "Bewoners vragen om een vaste plek bij slecht weer.";
        koffie.Visibility = VisibilityLevel.Netwerk;
        koffie.Shareable = true;

        var opschoon = New(ActionKind.ZichtbareActie, "Opschoonactie op het trapveld met jongeren", jongerenwerkerId);
        opschoon.PpctLevel = PpctLevel.Micro;
        opschoon.ParticipationRung = 4;
        opschoon.PlaceName = "Trapveld";
        opschoon.StartDate = today.AddDays(-95);
        opschoon.EndDate = today.AddDays(-95);
        opschoon.Organisers = "Jongerenwerk, voetbalclub SV Europa";
        opschoon.LocalSuppliers = "Snacks van de cafetaria aan het plein";
        opschoon.Cost = 120m;
        opschoon.Status = ActionStage.Afgerond;
        opschoon.WhoJoined = "Zestien jongeren, vier ouders, de trainer van SV Europa.";
        opschoon.WhoDidNotJoin = "De oudere groep die 's avonds op het veld staat.";
        opschoon.PatternChange = "De jongeren spraken daarna zelf anderen aan op afval; de oudere groep bleef weg van het veld.";
        opschoon.ResidentFeedback = "Omwonenden waren positief en vroegen om een vervolg in het voorjaar.";
        opschoon.GoalIds = Goal("Jongeren rond het plein");
        opschoon.Visibility = VisibilityLevel.Netwerk;
        opschoon.Shareable = true;

        var bbq = New(ActionKind.ZichtbareActie, "Buurtbarbecue bij de Parklaan-flats", coordinatorId);
        bbq.PpctLevel = PpctLevel.Exo;
        bbq.ParticipationRung = 4;
        bbq.PlaceName = "Binnentuin Parklaan";
        bbq.StartDate = today.AddDays(9);
        bbq.EndDate = today.AddDays(9);
        bbq.Organisers = "Bewonerscommissie Parklaan";
        bbq.LocalSuppliers = "Slager en groenteboer van het plein";
        bbq.Cost = 450m;
        bbq.Status = ActionStage.Gepland;
        bbq.Visibility = VisibilityLevel.Netwerk;
        bbq.Shareable = true;

        var voetbal = New(ActionKind.Activiteit, "Zaalvoetbal op vrijdagavond", jongerenwerkerId);
        voetbal.ActivityExample = "Vrije tijd";
        voetbal.PpctLevel = PpctLevel.Micro;
        voetbal.ParticipationRung = 4;
        voetbal.PlaceName = "Sporthal Noord";
        voetbal.StartDate = today.AddDays(-200);
        voetbal.Organisers = "Jongerenwerk en SV Europa";
        voetbal.Cost = 900m;
        voetbal.Status = ActionStage.Loopt;
        voetbal.WhoJoined = "Twintig tot dertig jongens van 13 tot 17 jaar; sinds kort ook een meidenteam.";
        voetbal.GoalIds = Goal("Jongeren hebben 's avonds");
        voetbal.VisibleToPartnerTypes = PartnerType.Jongerenwerk | PartnerType.Politie;

        var ouders = New(ActionKind.Activiteit, "Koffieochtend voor ouders in de Parklaan-flats", coordinatorId);
        ouders.ActivityExample = "Oudergroepen";
        ouders.PpctLevel = PpctLevel.Exo;
        ouders.ParticipationRung = 3;
        ouders.PlaceName = "Ontmoetingsruimte Parklaan";
        ouders.StartDate = today.AddDays(12);
        ouders.EndDate = today.AddDays(12);
        ouders.Organisers = "Buurtvaders Oost, wijkteam Noord";
        ouders.Status = ActionStage.Gepland;
        ouders.GoalIds = Goal("Ouders in de flats");

        var cocreatie = New(ActionKind.Activiteit, "Co-creatiesessie met ondernemers over signalen", wijkverbinderId);
        cocreatie.ActivityExample = "Netwerkvorming";
        cocreatie.PpctLevel = PpctLevel.Meso;
        cocreatie.ParticipationRung = 4;
        cocreatie.PlaceName = "Zaaltje boven de bakkerij";
        cocreatie.StartDate = today.AddDays(-80);
        cocreatie.EndDate = today.AddDays(-80);
        cocreatie.Organisers = "Winkeliersvereniging en wijkverbinder";
        cocreatie.Status = ActionStage.Afgerond;
        cocreatie.WhoJoined = "Negen ondernemers van het plein.";
        cocreatie.WhoDidNotJoin = "De ondernemers in de zijstraten.";
        cocreatie.PatternChange = "Ondernemers bellen nu eerst de wijkverbinder als ze iets zien.";
        cocreatie.Shareable = true;
        cocreatie.Risky = true;
        cocreatie.PoliceContact = "Wijkagent Priya weet van de sessie en is die avond bereikbaar. Afgesproken: signalen over personen bespreken we niet in de groep; die gaan rechtstreeks naar de politie.";

        db.AddRange(borgen, running, overdue, koffie, opschoon, bbq, voetbal, ouders, cocreatie);
        await db.SaveChangesAsync(ct);
        return new DemoExperiments(borgen.Id, running.Id, overdue.Id, cocreatie.Id);
    }
}
