using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.Security;
using Wijkkracht.Core.Visibility;

namespace Wijkkracht.Core.Demo;

/// <summary>
/// Demo field work for the Europaplein approach (issue 11): conversations of several settings, follow-ups promised to
/// residents (open and closed) and a timeline over three years. Everything is fictional; no names of residents.
/// </summary>
public static class DemoConversations
{
    private sealed record Talk(
        int Year, int Month, int Day, ConversationSetting Setting, PartnerCategory Partner, string Place, string Summary,
        string Proud, string Worried, string Wants, string? Quote = null, bool Consent = false, string? Event = null, DateOnly? EventDate = null);

    private static readonly Talk[] Talks =
    [
        new(2026, 3, 12, ConversationSetting.Straat, PartnerCategory.Bewoner, "Europaplein, bij de bankjes", "Woont al 30 jaar in de buurt en ziet het plein veranderen.", "De markt op zaterdag.", "'s Avonds auto's met draaiende motor bij het winkelcentrum.", "Meer licht op het plein.", "Vroeger kende iedereen elkaar hier.", true, "Markt verhuisd naar het Europaplein", new DateOnly(2019, 5, 1)),
        new(2026, 3, 14, ConversationSetting.Koffietafel, PartnerCategory.Ouder, "Koffietafel bij het winkelcentrum", "Moeder van twee tieners; maakt zich zorgen over wie haar zoon aanspreekt.", "De school doet veel.", "Jongens worden aangesproken om 'iets weg te brengen'.", "Een plek waar ouders elkaar treffen.", "Ik weet niet bij wie ik terecht kan.", false),
        new(2026, 3, 20, ConversationSetting.AanDeDeur, PartnerCategory.Bewoner, "Parklaan, flats", "Nieuwe bewoner, voelt zich nog niet thuis.", "Het park achter de flat.", "Vuil bij de containers.", "Kennismaken met de buren.", "Ik ken mijn buren niet eens.", true),
        new(2026, 3, 27, ConversationSetting.Meelopen, PartnerCategory.Professional, "Ronde met de wijkverpleegkundige", "Meegelopen met de wijkverpleegkundige langs ouderen in de flats.", "Ouderen letten op elkaar.", "Eenzaamheid achter de voordeur.", "Een vast aanspreekpunt.", Event: "Buurtkamer in de flat gesloten", EventDate: new DateOnly(2024, 9, 1)),
        new(2026, 4, 3, ConversationSetting.Sleutelpersoon, PartnerCategory.Sleutelpersoon, "Buurthuis De Brug", "Interview met de voorzitter van de bewonerscommissie.", "De bewonerscommissie bestaat 25 jaar.", "Wantrouwen richting gemeente na de sluiting van de buurtkamer.", "Dat de gemeente terugkomt op wat zij belooft.", "Wij hebben al drie wijkaanpakken zien komen en gaan.", true, "Vorige wijkaanpak gestopt", new DateOnly(2024, 12, 31)),
        new(2026, 4, 10, ConversationSetting.Straat, PartnerCategory.Jongere, "Trapveld", "Groepje jongeren van 15–16 jaar bij het trapveld.", "Voetballen met elkaar.", "Niks te doen na achten.", "Het buurthuis 's avonds open.", "Als het buurthuis open is, zijn wij er.", true),
        new(2026, 4, 17, ConversationSetting.Portiekgesprek, PartnerCategory.Bewoner, "Portiek Parklaan 40–58", "Portiekgesprek met vier bewoners samen.", "Hulp bij boodschappen voor de buurvrouw.", "Geluidsoverlast laat op de avond.", "Afspraken in de portiek.", Event: "Portiekafspraken gemaakt", EventDate: new DateOnly(2026, 4, 17)),
        new(2026, 4, 24, ConversationSetting.Sleutelpersoon, PartnerCategory.Ondernemer, "Winkelcentrum Europaplein", "Gesprek met een winkelier in het winkelcentrum.", "Vaste klanten uit de buurt.", "Jongeren die 's avonds voor de deur hangen; durft er niets van te zeggen.", "Contact met de wijkagent.", "Ik wil geen gedoe, maar zo kan het niet.", false),
        new(2026, 5, 8, ConversationSetting.Focusgroep, PartnerCategory.Professional, "Wijkteamkantoor", "Focusgroep met jongerenwerk, wijkagent en school.", "Korte lijnen tussen jongerenwerk en school.", "Signalen komen niet op één plek samen.", "Een vast wijkoverleg.", Event: "Eerste focusgroep professionals", EventDate: new DateOnly(2026, 5, 8)),
        new(2026, 5, 22, ConversationSetting.Bewonersavond, PartnerCategory.Bewoner, "Buurthuis De Brug", "Bewonersavond over het plein, 35 bezoekers.", "Saamhorigheid bij de buurtbarbecue.", "Onveilig gevoel 's avonds.", "Meer activiteiten op het plein.", "We moeten het plein terugpakken, samen.", true, "Bewonersavond over het plein", new DateOnly(2026, 5, 22)),
        new(2026, 6, 5, ConversationSetting.Koffietafel, PartnerCategory.Bewoner, "Banner 'Hoe gaat het hier' bij de markt", "Reacties op de banner op de markt.", "Het groen in de buurt.", "Hondenpoep en zwerfvuil.", "Een buurtschoonmaakdag.", "Fijn dat er eindelijk iemand vraagt hoe het gaat.", true),
        new(2026, 6, 19, ConversationSetting.Meelopen, PartnerCategory.Professional, "Avondronde met de jongerenwerker", "Meegelopen met het jongerenwerk op een vrijdagavond.", "Jongeren groeten de jongerenwerker.", "Onbekende auto's die jongeren aanspreken.", "Meer uren jongerenwerk in het weekend.", Event: "Start ambulant jongerenwerk op vrijdag", EventDate: new DateOnly(2025, 10, 3)),
        new(2026, 7, 2, ConversationSetting.Groepsopstelling, PartnerCategory.Professional, "Jongerencentrum", "Groepsopstelling van de jeugdgroep met jongerenwerk en boa's (alleen op groepsniveau).", "Twee jongeren trekken de groep naar sport.", "Eén jongere lijkt de groep mee te trekken naar klussen.", "Individuele begeleiding naast het groepswerk."),
        new(2026, 8, 28, ConversationSetting.Straat, PartnerCategory.Jongere, "Europaplein", "Jongeren over de zomer op het plein.", "Het zomertoernooi.", "Politie die alleen komt als er iets is.", "Een eigen plek om te chillen.", "Het toernooi was de beste week van de zomer.", true, "Zomertoernooi op het trapveld", new DateOnly(2026, 8, 15)),
        new(2026, 9, 11, ConversationSetting.AanDeDeur, PartnerCategory.Ouder, "Bloemenbuurt, grens met het plein", "Vader van een 14-jarige.", "Zijn zoon voetbalt bij de club.", "Zoon kreeg geld aangeboden om een pakketje te brengen.", "Weten waar hij dit kan melden zonder dat het uitkomt.", "Ik wil niet dat ze weten dat ik het verteld heb.", false),
        new(2026, 10, 9, ConversationSetting.Sleutelpersoon, PartnerCategory.Sleutelpersoon, "Moskee aan de Parklaan", "Gesprek met de voorzitter van de moskee, met een tolk.", "Ouderavonden in de moskee.", "Jongeren die buiten beeld raken.", "Samen een ouderavond over ronselen.", Event: "Ouderavond over ronselen in de moskee", EventDate: new DateOnly(2026, 11, 6)),
    ];

