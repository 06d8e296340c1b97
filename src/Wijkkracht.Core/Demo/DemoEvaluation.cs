using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Evaluation;
using Wijkkracht.Core.Goals;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Demo evaluation for the Europaplein approach (issue 13 §5): one evaluation round answered with partners and residents,
/// two indicators (a number with a baseline and measurements, and a qualitative one), and four lessons learned. Dated
/// relative to today; fictional.
/// </summary>
public static class DemoEvaluation
{
    public static async Task AddAsync(WijkkrachtDbContext db, Guid organisationId, Guid approachId, DateOnly today, Guid coordinatorId, Guid wijkverbinderId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var goals = await db.Set<Goal>().Where(g => g.ApproachId == approachId).Select(g => new { g.Id, g.Title }).ToListAsync(ct);
        Guid? Goal(string startsWith) => goals.FirstOrDefault(g => g.Title.StartsWith(startsWith, StringComparison.Ordinal))?.Id;
        var held = today.AddDays(-30);
        db.Add(new EvaluationRound
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            HeldOn = held,
            Participants = "Bewonerscommissie Parklaan, winkeliersvereniging, jongerenwerk, wijkagent, wijkverbinder en gemeenteverbinder",
            Answers =
            [
                new() { Question = 0, Sub = 0, Answer = "Bewoners van de Parklaan zeggen dat hun zorgen nu serieus worden genomen: het hek bij de doorsteek is er gekomen. Bewoners van de Bloemenbuurt voelen zich minder gehoord." },
                new() { Question = 0, Sub = 1, Answer = "Ouderen en ondernemers denken mee; jongeren en bewoners van de Bloemenbuurt nog weinig. De koffietafel bereikt vooral ouderen." },
                new() { Question = 0, Sub = 2, Answer = "Ondernemers bellen de wijkverbinder eerder; dat zien we als een teken van weerbaarheid. Harde cijfers zijn er nog niet." },
                new() { Question = 1, Sub = 0, Answer = "Ja, voor het doel 'signalen delen in een vast overleg'; het doel voor jongeren loopt achter." },
                new() { Question = 1, Sub = 1, Answer = "Minder aanloop naar het parkeerterrein sinds het hek; zestien jongeren deden mee aan de opschoonactie." },
                new() { Question = 1, Sub = 2, Answer = "De jongerenwerker is maar twee dagen in de week in de buurt; de pop-up is alleen op dinsdag open." },
                new() { Question = 2, Sub = 0, Answer = "Met de corporatie zijn afspraken gemaakt over het hek; de inzet van het jongerenwerk na 2027 is nog niet geregeld." },
                new() { Question = 3, Sub = 0, Answer = "Klein beginnen op de plek zelf werkt: de koffietafel en de pop-up brachten meer contact dan de bewonersbrief." },
                new() { Question = 3, Sub = 1, Answer = "Jongeren zelf eerder betrekken, niet alleen via het jongerenwerk." },
            ],
            OwnRole = "De gemeente reageerde snel op het hek, maar liet bewoners te lang wachten op een antwoord over de verlichting.",
            Adjustments = "Een tweede koffietafel in de Bloemenbuurt; jongeren krijgen een eigen avond in de pop-up.",
            CommunicatedOn = held.AddDays(12),
            CommunicatedHow = "Buurtbericht en bewonersavond",
            Status = EvaluationStatus.Afgerond,
            ClosedOn = held.AddDays(12),
            ClosedByUserId = coordinatorId,
        });
        db.Add(new Indicator
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            GoalId = Goal("Bewoners en ondernemers"),
            Name = "Signalen van bewoners en ondernemers bij de wijkverbinder",
            Kind = IndicatorKind.Getal,
            Unit = "signalen per maand",
            Source = "Eigen registratie wijkverbinder (aantallen, geen namen)",
            BaselineDate = today.AddDays(-240),
            BaselineValue = 2,
            BaselineNote = "Voor de start kwamen signalen vooral via de politie binnen.",
            TargetValue = 10,
            Measurements =
            [
                new() { Date = today.AddDays(-180), Value = 3 },
                new() { Date = today.AddDays(-120), Value = 5, Note = "Na de co-creatiesessie met ondernemers." },
                new() { Date = today.AddDays(-60), Value = 6 },
                new() { Date = today.AddDays(-5), Value = 9, Note = "Sinds de pop-up op dinsdag." },
            ],
        });
        db.Add(new Indicator
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            GoalId = Goal("Jongeren rond het plein"),
            Name = "Hoe jongeren over het plein praten",
            Kind = IndicatorKind.Kwalitatief,
            Source = "Gesprekken van het jongerenwerk",
            BaselineDate = today.AddDays(-240),
            BaselineNote = "Jongeren noemen het plein 'van de oudere jongens'; ze komen er alleen om door te lopen.",
            Measurements =
            [
                new() { Date = today.AddDays(-90), Note = "Na de opschoonactie spreken jongeren over 'ons veld'." },
                new() { Date = today.AddDays(-10), Note = "Meiden komen op vrijdag naar het zaalvoetbal; het plein zelf blijft 's avonds lastig." },
            ],
            Visibility = VisibilityLevel.Partners,
        });
        db.AddRange(
            new Lesson { OrganisationId = organisationId, ApproachId = approachId, Title = "Koffietafels trekken ouderen, geen jongeren", Text = "De koffietafel op het plein bereikt ouderen en moeders met jonge kinderen. Voor jongeren werkt een eigen moment beter, samen met het jongerenwerk.", Tags = "jongeren, koffietafel, bereik", LearnedOn = today.AddDays(-30), CreatedByUserId = wijkverbinderId },
            new Lesson { OrganisationId = organisationId, ApproachId = approachId, Title = "Spreek het evaluatieplan af vóór het experiment", Text = "Bij het hek hadden we vooraf een enquête en een bewonersavond gepland. Daardoor was het besluit om te borgen snel genomen en gedragen.", Tags = "experiment, evaluatie", LearnedOn = today.AddDays(-45), CreatedByUserId = coordinatorId },
            new Lesson { OrganisationId = organisationId, ApproachId = approachId, Title = "Ondernemers zijn vroege signaalgevers", Text = "Na één co-creatiesessie bellen ondernemers de wijkverbinder als ze iets zien. Investeer vroeg in een vaste contactpersoon voor ondernemers.", Tags = "ondernemers, signalen", LearnedOn = today.AddDays(-80), CreatedByUserId = wijkverbinderId },
            new Lesson { OrganisationId = organisationId, ApproachId = approachId, Title = "Kondig een experiment aan op de plek zelf", Text = "Een bord bij de doorsteek werkte beter dan de brief: bewoners wisten waar ze met vragen terechtkonden.", Tags = "experiment, communicatie", LearnedOn = today.AddDays(-140), ShareInOrganisation = false, CreatedByUserId = coordinatorId });
        await db.SaveChangesAsync(ct);
    }
}
