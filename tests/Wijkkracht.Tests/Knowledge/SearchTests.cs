using Wijkkracht.Core.Common;
using Wijkkracht.Core.Knowledge;

namespace Wijkkracht.Tests.Knowledge;

/// <summary>Knowledge search: Dutch stemming, diacritics, facets with counts, browsing and validation.</summary>
public sealed class SearchTests
{
    private static KnowledgeSearch Search => KnowledgeFixture.Search;

    private static SearchResult Run(string? q, Dictionary<string, List<string>>? filters = null, int pageSize = 100)
    {
        var result = Search.Search(new SearchRequest { Query = q, Filters = filters ?? [], Page = PageRequest.Create(1, pageSize) });
        Assert.True(result.IsOk, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return result.Value!;
    }

    private static List<string> Ids(SearchResult r) => r.Hits.Items.Select(h => h.Item.Id).ToList();

    [Theory]
    [InlineData("jongere", "jongeren")]
    [InlineData("betrokkenheid", "betrokken")]
    [InlineData("creeren", "creëren")]
    [InlineData("Buurten", "buurt")]
    [InlineData("kind", "kinderen")]
    public void Analyze_DutchVariants_ShareTheirTerm(string a, string b) =>
        Assert.Equal(DutchText.Analyze(b).Single().Term, DutchText.Analyze(a).Single().Term);

    [Fact]
    public void Search_SingularWord_FindsItemsWithThePlural()
    {
        var hits = Run("jongere");
        Assert.True(hits.Hits.TotalItems > 10);
        Assert.Equal(Ids(Run("jongeren")), Ids(hits));
        Assert.Contains(hits.Hits.Items, h => h.Item.Title.Contains("Jongeren", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Betrokkenheid_FindsTextWithBetrokken()
    {
        var hits = Run("betrokkenheid");
        Assert.Contains(hits.Hits.Items, h => (h.Item.Body + h.Item.Summary).Contains("betrokken ", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_WithoutDiacritics_FindsTextWithDiacritics()
    {
        var hits = Run("creeren");
        Assert.NotEmpty(hits.Hits.Items);
        Assert.Contains(hits.Hits.Items, h => (h.Item.Title + h.Item.Body + h.Item.Summary).Contains("creëren", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_TitleWord_RanksThatItemFirst()
    {
        var hits = Run("buurtbemiddeling");
        Assert.Equal("kis-buurtbemiddeling", hits.Hits.Items[0].Item.Id);
    }

    [Fact]
    public void Search_EmptyQuery_BrowsesEverything()
    {
        var all = Run(null, pageSize: 10);
        Assert.Equal(KnowledgeFixture.Knowledge.Items.Count, all.Hits.TotalItems);
        Assert.Equal(10, all.Hits.Items.Count);
    }

    [Fact]
    public void Search_TypeFilter_ReturnsOnlyThatTypeAndCountsMatch()
    {
        var all = Run("");
        var typeCounts = all.Facets[KnowledgeBase.FacetType].ToDictionary(c => c.Value, c => c.Count);
        Assert.Equal(6 + 12, typeCounts["step"]);
        Assert.Equal(12, typeCounts["precondition"]);
        Assert.Equal(6, typeCounts["ladderRung"]);
        Assert.Equal(4, typeCounts["ppctLevel"]);

        var steps = Run(null, new() { ["type"] = ["step"] });
        Assert.Equal(18, steps.Hits.TotalItems);
        Assert.All(steps.Hits.Items, h => Assert.Equal(KnowledgeItemType.Step, h.Item.Type));
        // Counts of the selected facet ignore its own filter, so the other types still show their numbers.
        Assert.Equal(12, steps.Facets[KnowledgeBase.FacetType].Single(c => c.Value == "precondition").Count);
        Assert.True(steps.Facets[KnowledgeBase.FacetType].Single(c => c.Value == "step").Selected);
    }

    [Fact]
    public void Search_FacetCounts_EqualTheNumberOfHitsWhenThatValueIsChosen()
    {
        var result = Run("jongeren", new() { ["type"] = ["intervention"] });
        foreach (var count in result.Facets[KnowledgeBase.FacetTheme].Take(5))
        {
            var narrowed = Run("jongeren", new() { ["type"] = ["intervention"], ["theme"] = [count.Value] });
            Assert.Equal(count.Count, narrowed.Hits.TotalItems);
            Assert.All(narrowed.Hits.Items, h => Assert.Contains(count.Value, h.Item.Facets["theme"]));
        }
    }

    [Fact]
    public void Search_TwoValuesOfOneFacet_AreCombinedWithOr()
    {
        var kis = Run(null, new() { ["origin"] = ["kis"] }).Hits.TotalItems;
        var lc = Run(null, new() { ["origin"] = ["leercirkel"] }).Hits.TotalItems;
        Assert.Equal(kis + lc, Run(null, new() { ["origin"] = ["kis", "leercirkel"] }).Hits.TotalItems);
    }

    [Fact]
    public void Search_QueryLongerThan500_IsInvalid()
    {
        var result = Search.Search(new SearchRequest { Query = new string('a', 501) });
        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains("500", result.Errors["q"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_UnknownFacetValue_IsInvalid()
    {
        var result = Search.Search(new SearchRequest { Filters = new() { ["theme"] = ["bestaat-niet"] } });
        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.True(result.Errors.ContainsKey("theme"));
    }

    [Fact]
    public void Search_QuerySyntax_IsTreatedAsText()
    {
        var result = Search.Search(new SearchRequest { Query = "title:(jongeren AND \"drugs\") OR * ~ ^" });
        Assert.True(result.IsOk);
    }
}
