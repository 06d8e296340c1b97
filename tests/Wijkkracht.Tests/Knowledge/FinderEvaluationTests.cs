using System.Globalization;
using Wijkkracht.Core.Common;
using Wijkkracht.Core.Knowledge;
using Xunit.Abstractions;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>
/// Evaluates the interventiewijzer on situations written as a municipal professional would describe them (not copied
/// from the entries), each with the interventions that fit, in two sets: the tuning set below and the hold-out set
/// (<see cref="FinderHoldOutSet"/>). Hit rate = share of situations with a fitting intervention
/// in the top 3 (hit@5 is printed too); MRR = mean of 1/rank of the first fitting one.
/// </summary>
public sealed class FinderEvaluationTests(ITestOutputHelper output)
{
    public sealed record Situation(string Text, string[] Fitting, string? TargetGroup = null, string? Location = null, string? Theme = null);

    public static readonly Situation[] Situations =
    [
        new("In de wijk hangen groepjes jongeren rond bij het winkelcentrum en bewoners durven ze niet aan te spreken",
            ["kis-training-omgaan-met-straatcultuur", "kis-thuis-op-straat", "kis-jongeren-preventie-teams", "lc-uitbreiden-jongerenwerk", "lc-focusgebied-winkelstraten", "kis-buurtambassadeurs", "wwp-een-positief-beeld-van-jongeren"]),
        new("Twee gezinnen in een portiekflat hebben al maanden ruzie over lawaai en over wie de trap schoonmaakt",
            ["kis-buurtbemiddeling", "kis-portiekgesprekken"]),
        new("Jongens van een jaar of veertien worden na school aangesproken door oudere jongens om tegen betaling pakketjes rond te brengen",
            ["lc-halt-lessen", "ess-voorlichting", "ess-project-amsterdam-keep-it-real", "lc-grote-broer-grote-zus", "ess-positieve-rolmodellen", "ess-mentorschap", "ess-project-arnhem-youth-cyber-team"]),
        new("Ouders hebben geen idee wat hun pubers uitspoken en voelen zich machteloos tegenover de vrienden van hun kind",
            ["ess-oudergroepen", "ess-oudercursussen", "ess-project-groningen-ouderbegeleiding", "ess-project-dordrecht-oudergroep", "ess-project-breda-ouders-bereiken"]),
        new("Overal in de straat ligt zwerfafval, er staat graffiti op de muren en niemand voelt zich verantwoordelijk",
            ["kis-samen-schoon", "kis-portiekportiers-buurtbikkels", "kis-opzoomeren", "kis-zakgeldprojecten", "kis-portiekportiers-en-straatportiers"]),
        new("Er komt een azc aan de rand van de wijk en omwonenden zijn boos en onrustig over de komst van asielzoekers",
            ["kis-haagse-huiskamer", "kis-de-voorkamer", "kis-boost", "kis-dichter-bij-huis", "kis-buurtpraatjes"]),
        new("Op het speelplein is steeds gedoe tussen groepen over wie er mag komen en hoe je met elkaar omgaat",
            ["kis-pleingesprekken", "kis-gedragscodes", "kis-thuis-op-straat"]),
        new("Bewoners met verschillende achtergronden leven langs elkaar heen en kennen elkaar niet; we willen ze met elkaar in gesprek brengen",
            ["kis-dialoogtafels", "kis-ronde-tafelhuis", "kis-interreligieuze-dialoog-leer-je-buren-kennen", "kis-buurtpraatjes", "kis-utrecht-in-dialoog"]),
        new("In het complex komen veel nieuwe huurders die de huisregels niet kennen en de oude bewoners ergeren zich daaraan",
            ["kis-nieuwe-bewoners-verwelkomen", "kis-portiekgesprekken", "kis-gedragscodes"]),
        new("Na een schietpartij is het vertrouwen van bewoners in politie en gemeente heel laag",
            ["kis-koppelwerk", "kis-buurt-bestuurt", "lc-inzet-relatiemanager-of-straatversterkers", "wwp-koffietafel", "kis-burgertop", "ess-informatievoorziening", "lc-communicatiestrategie-specifiek-gebied"]),
        new("Jongeren vervelen zich, er is geen plek voor ze en ze zien weinig kans op een baan",
            ["ess-vrije-tijd", "ess-werkplaatsen", "ess-vrijwilligerswerk", "lc-uitbreiden-jongerenwerk", "kis-futsal-chabbab", "kis-zakgeldprojecten"], TargetGroup: "jongeren"),
        new("We vermoeden dat in loodsen op het industrieterrein hennep wordt gekweekt en drugs worden opgeslagen",
            ["lc-aanpak-bedrijventerreinen", "lc-integrale-controles", "lc-integrale-handhaving-acties", "lc-inrichten-handhavingsknelpunt"]),
        new("Op een vakantiepark wonen mensen permanent en er zijn signalen van criminele activiteiten tussen de chalets",
            ["lc-aanpak-resort-en-recreatieterreinen", "lc-integrale-controles"]),
        new("Steeds meer jongeren lopen met een mes op zak omdat ze zich op straat niet veilig voelen",
            ["lc-wapendepot", "lc-halt-lessen", "ess-voorlichting"]),
        new("In de hoofdstraat zitten zaken waarvan we denken dat ze dienen om crimineel geld wit te wassen",
            ["lc-focusgebied-winkelstraten", "lc-integrale-controles", "lc-integrale-handhaving-acties", "lc-criminaliteitsbeeldanalyse"]),
        new("Als gemeente weten we te weinig van wat politie, zorg en jongerenwerk aan informatie hebben over de wijk",
            ["lc-informatieknooppunt-versterken", "lc-criminaliteitsbeeldanalyse", "lc-intel-cel", "wwp-netwerktekening-stap-2", "ess-informatievoorziening", "wwp-aansluiten-bij-reguliere-overleggen"]),
        new("Kinderen op de basisschool hebben een negatief beeld van de politie",
            ["lc-politiekids", "lc-kinderwijkraad", "lc-inzet-rolmodellen"], TargetGroup: "kinderen"),
        new("Een paar families in de buurt zijn al generaties betrokken bij criminaliteit en de kinderen groeien daarin op",
            ["lc-criminele-families-en-gezinnen-aanpak", "lc-persoonsgerichte-aanpak", "lc-achter-de-voordeur"]),
        new("Oudere bewoners zijn eenzaam en komen nauwelijks nog buiten; ze kennen de buren niet meer",
            ["kis-buurtreminiscentie", "kis-portiekgesprekken", "kis-boost", "kis-kulturhuske", "kis-opzoomeren"]),
        new("Na een aanslag is er online veel haat tussen moslims en andere inwoners en de spanning in de stad loopt op",
            ["kis-buurtpreventie-sociale-media", "kis-sleutelpersonen-netwerken", "kis-interreligieuze-dialoog-leer-je-buren-kennen", "kis-utrecht-zijn-we-samen", "kis-tolerant-minds", "kis-bondgenoten", "kis-wij-samenleving"]),
        new("Buurtbewoners willen zelf een oogje in het zeil houden en verdachte situaties melden",
            ["kis-buurtpreventieprojecten", "ess-buurtpreventie", "kis-buurtpreventie-sociale-media", "kis-buurtveiligheidsteams"]),
        new("Met het wijkteam willen we eerst goed zien wat er in de buurt speelt voordat we iets ondernemen",
            ["wwp-wandelen-door-de-buurt", "wwp-zoek-het-gesprek-van-de-dag-op", "wwp-informele-gesprekken", "wwp-meelopen-en-spreken-met-professionals", "wwp-een-plattegrond-van-de-buurt", "wwp-kansenkaart"]),
        new("We willen begrijpen hoe de jongens in de hanggroep met elkaar verbonden zijn en wie er de leiding heeft",
            ["wwp-groepsopstelling-jeugdgroep", "wwp-netwerktekening-stap-2", "wwp-netwerktekening-stap-3"]),
        new("Jongeren hebben onderling conflicten die uit de hand lopen; we zoeken iets waarmee ze zelf leren ruzies op te lossen",
            ["kis-jolo", "ess-project-rotterdam-vreedzame-wijk", "ess-project-utrecht-vreedzame-wijk", "kis-inkr8"]),
        new("Bewoners voelen zich niet gehoord door de gemeente en willen meebeslissen over wat er in hun buurt gebeurt",
            ["kis-buurt-bestuurt", "kis-burgertop", "ess-democratie-in-de-wijk", "wwp-bewonersbijeenkomsten"]),
        new("Bij de moskee en in de kerk maken ze zich zorgen over jongeren die radicaliseren",
            ["kis-sleutelpersonen-netwerken", "kis-interreligieuze-dialoog-leer-je-buren-kennen", "kis-utrecht-zijn-we-samen", "kis-tolerant-minds"]),
        new("Jongeren worden via sociale media gevraagd om hun bankpas uit te lenen voor snel geld",
            ["ess-project-arnhem-youth-cyber-team", "ess-voorlichting", "lc-halt-lessen", "ess-project-amsterdam-keep-it-real"]),
        new("Drugsgebruikers veroorzaken rond het station en in de portieken veel overlast",
            ["lc-hulpverleningstrajecten-drugsgebruikers", "lc-intensieve-leefbaarheidsaanpak-ila", "lc-camera-toezicht", "kis-buurtpreventieprojecten"]),
        new("Jongeren missen een goed voorbeeld in hun leven; in veel gezinnen is de vader afwezig",
            ["ess-positieve-rolmodellen", "lc-inzet-rolmodellen", "lc-grote-broer-grote-zus", "ess-mentorschap", "ess-maatjesproject", "ess-project-samenwerken-met-vaders"]),
        new("De professionals in de wijk werken langs elkaar heen en weten niet van elkaar wat ze doen",
            ["wwp-organiseer-je-intern", "wwp-leerbijeenkomsten-voor-professionals", "wwp-halfjaarlijkse-focusbijeenkomsten", "wwp-aansluiten-bij-reguliere-overleggen", "ess-netwerkvorming", "wwp-werkplek-op-locatie"]),
    ];

