namespace Wijkkracht.Tests.Knowledge;

/// <summary>
/// The hold-out set of the interventiewijzer evaluation. Written on 2026-11-30 from the intervention catalogue
/// (titles, summaries, goals and facets in content/interventions) BEFORE the finder was run on any of these
/// situations, and never changed to fit its results. The synonyms and the ranking were tuned on
/// <see cref="FinderEvaluationTests.Situations"/> (the tuning set); this set measures how that tuning generalises.
/// Each situation is phrased as a municipal professional would describe it; the fitting interventions are those a
/// knowledgeable reader of the guides would propose, with the reason in the comment above it.
/// </summary>
public static class FinderHoldOutSet
{
    public static readonly FinderEvaluationTests.Situation[] Situations =
    [
        // Youths causing noise in a public place: JOLO (conflicts youths/residents in public space), Thuis op Straat
        // (street rules), extra youth work, closing a stubborn spot, training in street culture, square talks.
        new("Bij de snackbar op het plein staan 's avonds jongens met scooters te toeteren en omwonenden klagen over de herrie",
            ["kis-jolo", "kis-thuis-op-straat", "lc-uitbreiden-jongerenwerk", "wwp-tijdelijk-afsluiten", "kis-training-omgaan-met-straatcultuur", "kis-pleingesprekken"]),
        // Inkr8 is written for residents troubled by pupils; JOLO for youths versus residents.
        new("Leerlingen van de middelbare school zorgen in de pauze voor overlast in de straten rond de school",
            ["kis-inkr8", "kis-jolo"]),
        // Dealing in a housing block: ILA (municipality, housing corporation, police; drugs), cameras, joint
        // enforcement, resident prevention (drugs theme), a desk for reports of undermining.
        new("Dealers gebruiken de portieken van een flat om drugs te verkopen en bewoners zijn bang om er iets van te zeggen",
            ["lc-intensieve-leefbaarheidsaanpak-ila", "lc-camera-toezicht", "lc-integrale-handhaving-acties", "kis-buurtpreventieprojecten", "lc-inrichten-handhavingsknelpunt"]),
        // Reporting signals of undermining: the enforcement desk, BOAs/stadsmarinier picking up signals,
        // communication strategy, information evenings, the Bijtende Bende awareness bus.
        new("We willen dat bewoners signalen van ondermijning, zoals een drugslab of een woning met veel aanloop, makkelijker doorgeven",
            ["lc-inrichten-handhavingsknelpunt", "lc-inzet-stadsmarinier-of-boas-ondermijning", "lc-communicatiestrategie-specifiek-gebied", "ess-voorlichting", "lc-inzet-bijtende-bende"]),
        // Awareness lessons for first-years (Halt), information, Keep it Real.
        new("Leerlingen in de brugklas weten niet wat ondermijning is en hoe criminelen jongeren proberen in te palmen",
            ["lc-halt-lessen", "ess-voorlichting", "ess-project-amsterdam-keep-it-real"]),
        // Status holders and residents meeting: Dichter bij huis, BOOST, Haagse Huiskamer, Voorkamer, welcoming new
        // residents, Kulturhuske.
        new("Statushouders krijgen een woning in onze wijk, maar hebben nog geen enkel contact met de buurtbewoners",
            ["kis-dichter-bij-huis", "kis-boost", "kis-haagse-huiskamer", "kis-de-voorkamer", "kis-nieuwe-bewoners-verwelkomen", "kis-kulturhuske"],
            TargetGroup: "vluchtelingen"),
        // Kulturhuske (meeting, language development, participation), Buurtpraatjes (low-threshold meeting),
        // information through key persons for hard-to-reach groups.
        new("Vrouwen uit de migrantengemeenschap spreken weinig Nederlands en komen nauwelijks buiten de deur",
            ["kis-kulturhuske", "kis-buurtpraatjes", "ess-informatievoorziening", "kis-boost"]),
        // Visible municipality: coffee table, the banner, a workplace on location, relationship managers,
        // neighbourhood ambassadors.
        new("Als gemeente willen we zichtbaar en aanspreekbaar zijn in de wijk, zodat bewoners ons hun zorgen vertellen",
            ["wwp-koffietafel", "wwp-de-banner", "wwp-werkplek-op-locatie", "lc-inzet-relatiemanager-of-straatversterkers", "kis-buurtambassadeurs"]),
        // Informing residents: newsletters, communication strategy, information provision.
        new("We willen bewoners regelmatig laten weten wat er in de wijk gebeurt en wat er met hun meldingen is gedaan",
            ["wwp-nieuwsbrieven", "lc-communicatiestrategie-specifiek-gebied", "ess-informatievoorziening"]),
        // No school or work: Ara Cora, workshops, Futsal Chabbab, more youth work, volunteering, courses.
        new("Een groep jongeren van zestien tot twintig heeft geen school of werk en hangt de hele dag op straat",
            ["kis-ara-cora", "ess-werkplaatsen", "kis-futsal-chabbab", "lc-uitbreiden-jongerenwerk", "ess-vrijwilligerswerk", "ess-cursussen-en-trainingen"],
            TargetGroup: "jongeren"),
        // Return after detention: the buddy project (during and after detention), person-centred approach.
        new("Een jongen uit de wijk komt binnenkort vrij uit de gevangenis en we willen voorkomen dat hij terugvalt",
            ["ess-maatjesproject", "lc-persoonsgerichte-aanpak"]),
        // Parents of youths in a youth group: Groningen parent support, parent courses, parent groups, mentoring.
        new("Ouders van jongeren uit een problematische jeugdgroep weten niet meer hoe ze grenzen moeten stellen",
            ["ess-project-groningen-ouderbegeleiding", "ess-oudercursussen", "ess-oudergroepen", "ess-mentorschap"],
            TargetGroup: "ouders"),
        // Burglaries and a neighbourhood WhatsApp group: neighbourhood prevention (social media), prevention projects.
        new("Rond het park wordt steeds vaker ingebroken en bewoners willen een buurtapp beginnen om elkaar te waarschuwen",
            ["kis-buurtpreventie-sociale-media", "kis-buurtpreventieprojecten", "ess-buurtpreventie"]),
        // Explosions at homes: cameras, security risk area, restoring the feeling of safety, visible BOAs,
        // neighbourhood safety teams.
        new("Na een reeks explosies bij woningen durven mensen 's avonds niet meer over straat",
            ["lc-camera-toezicht", "lc-instellen-veiligheidsrisicogebied", "lc-focusgebied-winkelstraten", "lc-inzet-stadsmarinier-of-boas-ondermijning", "kis-buurtveiligheidsteams"]),
        // Preventive searches and weapons: security risk area, weapons amnesty.
        new("De politie wil preventief kunnen fouilleren in een gebied waar veel wapens worden gevonden",
            ["lc-instellen-veiligheidsrisicogebied", "lc-wapendepot"]),
        // Children's say: children's neighbourhood council, Fairplay, democracy in the neighbourhood.
        new("In een arme wijk willen we kinderen laten meedenken over hun speelplekken en hun buurt",
            ["lc-kinderwijkraad", "wwp-fairplay", "ess-democratie-in-de-wijk"],
            TargetGroup: "kinderen"),
        // Church and mosque together: interreligious dialogue, Ronde Tafelhuis, dialogue tables.
        new("Bewoners met verschillende geloven hebben vooroordelen over elkaar; een kerk en een moskee willen samen iets organiseren",
            ["kis-interreligieuze-dialoog-leer-je-buren-kennen", "kis-ronde-tafelhuis", "kis-dialoogtafels"]),
        // Discriminated youths: a positive image of young people, Tolerant Minds, Utrecht zijn we samen, Ara Cora,
        // Utrecht in dialoog.
        new("Marokkaanse jongeren worden in de buurt vaak gediscrimineerd en voelen zich niet welkom",
            ["wwp-een-positief-beeld-van-jongeren", "kis-tolerant-minds", "kis-utrecht-zijn-we-samen", "kis-ara-cora", "kis-utrecht-in-dialoog"]),
        // Cooperation of police officer, community worker, corporation: Koppelwerk, PACT, BuurtPraktijkTeam, ILA.
        new("We willen de samenwerking tussen de wijkagent, de opbouwwerker en de woningcorporatie in de buurt versterken",
            ["kis-koppelwerk", "lc-pact-aanpak", "kis-buurtpraktijkteam", "lc-intensieve-leefbaarheidsaanpak-ila"]),
        // Who is active: network drawings (officials, residents), a base for a network, key person networks,
        // network building.
        new("We weten niet welke organisaties, verenigingen en sleutelfiguren er in de wijk actief zijn",
            ["wwp-netwerktekening-stap-2", "wwp-netwerktekening-stap-3", "ess-project-basis-netwerk", "kis-sleutelpersonen-netwerken", "ess-netwerkvorming"]),
        // Neglected shared garden: Samen Schoon (self-management of cleaning a complex), Opzoomeren, youth
        // prevention teams, Portiekportiers.
        new("De binnentuin van ons complex is verwaarloosd en wordt gebruikt als stortplaats voor rommel",
            ["kis-samen-schoon", "kis-opzoomeren", "kis-jongeren-preventie-teams", "kis-portiekportiers-buurtbikkels", "kis-portiekportiers-en-straatportiers"],
            Location: "woonomgeving"),
        // Suspicious take-over of a shop: shopping streets focus area, business-park approach (awareness among
        // entrepreneurs), joint checks, the enforcement desk.
        new("Een winkelier in de winkelstraat krijgt een bod om zijn zaak contant over te nemen en vertrouwt het niet",
            ["lc-focusgebied-winkelstraten", "lc-aanpak-bedrijventerreinen", "lc-integrale-controles", "lc-inrichten-handhavingsknelpunt"]),
        // Youths at risk of crime: information hub (youth crime dashboard), intel cell, person-centred approach,
        // crime analysis, group set-up of a youth group.
        new("Gemeente, politie en zorg willen samen zien welke jongeren dreigen af te glijden naar de criminaliteit",
            ["lc-informatieknooppunt-versterken", "lc-intel-cel", "lc-persoonsgerichte-aanpak", "lc-criminaliteitsbeeldanalyse", "wwp-groepsopstelling-jeugdgroep"]),
        // Intercultural skills of staff: intercultural craftsmanship training, street-culture training.
        new("Medewerkers van de gemeente vinden het lastig om met bewoners uit andere culturen in gesprek te gaan",
            ["ess-project-intercultureel-vakmanschap", "kis-training-omgaan-met-straatcultuur"]),
        // Fathers hard to reach: training working with fathers, Breda network study to reach parents, parent groups.
        new("Vaders zijn voor school en jongerenwerk bijna niet te bereiken",
            ["ess-project-samenwerken-met-vaders", "ess-project-breda-ouders-bereiken", "ess-oudergroepen"]),
        // Parents at a primary school and youth crime prevention: the Dordrecht parent group, parent groups,
        // Politiekids (children with their parents).
        new("Op de basisschool willen we ouders betrekken bij het voorkomen van jeugdcriminaliteit",
            ["ess-project-dordrecht-oudergroep", "ess-oudergroepen", "lc-politiekids", "ess-voorlichting"]),
        // A stubborn hanging spot: temporary closing, placing an object, cameras, neighbourhood safety teams.
        new("Bewoners ergeren zich aan een hardnekkige hangplek in een steeg waar 's nachts van alles gebeurt",
            ["wwp-tijdelijk-afsluiten", "wwp-plaatsen-object", "lc-camera-toezicht", "kis-buurtveiligheidsteams"]),
        // Old and new residents after renewal: neighbourhood reminiscence (shared stories), guide tours, welcoming.
        new("Na de vernieuwing van de wijk kennen nieuwe bewoners de geschiedenis van de buurt niet en is er weinig contact met de oude bewoners",
            ["kis-buurtreminiscentie", "kis-buurtgids-tours", "kis-nieuwe-bewoners-verwelkomen"]),
        // Talking with groups of residents about crime: focus groups, residents' meetings, dialogue tables,
        // crime analysis with residents.
        new("We willen met een paar groepen bewoners uitgebreid praten over hoe zij de criminaliteit in de buurt ervaren",
            ["lc-aanmaken-focusgroepen", "wwp-bewonersbijeenkomsten", "kis-dialoogtafels", "lc-criminaliteitsbeeldanalyse"]),
        // Keeping track of events: the wallpaper-roll timeline, half-yearly focus meetings.
        new("Tijdens de aanpak willen we bijhouden wat er allemaal in de wijk is gebeurd en wanneer",
            ["wwp-behangrol-met-tijdlijn", "wwp-halfjaarlijkse-focusbijeenkomsten"]),
        // Residents and entrepreneurs reclaiming the street: safety teams, prevention projects, shopping street focus
        // area, Buurt Bestuurt.
        new("Bewoners en ondernemers willen samen hun straat terugwinnen van een groep die de buurt intimideert",
            ["kis-buurtveiligheidsteams", "kis-buurtpreventieprojecten", "lc-focusgebied-winkelstraten", "kis-buurt-bestuurt", "kis-thuis-op-straat"]),
        // Lookouts for drug dealing, with theme Ronselen chosen: role models, Grote Broer Grote Zus, Halt, information,
        // youth work, leisure, Youth Cyber Team, Keep it Real.
        new("Jongeren in de wijk worden gevraagd om op de uitkijk te staan bij de drugshandel",
            ["lc-grote-broer-grote-zus", "ess-positieve-rolmodellen", "lc-halt-lessen", "ess-voorlichting", "lc-uitbreiden-jongerenwerk", "ess-vrije-tijd", "ess-project-arnhem-youth-cyber-team", "ess-project-amsterdam-keep-it-real"],
            Theme: "ronselen"),
        // A family with violence and debts: family approach (coach for housing, food, income), behind the front door,
        // mentoring, BuurtPraktijkTeam (underlying risk factors incl. domestic violence).
        new("In een gezin stapelen huiselijk geweld en schulden zich op en de kinderen dreigen het verkeerde pad op te gaan",
            ["lc-criminele-families-en-gezinnen-aanpak", "lc-achter-de-voordeur", "ess-mentorschap", "kis-buurtpraktijkteam"]),
        // Using an event: make use of important events, Opzoomeren (street activities), Fairplay.
        new("De opening van het nieuwe buurthuis willen we gebruiken om bewoners met elkaar in contact te brengen",
            ["wwp-benut-belangrijke-gebeurtenissen", "kis-opzoomeren", "wwp-fairplay", "kis-kulturhuske"]),
        // Anger at the municipality after polarising decisions: citizens' summit, Utrecht in dialoog, Bondgenoten,
        // WIJ-samenleving, residents' meetings.
        new("Na de discussie over windmolens en de opvang zijn bewoners boos op de gemeente en staan groepen lijnrecht tegenover elkaar",
            ["kis-burgertop", "kis-utrecht-in-dialoog", "kis-bondgenoten", "kis-wij-samenleving", "wwp-bewonersbijeenkomsten"]),
        // Young children helping to keep the street clean and watched: Portiekportiers/BuurtBikkels (8–12 years),
        // Portiek- en Straatportiers, Politiekids.
        new("Kinderen uit de flat willen graag helpen om hun straat schoon te houden en een oogje in het zeil te houden",
            ["kis-portiekportiers-buurtbikkels", "kis-portiekportiers-en-straatportiers", "lc-politiekids"]),
    ];
}
