using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>The content holds what the seeds hold: counts and, for the catalogues, every entry by name.</summary>
public sealed class ContentTests
{
    /// <summary>Practice examples in the table of contents ("Overzicht") of seed 004 (KIS).</summary>
    public static readonly string[] KisExamples =
    [
        "Buurtbemiddeling", "Portiekgesprekken, galerijgesprekken, burengesprekken", "Samen Schoon", "PortiekPortiers/BuurtBikkels",
        "Initiatieven om nieuwe bewoners te verwelkomen in de straat of woningcomplex", "Gedragscodes", "Pleingesprekken (leefregels)",
        "Dialoogtafels", "Ronde Tafelhuis", "Buurtreminiscentie", "Opzoomeren", "Kulturhuske", "Buurtgids-tours in een buurt (gemeente Amsterdam)",
        "Haagse Huiskamer (gemeente Den Haag)", "De Voorkamer (gemeente Utrecht)", "BOOST (gemeente Amsterdam)", "Dichter bij huis (gemeente Breda)",
        "Buurtpraatjes (gemeente Eindhoven)", "Thuis Op Straat", "Jongeren Lossen Het Op (JOLO)", "Portiekportiers en Straatportiers",
        "Jongeren Preventie Teams", "Inkr8", "Zakgeldprojecten", "Futsal Chabbab", "Ara Cora", "Training omgaan met straatcultuur", "Koppelwerk",
        "Buurtambassadeurs", "Buurt Bestuurt", "Buurtpreventieprojecten", "Buurtpreventieprojecten (sociale media)",
        "Buurtveiligheidsteams (gemeente Amsterdam)", "BuurtPraktijkTeam", "Burgertop (gemeente Rotterdam)", "Utrecht zijn we samen (gemeente Utrecht)",
        "Utrecht in dialoog", "Tolerant Minds (provincie Limburg)", "Programma WIJ-samenleving (gemeente Rotterdam)", "Bondgenoten (gemeente Utrecht)",
        "Sleutelpersonen netwerken",
    ];

    /// <summary>Interventions in the list of the learning circle ("Wil je je oriënteren op concrete interventies?") of seed 003.</summary>
    public static readonly string[] LearningCircleInterventions =
    [
        "Inrichten handhavingsknelpunt", "Intensieve Leefbaarheidsaanpak", "PACT-aanpak", "Criminaliteitsbeeld-analyse", "Informatieknooppunt versterken",
        "City deals", "Aanmaken focusgroepen", "Intel-cel", "Inzet stadsmarinier of BOA", "Inzet relatiemanager of straatversterkers",
        "hulpverleningstrajecten aan drugsgebruikers", "Achter de Voordeur", "Uitbreiden jongerenwerk", "Halt-lessen", "Grote Broer, Grote Zus",
        "Inzet rolmodellen", "Politiekids", "Kinderwijkraad", "Communicatiestrategie voor specifiek gebied", "Bijtende Bende",
        "Instellen Veiligheidsrisicogebied", "Camera toezicht", "Integrale controles", "Integrale handhaving acties", "Wapendepot",
        "Persoonsgerichte-aanpak", "families en gezinnen-aanpak", "Focusgebied winkelstraten", "Aanpak bedrijventerreinen",
        "Aanpak resort- en recreatieterreinen",
    ];

    private static KnowledgeBase Kb => KnowledgeFixture.Knowledge;

    [Fact]
    public void WerkwijzerPlus_HasSixCumulativeSteps()
    {
        var method = Kb.MethodsById["werkwijzerplus"];
        Assert.Equal(6, method.Steps.Count);
        Assert.True(method.Cumulative);
        Assert.Equal([1, 2, 3, 4, 5, 6], method.Steps.Select(s => s.Number).Order());
        Assert.All(method.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Goal)));
    }

    [Fact]
    public void WeerbareGemeenschappen_HasTwelveStepsInFourPhasesAndDecisionMomentAfterStep4()
    {
        var method = Kb.MethodsById["weerbare-gemeenschappen"];
        Assert.Equal(12, method.Steps.Count);
        Assert.Equal(4, method.Phases.Count);
        Assert.All(method.Steps, s => Assert.Contains(s.Phase, method.Phases.Select(p => p.Id)));
        Assert.Equal(4, method.DecisionMoment?.AfterStep);
        Assert.True(method.Steps.Single(s => s.Number == 4).DecisionMomentAfter);
    }

    [Fact]
    public void Preconditions_AreTwelveNumberedOneToTwelve()
    {
        Assert.Equal(Enumerable.Range(1, 12), Kb.Preconditions.Select(p => p.Number));
        Assert.All(Kb.Preconditions, p => Assert.NotEmpty(p.Asks));
    }

    [Fact]
    public void WorkingPrinciples_AreSixWithStartQuestions()
    {
        Assert.Equal(Enumerable.Range(1, 6), Kb.Principles.Principles.Select(p => p.Number).Order());
        Assert.NotEmpty(Kb.Principles.StartQuestions);
    }

    [Fact]
    public void ParticipationLadder_HasSixRungs()
    {
        Assert.Equal(Enumerable.Range(1, 6), Kb.Ladder.Rungs.Select(r => r.Rung).Order());
        Assert.NotEmpty(Kb.Ladder.ChoiceQuestions);
    }

    [Fact]
    public void PpctLevels_AreMicroMesoExoMacro() =>
        Assert.Equal(["micro", "meso", "exo", "macro"], Kb.PpctLevels.Select(p => p.Level));

    [Fact]
    public void KisCatalogue_HoldsEveryPracticeExampleOfTheSeedByName()
    {
        var titles = Kb.Interventions.Where(i => i.Origin == "kis").Select(i => i.Title).ToList();
        var missing = KisExamples.Where(name => !titles.Any(t => t.Contains(name, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(missing.Count == 0, "KIS examples missing: " + string.Join("; ", missing));
    }

    [Fact]
    public void LearningCircleCatalogue_HoldsEveryInterventionOfTheSeedByName()
    {
        var titles = Kb.Interventions.Where(i => i.Origin == "leercirkel").Select(i => i.Title).ToList();
        var missing = LearningCircleInterventions.Where(name => !titles.Any(t => t.Contains(name, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(missing.Count == 0, "Learning-circle interventions missing: " + string.Join("; ", missing));
    }

    [Fact]
    public void EveryItem_HasSourceFileFromSeedListAndSection()
    {
        Assert.NotEmpty(Kb.Items);
        Assert.All(Kb.Items, i =>
        {
            Assert.Contains(i.Source.File, KnowledgeBase.Guides.Keys);
            Assert.False(string.IsNullOrWhiteSpace(i.Source.Section), i.Id);
        });
    }

    [Fact]
    public void Markdown_WithRawHtml_IsEscapedNotRendered()
    {
        var html = Kb.Html("Tekst <script>alert(1)</script> **vet**");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>vet</strong>", html, StringComparison.Ordinal);
    }
}