    [Fact]
    public void Situations_FittingIds_AllExist()
    {
        var missing = Situations.Concat(FinderHoldOutSet.Situations).SelectMany(s => s.Fitting)
            .Where(id => !KnowledgeFixture.Knowledge.InterventionsById.ContainsKey(id)).Distinct().ToList();
        Assert.True(missing.Count == 0, "Unknown ids in the evaluation sets: " + string.Join(", ", missing));
        Assert.True(Situations.Length >= 30);
        Assert.True(FinderHoldOutSet.Situations.Length >= 30);
    }

    // Gates. Tuning set: the situations the synonyms and ranking were tuned on. Hold-out set: written before any of
    // its results were seen (FinderHoldOutSet). Thresholds are set a few situations below the first honest
    // measurement (see docs/knowledge-base.md), so a regression of about three situations fails.
    [Fact]
    public void Finder_TuningSet_MeetsHitAt3AndMrrGates() => AssertGates("tuning", Situations, minHitAt3: TuningHitAt3Gate, minMrr: TuningMrrGate);

    [Fact]
    public void Finder_HoldOutSet_MeetsHitAt3AndMrrGates() => AssertGates("hold-out", FinderHoldOutSet.Situations, minHitAt3: HoldOutHitAt3Gate, minMrr: HoldOutMrrGate);