    /// <summary>Adds the demo field work to the context (the caller saves).</summary>
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId, AppUser wijkverbinder, AppUser coordinator)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(wijkverbinder);
        ArgumentNullException.ThrowIfNull(coordinator);
        var conversations = new List<Conversation>();
        foreach (var t in Talks)
        {
            var conversation = new Conversation
            {
                OrganisationId = organisationId,
                ApproachId = approachId,
                Date = new DateOnly(t.Year, t.Month, t.Day),
                Setting = t.Setting,
                PartnerCategory = t.Partner,
                PartnerOrganisation = t.Partner == PartnerCategory.Professional ? "Wijkteam Noord (fictief)" : "",
                Place = t.Place,
                Interviewers = t.Setting is ConversationSetting.Straat or ConversationSetting.AanDeDeur ? "Wessel Wijkverbinder en een bewoner" : "Wessel Wijkverbinder",
                ResidentCoInterviewer = t.Setting is ConversationSetting.Straat or ConversationSetting.AanDeDeur,
                Language = t.Setting == ConversationSetting.Sleutelpersoon && t.Month == 10 ? "Turks" : "",
                Interpreter = t.Setting == ConversationSetting.Sleutelpersoon && t.Month == 10,
                Summary = t.Summary,
                ProudOf = t.Proud,
                WorriedAbout = t.Worried,
                Wants = t.Wants,
                Answers = t.Setting == ConversationSetting.Sleutelpersoon
                    ? [new ConversationAnswer { ListId = "werkwijzerplus-stap-2", Index = 0, Answer = "Betrokken, maar moe van beloftes." }, new ConversationAnswer { ListId = "ess-hulpvragen-wijk", Index = 7, Answer = "Wantrouwen sinds de buurtkamer dichtging." }]
                    : [],
                Quotes = t.Quote is null ? [] : [new ConversationQuote { Text = t.Quote, Consent = t.Consent }],
                MentionedEvents = t.Event is null ? [] : [new MentionedEvent { Description = t.Event, Date = t.EventDate }],
                CreatedByUserId = wijkverbinder.Id,
            };
            conversations.Add(conversation);
            db.Add(conversation);
        }

        // Timeline: three years, some events taken from the conversations (linked), some added in the focus group.
        var timeline = new List<TimelineEvent>
        {
            Event(organisationId, approachId, "Buurtkamer in de flat gesloten", TimelineKind.Gebeurtenis, TimelineTone.Negatief, new DateOnly(2024, 9, 1), null, "Parklaan", "Gesprek met de wijkverpleegkundige", wijkverbinder),
            Event(organisationId, approachId, "Wijkaanpak 'Noord Vooruit'", TimelineKind.EerderTraject, TimelineTone.Neutraal, new DateOnly(2023, 1, 15), new DateOnly(2024, 12, 31), "Wijk Noord", "Archief gemeente", coordinator),
            Event(organisationId, approachId, "Inbraakgolf in de bergingen", TimelineKind.Incident, TimelineTone.Negatief, new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 30), "Parklaan", "Wijkagent", wijkverbinder, "Een reeks inbraken in de bergingen van de flats."),
            Event(organisationId, approachId, "Buurtbarbecue", TimelineKind.Activiteit, TimelineTone.Positief, new DateOnly(2024, 6, 22), null, "Europaplein", "Bewonerscommissie", wijkverbinder),
            Event(organisationId, approachId, "Renovatie winkelcentrum", TimelineKind.Gebeurtenis, TimelineTone.Neutraal, new DateOnly(2025, 2, 1), new DateOnly(2025, 9, 30), "Winkelcentrum Europaplein", "Woningcorporatie", coordinator),
            Event(organisationId, approachId, "Start ambulant jongerenwerk op vrijdag", TimelineKind.Activiteit, TimelineTone.Positief, new DateOnly(2025, 10, 3), null, "Europaplein", "Jongerenwerk", wijkverbinder),
            Event(organisationId, approachId, "Brand in een auto bij het trapveld", TimelineKind.Incident, TimelineTone.Negatief, new DateOnly(2025, 12, 31), null, "Trapveld", "Krant (fictief)", wijkverbinder, "Een auto brandde uit tijdens de jaarwisseling."),
            Event(organisationId, approachId, "Start wijkaanpak Samen sterk", TimelineKind.Gebeurtenis, TimelineTone.Positief, new DateOnly(2026, 3, 1), null, "Europaplein", "Plan van aanpak", coordinator),
            Event(organisationId, approachId, "Eerste focusgroep professionals", TimelineKind.Activiteit, TimelineTone.Positief, new DateOnly(2026, 5, 8), null, "Wijkteamkantoor", "Gesprek", wijkverbinder),
            Event(organisationId, approachId, "Bewonersavond over het plein", TimelineKind.Activiteit, TimelineTone.Positief, new DateOnly(2026, 5, 22), null, "Buurthuis De Brug", "Gesprek", wijkverbinder),
            Event(organisationId, approachId, "Zomertoernooi op het trapveld", TimelineKind.Activiteit, TimelineTone.Positief, new DateOnly(2026, 8, 15), new DateOnly(2026, 8, 21), "Trapveld", "Jongeren op het plein", wijkverbinder),
            Event(organisationId, approachId, "Jongeren benaderd voor koerierswerk", TimelineKind.Incident, TimelineTone.Negatief, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), "Rond het winkelcentrum", "Signalen van ouders en jongerenwerk", wijkverbinder, "Meerdere signalen dat jongeren geld wordt aangeboden om pakketjes te bezorgen."),
        };
        db.AddRange(timeline);
        // Link the events taken from conversations both ways, as "Op de tijdlijn zetten" does.
        foreach (var conversation in conversations)
        {
            foreach (var mentioned in conversation.MentionedEvents)
            {
                if (timeline.FirstOrDefault(e => e.Title == mentioned.Description) is { } onTimeline)
                {
                    mentioned.TimelineEventId = onTimeline.Id;
                    onTimeline.ConversationId ??= conversation.Id;
                }
            }
        }

        // Themes with evidence (tags on conversations and events), patterns and two sessions.
        Theme NewTheme(string name, string description) => new() { OrganisationId = organisationId, ApproachId = approachId, Name = name, Description = description };
        var plein = NewTheme("Veiligheid op het plein", "Onveilig gevoel 's avonds rond het Europaplein en het winkelcentrum.");
        var jongeren = NewTheme("Een plek voor jongeren", "Jongeren willen een eigen plek en activiteiten na acht uur.");
        var ronselen = NewTheme("Ronselen van jongeren", "Signalen dat jongeren geld wordt aangeboden voor koerierswerk.");
        var vertrouwen = NewTheme("Vertrouwen in de gemeente", "Wantrouwen na eerdere trajecten en gesloten voorzieningen.");
        var samen = NewTheme("Samen de buurt schoon en gezellig", "Bewoners die elkaar willen leren kennen en zelf iets willen doen.");
        db.AddRange(plein, jongeren, ronselen, vertrouwen, samen);
        void Tag(int conversation, params Theme[] themes)
        {
            foreach (var theme in themes)
                conversations[conversation].Themes.Add(new ConversationTheme { OrganisationId = organisationId, ConversationId = conversations[conversation].Id, ThemeId = theme.Id });
        }

        void TagEvent(string title, params Theme[] themes)
        {
            var timelineEvent = timeline.First(e => e.Title == title);
            foreach (var theme in themes)
                timelineEvent.Themes.Add(new TimelineEventTheme { OrganisationId = organisationId, TimelineEventId = timelineEvent.Id, ThemeId = theme.Id });
        }

        Tag(0, plein); Tag(1, ronselen); Tag(2, samen); Tag(4, vertrouwen); Tag(5, jongeren); Tag(7, plein);
        Tag(9, plein, samen); Tag(10, samen); Tag(11, ronselen, jongeren); Tag(13, jongeren); Tag(14, ronselen); Tag(15, ronselen, vertrouwen);
        TagEvent("Buurtkamer in de flat gesloten", vertrouwen); TagEvent("Wijkaanpak 'Noord Vooruit'", vertrouwen);
        TagEvent("Brand in een auto bij het trapveld", plein); TagEvent("Zomertoernooi op het trapveld", jongeren);
        TagEvent("Jongeren benaderd voor koerierswerk", ronselen); TagEvent("Buurtbarbecue", samen);
        Pattern NewPattern(string statement, PatternKind kind, params PatternEvidence[] evidence) => new() { OrganisationId = organisationId, ApproachId = approachId, Statement = statement, Kind = kind, Evidence = [.. evidence] };
        PatternEvidence OfTheme(Theme t) => new() { Kind = EvidenceKind.Thema, RecordId = t.Id };
        PatternEvidence OfEvent(string title) => new() { Kind = EvidenceKind.Tijdlijn, RecordId = timeline.First(e => e.Title == title).Id };
        PatternEvidence OfTalk(int i) => new() { Kind = EvidenceKind.Gesprek, RecordId = conversations[i].Id };
        Pattern[] patterns =
        [
            NewPattern("Als het buurthuis 's avonds open is, zijn jongeren daar en niet op het plein.", PatternKind.Positief, OfTheme(jongeren), OfEvent("Zomertoernooi op het trapveld"), OfTalk(5)),
            NewPattern("Bewoners melden niets meer, omdat zij na eerdere trajecten niet hoorden wat er met hun meldingen gebeurde.", PatternKind.Vastgelopen, OfTheme(vertrouwen), OfEvent("Wijkaanpak 'Noord Vooruit'"), OfTalk(4)),
            NewPattern("Ouders zien signalen van ronselen, maar weten niet waar zij die veilig kwijt kunnen.", PatternKind.Vastgelopen, OfTheme(ronselen), OfTalk(14), OfTalk(1)),
            NewPattern("Gezamenlijke activiteiten op het plein brengen bewoners met elkaar in contact.", PatternKind.Positief, OfTheme(samen), OfEvent("Buurtbarbecue")),
        ];
        db.AddRange(patterns);
        db.AddRange(
            new ThemeSession { OrganisationId = organisationId, ApproachId = approachId, Kind = SessionKind.Focusgroep, Date = new DateOnly(2026, 5, 8), AttendingGroups = "Jongerenwerk, wijkagent, school, wijkteam", PrioritisedThemeIds = [ronselen.Id, jongeren.Id], Contributions = "Jongerenwerk en school willen samen een voorlichting voor ouders geven." },
            new ThemeSession { OrganisationId = organisationId, ApproachId = approachId, Kind = SessionKind.Bewonersavond, Date = new DateOnly(2026, 5, 22), AttendingGroups = "35 bewoners, twee winkeliers, de wijkagent", PrioritisedThemeIds = [plein.Id, samen.Id, vertrouwen.Id], Contributions = "Vijf bewoners willen een buurtschoonmaakdag organiseren; twee winkeliers doen mee aan een pleinfeest." });

        db.AddRange(
            FollowUp(organisationId, approachId, conversations[0].Id, "Meer verlichting op het Europaplein.", new DateOnly(2026, 3, 12), "Afdeling Openbare ruimte", FollowUpStatus.Opgelost, "Twee extra lantaarns geplaatst; teruggekoppeld op de koffietafel.", new DateOnly(2026, 6, 5), ""),
            FollowUp(organisationId, approachId, conversations[2].Id, "Vuil bij de containers aan de Parklaan.", new DateOnly(2026, 3, 20), "Woningcorporatie (fictief)", FollowUpStatus.InBehandeling, "", null, ""),
            FollowUp(organisationId, approachId, conversations[5].Id, "Buurthuis 's avonds open voor jongeren.", new DateOnly(2026, 4, 10), "Welzijnsorganisatie", FollowUpStatus.Opgelost, "Buurthuis is op dinsdag en donderdag tot 22.00 uur open.", new DateOnly(2026, 9, 1), ""),
            FollowUp(organisationId, approachId, conversations[7].Id, "Contact met de wijkagent voor winkeliers.", new DateOnly(2026, 4, 24), "Politie, wijkagent", FollowUpStatus.Open, "", null, ""),
            FollowUp(organisationId, approachId, conversations[10].Id, "Een buurtschoonmaakdag organiseren.", new DateOnly(2026, 6, 5), "Wijkverbinder", FollowUpStatus.NietOpgelost, "Uitgelegd dat er dit jaar geen budget meer is; volgend voorjaar opnieuw.", new DateOnly(2026, 7, 1), "Het activiteitenbudget voor 2026 was op."),
            FollowUp(organisationId, approachId, conversations[14].Id, "Weten waar je zorgen over ronselen anoniem kunt melden.", new DateOnly(2026, 9, 11), "Gemeente, afdeling Veiligheid", FollowUpStatus.Open, "", null, ""));

        // Kansenkaart: pins drawn at the bewonersavond and in conversations, and two aanleidingen (ESS step 9).
        Opportunity Pin(string title, string description, double? lat, double? lon, string place, string source, OpportunityStatus status, VisibilityLevel level, params Theme[] themes) => new()
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Title = title,
            Description = description,
            Latitude = lat,
            Longitude = lon,
            PlaceName = place,
            Source = source,
            Status = status,
            ThemeIds = [.. themes.Select(t => t.Id)],
            Visibility = level,
            CreatedByUserId = wijkverbinder.Id,
        };
        db.AddRange(
            Pin("Pleinfeest op het Europaplein", "Bewoners en twee winkeliers willen een pleinfeest organiseren om het plein samen terug te pakken.", 52.48212, 4.65305, "Europaplein", "Bewonersavond 22 mei 2026", OpportunityStatus.Opgepakt, VisibilityLevel.Netwerk, plein, samen),
            Pin("Moestuin op het braakliggende veld", "Een braakliggend stuk grond achter de flats kan een buurtmoestuin worden.", 52.48320, 4.65520, "Veld achter de flats Parklaan", "Portiekgesprek Parklaan", OpportunityStatus.Idee, VisibilityLevel.Netwerk, samen),
            Pin("Buurthuis ook op vrijdagavond open", "Jongeren willen een eigen plek na acht uur; het buurthuis is al op dinsdag en donderdag open.", null, null, "Buurthuis De Brug", "Gesprek met jongeren bij het trapveld", OpportunityStatus.Opgepakt, VisibilityLevel.Partners, jongeren),
            Pin("Zomertoernooi elk jaar", "Het zomertoernooi op het trapveld was 'de beste week van de zomer'.", 52.48348, 4.65105, "Trapveld", "Jongeren op het plein", OpportunityStatus.Gerealiseerd, VisibilityLevel.Netwerk, jongeren),
            Pin("Ouderavond over ronselen", "Samen met de moskee en de school een ouderavond over ronselen en waar je zorgen kwijt kunt.", 52.48260, 4.65420, "Moskee aan de Parklaan", "Sleutelpersoon-interview", OpportunityStatus.Opgepakt, VisibilityLevel.Partners, ronselen, vertrouwen),
            Pin("Bankjes bij de bushalte", "Ouderen willen een bankje om even te zitten en een praatje te maken.", 52.48375, 4.65380, "Bushalte Parklaan", "Banner 'Hoe gaat het hier' op de markt", OpportunityStatus.Idee, VisibilityLevel.Netwerk, samen));
        db.AddRange(
            new Occasion { OrganisationId = organisationId, ApproachId = approachId, Kind = OccasionKind.Kans, Description = "Herinrichting van het Europaplein in 2027: bewoners kunnen meedenken over het ontwerp.", Source = "Afdeling Openbare ruimte", Date = new DateOnly(2026, 9, 15) },
            new Occasion { OrganisationId = organisationId, ApproachId = approachId, Kind = OccasionKind.Probleem, Description = "Overlastmeldingen rond het winkelcentrum die een signaal kunnen zijn van ronselen.", Source = "Politie en jongerenwerk", Date = new DateOnly(2026, 10, 1) });

        // The shared story, first version, citing themes, patterns and the timeline.
        db.Add(new StoryVersion
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Number = 1,
            Text = "Rond het Europaplein wonen mensen die trots zijn op hun buurt: de markt, het groen, de buurtbarbecue en het zomertoernooi brengen hen samen. " +
                "Tegelijk voelen veel bewoners zich 's avonds onveilig op het plein, en ouders zien dat jongeren geld wordt aangeboden om pakketjes te bezorgen.\n\n" +
                "Jongeren zeggen zelf: als het buurthuis open is, zijn wij er. Waar iets te doen is, verschuift het beeld. " +
                "Wat vastzit, is het vertrouwen: na de sluiting van de buurtkamer en eerdere wijkaanpakken hoorden bewoners niet wat er met hun meldingen gebeurde.\n\n" +
                "Samen kiezen we voor een plek voor jongeren, een veilig plein en een plek waar ouders hun zorgen over ronselen veilig kwijt kunnen.",
            Citations =
            [
                new StoryCitation { Kind = StoryCitationKind.Thema, RecordId = plein.Id },
                new StoryCitation { Kind = StoryCitationKind.Thema, RecordId = jongeren.Id },
                new StoryCitation { Kind = StoryCitationKind.Thema, RecordId = ronselen.Id },
                new StoryCitation { Kind = StoryCitationKind.Thema, RecordId = vertrouwen.Id },
                new StoryCitation { Kind = StoryCitationKind.Patroon, RecordId = patterns[0].Id },
                new StoryCitation { Kind = StoryCitationKind.Patroon, RecordId = patterns[1].Id },
                new StoryCitation { Kind = StoryCitationKind.Tijdlijn, RecordId = timeline.First(e => e.Title == "Buurtkamer in de flat gesloten").Id },
                new StoryCitation { Kind = StoryCitationKind.Tijdlijn, RecordId = timeline.First(e => e.Title == "Zomertoernooi op het trapveld").Id },
            ],
            CreatedByUserId = coordinator.Id,
            CreatedByName = coordinator.DisplayName,
            CreatedAt = new DateTimeOffset(2026, 10, 20, 14, 0, 0, TimeSpan.Zero),
        });
    }

    private static TimelineEvent Event(Guid organisationId, Guid approachId, string title, TimelineKind kind, TimelineTone tone, DateOnly date, DateOnly? end, string place, string source, AppUser addedBy, string description = "") => new()
    {
        OrganisationId = organisationId,
        ApproachId = approachId,
        Title = title,
        Description = description,
        Kind = kind,
        Tone = tone,
        Date = date,
        EndDate = end,
        Place = place,
        Source = source,
        AddedByUserId = addedBy.Id,
        AddedByName = addedBy.DisplayName,
    };

    private static FollowUp FollowUp(Guid organisationId, Guid approachId, Guid conversationId, string issue, DateOnly raised, string responsible, FollowUpStatus status, string feedback, DateOnly? feedbackOn, string reason) => new()
    {
        OrganisationId = organisationId,
        ApproachId = approachId,
        ConversationId = conversationId,
        Issue = issue,
        RaisedOn = raised,
        Responsible = responsible,
        Status = status,
        Feedback = feedback,
        FeedbackOn = feedbackOn,
        ReasonNotSolved = reason,
    };
}
