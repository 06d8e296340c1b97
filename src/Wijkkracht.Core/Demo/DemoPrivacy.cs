using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Privacy;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Privacy in the demo (issue 14 §6, §9): two retention rules of Demostad's own (the other types keep the defaults) and
/// the adopted processing record of the demo approach. Fictional.
/// </summary>
public static class DemoPrivacy
{
    public static async Task AddAsync(WijkkrachtDbContext db, Guid organisationId, Guid approachId, DateTimeOffset now, Security.AppUser coordinator, Security.AppUser wijkverbinder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(coordinator);
        ArgumentNullException.ThrowIfNull(wijkverbinder);
        // Two lines in the sharing ledger (issue 14 §8): what a sharing ledger looks like after a few weeks. The exports
        // themselves are not stored; the ledger never holds content. The counts are those of the demo approach.
        var persons = await db.Set<Network.NetworkActor>().CountAsync(a => a.ApproachId == approachId && a.Kind == Network.ActorKind.Persoon, ct);
        var others = await db.Set<Network.NetworkActor>().CountAsync(a => a.ApproachId == approachId && a.Kind != Network.ActorKind.Persoon, ct);
        var ties = await db.Set<Network.NetworkRelation>().CountAsync(r => r.ApproachId == approachId && r.Type != Network.RelationType.Conflict, ct);
        var goals = await db.Set<Goals.Goal>().CountAsync(g => g.ApproachId == approachId, ct);
        db.AddRange(
            new SharingRecord
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                At = now.AddDays(-21),
                ByUserId = coordinator.Id,
                ByName = coordinator.DisplayName,
                Kind = ExportKind.Voortgang,
                Format = "docx",
                Recipient = SharingRecipient.Stuurgroep,
                Basis = SharingBasis.PubliekeTaak,
                Pseudonymised = true,
                Purpose = "Stuurgroep Veilige Wijk, kwartaaloverleg",
                ContentsJson = System.Text.Json.JsonSerializer.Serialize(new[] { new SharingContent("Doelen", goals) }),
            },
            new SharingRecord
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                At = now.AddDays(-9),
                ByUserId = wijkverbinder.Id,
                ByName = wijkverbinder.DisplayName,
                Kind = ExportKind.Netwerk,
                Format = "graphml",
                Recipient = SharingRecipient.Politie,
                Basis = SharingBasis.Convenant,
                Pseudonymised = true,
                Purpose = "Afstemming met de wijkagent over wie de jongeren bereikt",
                ContentsJson = System.Text.Json.JsonSerializer.Serialize(new[] { new SharingContent("Actoren", others), new SharingContent("Personen", persons), new SharingContent("Verbindingen", ties) }),
            });
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