    // First honest measurement (before the ranking changes of issue 9): tuning hit@3 73.3 % (22/30), MRR 0.607;
    // hold-out hit@3 55.6 % (20/36), MRR 0.539. Gates: three situations fewer hits, MRR 0.05 lower.
    private const double TuningHitAt3Gate = 0.63;
    private const double TuningMrrGate = 0.55;
    private const double HoldOutHitAt3Gate = 0.47;
    private const double HoldOutMrrGate = 0.48;

    private void AssertGates(string name, Situation[] situations, double minHitAt3, double minMrr)
    {
        var (hitAt3, hitAt5, mrr) = Evaluate(situations);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Finder evaluation ({name} set): {situations.Length} situations, hit@3 {hitAt3:P1}, hit@5 {hitAt5:P1}, MRR {mrr:F3} (gates: hit@3 >= {minHitAt3:P0}, MRR >= {minMrr:F2})");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(hitAt3 >= minHitAt3 && mrr >= minMrr, summary);
    }

    private (double HitAt3, double HitAt5, double Mrr) Evaluate(Situation[] situations)
    {
        int hits3 = 0, hits5 = 0;
        var reciprocal = 0.0;
        foreach (var s in situations)
        {
            var result = KnowledgeFixture.Finder.Find(new FinderQuery { Text = s.Text, TargetGroup = s.TargetGroup, Location = s.Location, Theme = s.Theme });
            Assert.True(result.IsOk);
            var ranked = result.Value!.Select(r => r.Intervention.Id).ToList();
            var rank = ranked.FindIndex(id => s.Fitting.Contains(id)) + 1;
            if (rank is > 0 and <= 3)
                hits3++;
            if (rank is > 0 and <= 5)
                hits5++;
            if (rank > 0)
                reciprocal += 1.0 / rank;
            output.WriteLine($"{(rank is > 0 and <= 3 ? "HIT " : "MISS")} rank {rank,3}  {s.Text[..Math.Min(70, s.Text.Length)]}  top: {string.Join(", ", ranked.Take(3))}");
        }

        return ((double)hits3 / situations.Length, (double)hits5 / situations.Length, reciprocal / situations.Length);
    }

