using Wijkkracht.Core.Data;
using Wijkkracht.Core.Privacy;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Privacy in the demo (issue 14 §6, §9): two retention rules of Demostad's own (the other types keep the defaults) and
/// the adopted processing record of the demo approach. Fictional.
/// </summary>
public static class DemoPrivacy
{
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AddRange(
            new RetentionRule { OrganisationId = organisationId, RecordType = RetentionRecordType.Contactmomenten, Months = 24, CountFrom = RetentionCountFrom.DatumRecord },
            new RetentionRule { OrganisationId = organisationId, RecordType = RetentionRecordType.GesprekkenEnCitaten, Months = 6, CountFrom = RetentionCountFrom.AfsluitingAanpak });
        db.Add(new ProcessingRecord
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Purpose = "Uitvoeren van de wijkaanpak rond het Europaplein: samen met partners en bewoners voorkomen dat jongeren in de criminaliteit belanden, en de buurt weerbaarder maken.",
            LegalBasis = "Uitvoering van een taak van algemeen belang (AVG artikel 6 lid 1 onder e), op grond van de Gemeentewet. Signalen over mogelijke strafbare feiten (AVG artikel 10) alleen binnen het convenant Veilige Wijk Demostad.",
            DataSubjects = "Bewoners rond het Europaplein, jongeren (onder pseudoniem), sleutelpersonen en actieve bewoners, medewerkers van de gemeente, politie, jongerenwerk en woningcorporatie.",
            DataCategories = "Waarnemingen in de wijk; gesprekken met bewoners zonder naam, citaten alleen met toestemming; personen en organisaties in het netwerk met rollen en relaties; contactmomenten; leden van de aanpak: naam, e-mailadres, rol.",
            Recipients = "De partners in de aanpak (politie, jongerenwerk, woningcorporatie), ieder alleen wat hun rol en de zichtbaarheid toelaten. Geen verstrekking buiten de EER.",
            Retention = "Gesprekken en citaten: 6 maanden na de afsluiting van de aanpak, daarna anonimiseren.\nContactmomenten: 24 maanden na de eigen datum, daarna verwijderen.\nOverige gegevens: de standaardtermijnen van Wijkkracht.",
            SecurityMeasures = "Toegang alleen voor leden met een rol; tweestapsverificatie verplicht; elke inzage en export in een logboek dat niet te wijzigen is; beschermde personen onder pseudoniem.",
            Controller = "College van burgemeester en wethouders van Demostad. Contact: de functionaris gegevensbescherming, privacy@demostad.example.",
        });
    }
}
