using Wijkkracht.Core.Knowledge;
using Wijkkracht.Core.Observations;
using Wijkkracht.Core.Privacy;

namespace Wijkkracht.Tests.Observations;

/// <summary>Derivations, the stored list forms, the name detector and the content file of observations.</summary>
public sealed class ObservationRulesTests
{
    [Theory]
    [InlineData("05:59", PartOfDay.Nacht)]
    [InlineData("06:00", PartOfDay.Ochtend)]
    [InlineData("11:59", PartOfDay.Ochtend)]
    [InlineData("12:00", PartOfDay.Middag)]
    [InlineData("17:59", PartOfDay.Middag)]
    [InlineData("18:00", PartOfDay.Avond)]
    [InlineData("23:59", PartOfDay.Avond)]
    [InlineData("00:00", PartOfDay.Nacht)]
    public void PartOfDayFor_Time_GivesTheGuidesPartOfDay(string time, PartOfDay expected) =>
        Assert.Equal(expected, ObservationCodec.PartOfDayFor(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void DayTypeFor_SaturdayAndMonday_AreWeekendAndWeekday()
    {
        Assert.Equal(DayType.Weekend, ObservationCodec.DayTypeFor(new DateOnly(2026, 11, 28)));
        Assert.Equal(DayType.Weekend, ObservationCodec.DayTypeFor(new DateOnly(2026, 11, 29)));
        Assert.Equal(DayType.Doordeweeks, ObservationCodec.DayTypeFor(new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void EncodeGroups_RoundTrips_AndThePatternFindsOnlyThatCategory()
    {
        var stored = ObservationCodec.EncodeGroups([new ObservedGroup("jongeren", GroupSize.Klein), new ObservedGroup("ouderen", GroupSize.Groot)]);
        Assert.Equal("|jongeren=Klein|ouderen=Groot|", stored);
        Assert.Equal([new ObservedGroup("jongeren", GroupSize.Klein), new ObservedGroup("ouderen", GroupSize.Groot)], ObservationCodec.DecodeGroups(stored));
        Assert.Contains(ObservationCodec.GroupPattern("ouderen"), stored, StringComparison.Ordinal);
        Assert.DoesNotContain(ObservationCodec.GroupPattern("ouders-met-kinderen"), stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jan en Fatima hingen bij de bank.", new[] { "Jan", "Fatima" })]
    [InlineData("Er woont iemand op Dorpsstraat 12a die klaagt.", new[] { "Dorpsstraat 12a" })]
    [InlineData("Bij nummer 14 staat een bank.", new[] { "nummer 14" })]
    [InlineData("Een groep jongeren bij het speelplein, ouderen groeten ze.", new string[0])]
    [InlineData("Mark de plek op de plattegrond.", new string[0])]
    public void Find_Text_ReportsNamesAndAddressesOnly(string text, string[] expected) =>
        Assert.Equal(expected, NameDetector.Find(text));

    [Fact]
    public void Load_ShippedContent_HasEightQuestionsGroupsAndFactorsWithSources()
    {
        var catalog = ObservationCatalog.Load(KnowledgeLoader.ResolveContentPath(null));
        Assert.Equal(8, catalog.Questions.Count);
        Assert.Equal("Wie groet wie?", catalog.Questions[0].Text);
        Assert.Equal(158, catalog.Questions[0].Source!.Line);
        Assert.Contains(catalog.Groups, g => g.Id == "jongeren");
        Assert.Contains(catalog.Groups, g => g.Id == "professionals");
        Assert.All(catalog.Factors, f => Assert.True(f.Source!.Line > 0));
        Assert.Contains(catalog.Factors, f => f.Kind == FactorKind.Risico);
    }

    [Fact]
    public void Grid_Build_CountsObservationsPerGroupPlaceAndPartOfDay()
    {
        Observation O(string place, string time, params ObservedGroup[] groups) => new()
        {
            PlaceName = place,
            ObservedAt = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            PartOfDay = ObservationCodec.PartOfDayFor(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)),
            Groups = ObservationCodec.EncodeGroups(groups),
        };
        var grid = ObservationGrid.Build(
        [
            O("Plein", "20:00", new ObservedGroup("jongeren", GroupSize.Klein)),
            O("Plein", "21:00", new ObservedGroup("jongeren", GroupSize.Groot), new ObservedGroup("ouderen", GroupSize.Enkeling)),
            O("Plein", "09:00", new ObservedGroup("ouderen", GroupSize.Klein)),
            O("", "09:00"),
        ]);
        Assert.Equal(["Plein", ObservationGrid.UnnamedPlace], grid.Places);
        var evening = grid.Cell("Plein", PartOfDay.Avond)!;
        Assert.Equal(2, evening.Observations);
        Assert.Equal(2, evening.Groups["jongeren"]);
        Assert.Equal(1, evening.Groups["ouderen"]);
        Assert.Null(grid.Cell("Plein", PartOfDay.Nacht));
        Assert.Equal(1, grid.Cell(ObservationGrid.UnnamedPlace, PartOfDay.Ochtend)!.Observations);
    }
}