    [Fact]
    public void Find_WithCriteria_ExplainsMatchedCriteriaAndWords()
    {
        var result = KnowledgeFixture.Finder.Find(new FinderQuery { Text = "hangjongeren bij het winkelcentrum", TargetGroup = "jongeren", Location = "winkelgebied" }).Value!;
        var top = result[0];
        Assert.InRange(top.Score, 0.0001, 1.0);
        Assert.Contains(top.Reasons, r => r.Kind == "text");
        Assert.Contains(result.Take(10), r => r.Reasons.Any(x => x.Kind == KnowledgeBase.FacetTargetGroup && x.Value == "jongeren"));
        Assert.True(result.SequenceEqual(result.OrderByDescending(r => r.Score)));
    }

    [Fact]
    public void Find_HiddenIntervention_IsLeftOut()
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal) { "kis-buurtbemiddeling" };
        var result = KnowledgeFixture.Finder.Find(new FinderQuery { Text = "buurtbemiddeling bij burenruzie" }, hidden: hidden).Value!;
        Assert.DoesNotContain(result, r => r.Intervention.Id == "kis-buurtbemiddeling");
    }

    [Fact]
    public void Find_OwnIntervention_IsRankedWithTheCatalogue()
    {
        var own = new InterventionCard(Guid.NewGuid().ToString(), "Voetbalkooi-toernooi", "Een straatvoetbaltoernooi in de voetbalkooi met de hangjongeren.", "", "eigen", true,
            "positief-gedrag-jeugd", ["jongeren"], ["openbare-ruimte"], ["overlast"], ["micro"], []);
        var result = KnowledgeFixture.Finder.Find(new FinderQuery { Text = "toernooi in de voetbalkooi" }, own: [own]).Value!;
        Assert.Equal(own.Id, result[0].Intervention.Id);
    }

    [Fact]
    public void Find_UnknownCriterionOrLongText_IsInvalid()
    {
        Assert.Equal(ResultStatus.Invalid, KnowledgeFixture.Finder.Find(new FinderQuery { TargetGroup = "marsmannetjes" }).Status);
        Assert.Equal(ResultStatus.Invalid, KnowledgeFixture.Finder.Find(new FinderQuery { Text = new string('x', 501) }).Status);
    }
}
