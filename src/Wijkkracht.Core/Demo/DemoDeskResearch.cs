using Wijkkracht.Core.Data;
using Wijkkracht.Core.DeskResearch;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Desk research for the demo approach: two datasets with three years of figures for Europaplein, wijk Noord and the
/// municipality (clearly fictional, and labelled so), earlier trajectories and a few entries of the sociale kaart.
/// </summary>
public static class DemoDeskResearch
{
    private const string DemoNote = "Let op: fictieve democijfers voor de demogemeente Demostad. Dit zijn géén echte CBS- of politiecijfers.";

    /// <summary>Adds the records to the context (the caller saves).</summary>
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var inwoners = new Dataset
        {
            OrganisationId = organisationId,
            Name = "Inwoners (demodata)",
            Topic = DatasetTopic.Demografie,
            Source = "Demodata, opgezet zoals CBS Kerncijfers wijken en buurten",
            Licence = "Demodata, vrij te gebruiken",
            Unit = "aantal inwoners",
            Description = DemoNote,
        };
        var misdrijven = new Dataset
        {
            OrganisationId = organisationId,
            Name = "Geregistreerde misdrijven per 1.000 inwoners (demodata)",
            Topic = DatasetTopic.Criminaliteit,
            Source = "Demodata, opgezet zoals Politie: geregistreerde misdrijven per buurt (CBS StatLine)",
            Licence = "Demodata, vrij te gebruiken",
            Unit = "per 1.000 inwoners",
            Description = DemoNote + " Een x betekent: geheim, omdat het aantal te klein is om te publiceren.",
        };
        db.AddRange(inwoners, misdrijven);

        void Figures(Dataset dataset, string code, params (string Period, decimal? Value, string? Symbol)[] rows)
        {
            foreach (var (period, value, symbol) in rows)
                db.Add(new AreaFigure { OrganisationId = organisationId, DatasetId = dataset.Id, AreaCode = code, Period = period, Value = value, Symbol = symbol });
        }

        Figures(inwoners, "BU99990201", ("2023", 3045m, null), ("2024", 3120m, null), ("2025", 3188m, null));
        Figures(inwoners, "WK999902", ("2023", 11210m, null), ("2024", 11390m, null), ("2025", 11475m, null));
        Figures(inwoners, "GM9999", ("2023", 58210m, null), ("2024", 58655m, null), ("2025", 59010m, null));
        Figures(misdrijven, "BU99990201", ("2023", 71.4m, null), ("2024", null, "x"), ("2025", 64.2m, null));
        Figures(misdrijven, "WK999902", ("2023", 52.8m, null), ("2024", 50.1m, null), ("2025", 48.9m, null));
        Figures(misdrijven, "GM9999", ("2023", 41.0m, null), ("2024", 40.2m, null), ("2025", 39.5m, null));

        db.AddRange(
            new EarlierTrajectory
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                Title = "Buurtvisie Europaplein",
                Period = "2019–2020",
                RunBy = "Afdeling Wijken, gemeente Demostad, met welzijnsorganisatie Samen Noord",
                Outcomes = "Een buurtvisie met twaalf wensen van bewoners, waaronder een opgeknapt trapveld en meer licht op het plein.",
                KeyContacts = "De voorzitter van de huurdersvereniging Parklaan en de opbouwwerker van Samen Noord (rollen; namen staan in het dossier).",
                ResidentAdvice = "Het trapveld is opgeknapt. De wens voor meer licht is blijven liggen door bezuinigingen.",
                FeedbackToResidents = "Eén bewonersavond bij de start; daarna geen terugkoppeling meer. Bewoners noemen dit nog steeds.",
                Sources = "Eindrapport buurtvisie (archief afdeling Wijken), gesprek met de opbouwwerker.",
                Visibility = VisibilityLevel.Partners,
            },
            new EarlierTrajectory
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                Title = "Onderzoek 'Jong in Noord'",
                Period = "voorjaar 2023",
                RunBy = "Onderzoekers van de hogeschool, in opdracht van de gemeente",
                Outcomes = "Interviews met 40 jongeren: weinig plekken om 's avonds te zijn, wantrouwen tegenover de gemeente.",
                KeyContacts = "Het jongerenwerk in Noord was het aanspreekpunt.",
                ResidentAdvice = "Het advies voor een avondopenstelling van het buurthuis is in 2025 uitgevoerd.",
                FeedbackToResidents = "Via het jongerenwerk; de jongeren kregen de samenvatting niet zelf.",
            });

        db.AddRange(
            new SocialMapEntry { OrganisationId = organisationId, ApproachId = approachId, Name = "Huurdersvereniging Parklaan", Kind = SocialMapKind.Netwerk, Involved = "Bewoners van de flats aan de Parklaan", ContactVia = "De wijkverbinder", Notes = "Vergadert eens per maand in het buurthuis.", Visibility = VisibilityLevel.Partners },
            new SocialMapEntry { OrganisationId = organisationId, ApproachId = approachId, Name = "Wijkoverleg Noord", Kind = SocialMapKind.Samenwerkingsverband, Involved = "Wijkagent, jongerenwerk, corporatie, wijkteam", ContactVia = "De gemeenteverbinder", Notes = "Om de zes weken; signalen worden hier besproken." },
            new SocialMapEntry { OrganisationId = organisationId, ApproachId = approachId, Name = "Afdeling Openbare Ruimte", Kind = SocialMapKind.AfdelingOfCollega, Involved = "Beheer van het plein, verlichting en groen", ContactVia = "De coördinator" },
            new SocialMapEntry { OrganisationId = organisationId, ApproachId = approachId, Name = "Moskee-vereniging Noord", Kind = SocialMapKind.Organisatie, Involved = "Bestuur en jongerenafdeling", ContactVia = "De wijkverbinder", Notes = "Organiseert huiswerkbegeleiding." });
    }
}
