using Wijkkracht.Core.Data;
using Wijkkracht.Core.Steps;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// The demo approach's step plan after its recorded work (issue 13 quality bar): the WerkwijzerPlus steps 1–3 are done
/// with their results linked to the pages that hold the evidence (observations, walks, desk research, conversations,
/// themes, the network, the neighbourhood story), steps 4–6 are in progress with the actions, experiments and the
/// "borgen" decision as evidence, and the ESS steps follow the same work. ESS step 4 and 5 are left to the status that
/// follows from the precondition check, the decision and the plan. Fictional.
/// </summary>
public static class DemoSteps
{
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId, DateOnly today, DemoExperiments experiments)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(experiments);
        var page = $"/aanpakken/{approachId}";
        StepResultCheck Done(int index, int daysAgo, string note, params string[] evidence) =>
            new() { Index = index, Achieved = true, AchievedOn = today.AddDays(-daysAgo), Note = note, Evidence = string.Join('\n', evidence) };
        StepResultCheck Open(int index, string note) => new() { Index = index, Achieved = false, Note = note };
        void Step(string stepId, StepStatus status, string notes, params StepResultCheck[] results) =>
            db.Add(new StepProgress { OrganisationId = organisationId, ApproachId = approachId, StepId = stepId, Status = status, Notes = notes, Results = [.. results] });

        Step("wwp-stap-1", StepStatus.Afgerond, "Drie weken op verschillende tijden rond het plein geweest, met de wijkagent en het jongerenwerk; twee schouwen gelopen.",
            Done(0, 200, "Avonds groepen bij het winkelcentrum; overdag ouderen op de bankjes aan de Parklaan.", $"{page}/waarnemingen", $"{page}/tijdlijn"),
            Done(1, 195, "Kaart met wie welke plek gebruikt, uit de waarnemingen en de schouw.", $"{page}/waarnemingen", $"{page}/kansenkaart"),
            Done(2, 190, "Krachten: actieve winkeliers en de bewonerscommissie. Klachten: overlast en ronselen.", $"{page}/vooronderzoek"),
            Done(3, 185, "Jongerenwerk, wijkagent, corporatie en school in beeld.", $"{page}/netwerk"),
            Open(4, "De wethouder komt in het najaar mee de buurt in."));
        Step("wwp-stap-2", StepStatus.Afgerond, "Gesprekken aan de koffietafel, op straat en bij de winkeliers.",
            Done(0, 170, "Ronselen, verlichting en de doorsteek komen steeds terug.", $"{page}/gesprekken", $"{page}/themas"),
            Done(1, 165, "Het plein is overdag van ouderen en 's avonds van jongeren.", $"{page}/gesprekken"),
            Done(2, 160, "Drie netwerken: winkeliers, bewonerscommissie Parklaan en de moskee.", $"{page}/netwerk"),
            Done(3, 160, "Zie de thema's en wie er wat over zei.", $"{page}/themas"),
            Open(4, "Nog te bespreken met de afdeling Veiligheid."));
        Step("wwp-stap-3", StepStatus.Afgerond, "Het verhaal van de buurt samen met bewoners en partners gemaakt en teruggegeven op de bewonersavond.",
            Done(0, 140, "Versie 1 van het buurtverhaal.", $"{page}/verhaal"),
            Done(1, 140, "Groepsopstelling met bewoners en ondernemers.", $"{page}/groepsopstellingen"),
            Done(2, 135, "Twaalf bewoners en vier ondernemers willen meedoen.", $"{page}/netwerk"),
            Open(3, "Energie is er bij de Parklaan, minder in de Bloemenbuurt."),
            Open(4, "Bewoners wachten nog vaak af wat de gemeente doet."));
        Step("wwp-stap-4", StepStatus.Bezig, "Koffietafel, opschoonactie en de pop-up op het plein.",
            Done(1, 60, "De koffietafel bereikt elke week twintig tot dertig bewoners.", $"{page}/acties"),
            Done(3, 45, "Wat we zagen en hoorden staat bij elke actie.", $"{page}/acties"),
            Done(4, 30, "Besproken in de evaluatieronde.", $"{page}/evaluatie"),
            Open(2, "Jongeren en ouderen komen nog niet op dezelfde momenten."));
        Step("wwp-stap-5", StepStatus.Bezig, "Drie experimenten: de doorsteek, de pop-up en de bankjes bij het winkelcentrum.",
            Done(1, 40, "Na-experimentbijeenkomst over de doorsteek met de buurt.", $"{page}/bijeenkomsten", $"{page}/acties/{experiments.Borgen}"),
            Done(2, 40, "Minder aanloop naar het parkeerterrein sinds het hek.", $"{page}/acties/{experiments.Borgen}"),
            Open(0, "De bankjes lopen achter: de bijeenkomst na afloop moet nog worden gehouden."));
        Step("wwp-stap-6", StepStatus.Bezig, "Het hek bij de doorsteek is geborgd door de corporatie.",
            Done(0, 35, "Besluit 'borgen' met eigenaar en financiering.", $"{page}/acties/{experiments.Borgen}"),
            Open(1, "Het buurtoverleg is er, maar nog niet vast."));

        Step("ess-stap-1", StepStatus.Afgerond, "Praktijkvoorbeelden bekeken met het kernteam.");
        Step("ess-stap-2", StepStatus.Afgerond, "Kennissessie over ondermijning en weerbaarheid gevolgd.");
        Step("ess-stap-3", StepStatus.Afgerond, "Vooronderzoek: cijfers, beleid en eerdere aanpakken in de buurt.");
        Step("ess-stap-6", StepStatus.Afgerond, "Waarnemingen, schouwen en gesprekken; zie de WerkwijzerPlus-stappen 1 en 2.");
        Step("ess-stap-7", StepStatus.Bezig, "Koffietafel en zichtbare acties; jongeren nog weinig betrokken.");
        Step("ess-stap-8", StepStatus.Bezig, "Startbijeenkomst gehouden; het netwerk komt elke maand bij elkaar.");
        Step("ess-stap-9", StepStatus.Bezig, "Gesprek over weerbaarheid per niveau in de netwerkbijeenkomst; zie de evaluatie.");
        Step("ess-stap-10", StepStatus.Bezig, "Samenwerken in een buurtnetwerk met de bewonerscommissie als trekker.");
        Step("ess-stap-11", StepStatus.Bezig, "Weerstand en successen worden bijgehouden op de evaluatiepagina.");
    }
}
