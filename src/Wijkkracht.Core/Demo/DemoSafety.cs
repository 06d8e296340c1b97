using Microsoft.EntityFrameworkCore;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Network;
using Wijkkracht.Core.Safety;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// The demo approach's safety records (issue 14): the safety contacts (the wijkverbinder responsible, the wijkagent),
/// one open and one closed report by the network member with their follow-up, two safety agreements (one for the
/// approach, one for a risky activity) with review dates, and check-ins. Fictional; the free text is encrypted like
/// real records.
/// </summary>
public static class DemoSafety
{
    public static async Task AddAsync(
        WijkkrachtDbContext db, SensitiveText sensitive, Guid organisationId, Guid approachId, DateTimeOffset now, DateOnly today,
        Guid wijkverbinderId, Guid wijkagentId, Guid netwerklidId, Guid? riskyActionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sensitive);
        db.Add(new SafetySetup { OrganisationId = organisationId, ApproachId = approachId, ResponsibleUserId = wijkverbinderId, PoliceContactUserId = wijkagentId, FirstContactHours = 24 });

        var closedAt = now.AddDays(-40);
        var closed = new SafetyReport
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Kind = SafetyReportKind.Bedreiging,
            HappenedOn = today.AddDays(-47),
            WhatHappenedProtected = sensitive.Protect("Na de koffietafel liepen twee jongens achter me aan en zeiden dat ik 'niet zo moet kletsen met de gemeente'."),
            WhereProtected = sensitive.Protect("Achter het winkelcentrum, bij de fietsenstalling"),
            Feeling = SafetyFeeling.Onveilig,
            PoliceAware = PoliceAware.Nee,
            ContactPreference = ContactPreference.Telefoon,
            ContactDetailsProtected = sensitive.Protect("Liefst na 18.00 uur bellen"),
            ReportedByUserId = netwerklidId,
            ReportedAt = now.AddDays(-47),
            FirstContactDueAt = now.AddDays(-46),
            FirstContactAt = now.AddDays(-47).AddHours(5),
            Status = SafetyReportStatus.Afgesloten,
            PoliceInvolved = true,
            ClosedAt = closedAt,
            EvaluationProtected = sensitive.Protect("Binnen vijf uur gebeld, de wijkagent liep de week erna mee naar huis. De melder voelt zich weer veilig en wil doorgaan. Beter: vooraf afspreken wie na een bijeenkomst samen naar huis loopt."),
        };
        var open = new SafetyReport
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Kind = SafetyReportKind.Incident,
            HappenedOn = today.AddDays(-2),
            WhatHappenedProtected = sensitive.Protect("Er is een ei tegen mijn raam gegooid, de avond nadat ik in de buurtapp over de bijeenkomst schreef."),
            Feeling = SafetyFeeling.BeetjeOnveilig,
            PoliceAware = PoliceAware.WeetIkNiet,
            ContactPreference = ContactPreference.Langskomen,
            ReportedByUserId = netwerklidId,
            ReportedAt = now.AddDays(-2),
            FirstContactDueAt = now.AddDays(-1),
            FirstContactAt = now.AddDays(-2).AddHours(20),
            Status = SafetyReportStatus.InBehandeling,
        };
        db.AddRange(closed, open);
        db.AddRange(
            FollowUp(organisationId, approachId, closed.Id, today.AddDays(-47), FollowUpKind.EersteContact, wijkverbinderId, sensitive,
                "Gebeld met de melder. Afgesproken dat de wijkagent contact opneemt en dat zij de komende weken niet alleen naar huis loopt."),
            FollowUp(organisationId, approachId, closed.Id, today.AddDays(-45), FollowUpKind.Politie, wijkagentId, sensitive,
                "Gesprek met de melder; aangifte niet gewenst, wel een mutatie gemaakt. Extra surveillance rond het winkelcentrum."),
            FollowUp(organisationId, approachId, closed.Id, today.AddDays(-44), FollowUpKind.PreventieveMaatregel, wijkverbinderId, sensitive,
                "Met het netwerk afgesproken: na elke koffietafel lopen we in tweetallen naar huis."),
            FollowUp(organisationId, approachId, open.Id, today.AddDays(-1), FollowUpKind.EersteContact, wijkverbinderId, sensitive,
                "Langs geweest. De melder wil dat de wijkagent het weet; geen aangifte. Volgende week opnieuw langs."));

        db.AddRange(
            new SafetyAgreement
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                Title = "Veilig werken in het netwerk",
                Agreed = "Signalen van onveiligheid gaan dezelfde dag naar de wijkverbinder. Na bijeenkomsten lopen bewoners in tweetallen naar huis. "
                    + "Bewoners zetten hun naam niet onder berichten over de aanpak. De wijkagent is het aanspreekpunt bij dreiging; bij direct gevaar bellen we 112.",
                Parties = SafetyParty.Politie | SafetyParty.Wijkagent | SafetyParty.Gemeente,
                AgreedOn = today.AddDays(-60),
                ReviewOn = today.AddDays(30),
                Visibility = VisibilityLevel.Netwerk,
                CreatedByUserId = wijkverbinderId,
            },
            new SafetyAgreement
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                ActionId = riskyActionId,
                Title = "Co-creatiesessie met ondernemers over signalen",
                Agreed = "De sessie is in het buurthuis, niet in een winkel. Het veiligheidshuis weet ervan. Namen van personen worden niet genoemd of genoteerd; wie iets weet, meldt het bij de wijkagent of Meld Misdaad Anoniem.",
                Parties = SafetyParty.Politie | SafetyParty.Veiligheidshuis,
                AgreedOn = today.AddDays(-20),
                ReviewOn = today.AddDays(-1),
                Visibility = SafetyDefaults.AgreementVisibility,
                CreatedByUserId = wijkverbinderId,
            });

        var person = await db.Set<NetworkActor>().Where(a => a.ApproachId == approachId && a.Kind == ActorKind.Persoon && a.MemberSince != null && a.Protection == ProtectionLevel.Normaal)
            .OrderBy(a => a.DisplayName).FirstOrDefaultAsync(ct);
        db.Add(CheckInWith(organisationId, approachId, today.AddDays(-10), wijkverbinderId, sensitive, memberUserId: netwerklidId,
            how: "Gaat goed, wel moe van alle bijeenkomsten. Vindt het fijn dat er na de koffietafel samen naar huis wordt gelopen."));
        if (person is not null)
        {
            db.Add(CheckInWith(organisationId, approachId, today.AddDays(-60), wijkverbinderId, sensitive, actorId: person.Id,
                how: "Enthousiast over de moestuin. Geen zorgen over veiligheid."));
        }
    }

    private static SafetyFollowUp FollowUp(Guid organisationId, Guid approachId, Guid reportId, DateOnly on, FollowUpKind kind, Guid by, SensitiveText sensitive, string text) =>
        new() { OrganisationId = organisationId, ApproachId = approachId, ReportId = reportId, On = on, Kind = kind, ByUserId = by, TextProtected = sensitive.Protect(text) };

    private static CheckIn CheckInWith(Guid organisationId, Guid approachId, DateOnly on, Guid by, SensitiveText sensitive, string how, Guid? memberUserId = null, Guid? actorId = null) =>
        new()
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            MemberUserId = memberUserId,
            ActorId = actorId,
            On = on,
            ByUserId = by,
            HowAreYouProtected = sensitive.Protect(how),
        };
}
