using System.Text.Json;
using Wijkkracht.Core.Network;

namespace Wijkkracht.Tests.Network;

/// <summary>
/// Key players (greedy KPP-Neg with Borgatti's distance-weighted fragmentation) against a reference written with
/// NetworkX shortest paths (Fixtures/make_network_fixtures.py, same greedy rule), and gaps between communities on
/// graphs small enough to check by hand.
/// </summary>
public sealed class NetworkInsightsTests
{
    private static readonly Lazy<JsonElement> Fixtures = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Network", "Fixtures", "network-fixtures.json"))).RootElement);

    public static TheoryData<string> GraphNames()
    {
        var data = new TheoryData<string>();
        foreach (var g in Fixtures.Value.GetProperty("graphs").EnumerateArray())
            data.Add(g.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(GraphNames))]
    public void KeyPlayers_PublishedGraphs_MatchTheNetworkXReference(string name)
    {
        var fixture = Fixtures.Value.GetProperty("graphs").EnumerateArray().Single(g => g.GetProperty("name").GetString() == name);
        var edges = fixture.GetProperty("edges").EnumerateArray().Select(e => (e[0].GetInt32(), e[1].GetInt32())).ToList();
        var graph = SimpleGraph.Build(fixture.GetProperty("nodes").GetArrayLength(), edges);

        var result = NetworkInsights.KeyPlayers(graph, 3);

        Assert.Equal(FragmentationMeasure.Distance, result.Measure);
        Assert.Equal(fixture.GetProperty("keyPlayers").EnumerateArray().Select(v => v.GetInt32()), result.Players);
        var expected = fixture.GetProperty("keyPlayerFragmentation").EnumerateArray().Select(v => v.GetDouble()).ToList();
        for (var i = 0; i < expected.Count; i++)
            Assert.True(Math.Abs(expected[i] - result.Fragmentation[i]) <= 1e-9, $"step {i}: expected {expected[i]:R}, got {result.Fragmentation[i]:R}");
        Assert.True(Math.Abs(fixture.GetProperty("baselineFragmentation").GetDouble() - result.Baseline) <= 1e-9);
    }

    [Fact]
    public void KeyPlayers_Star_ChoosesTheCentreAndTheNetworkFallsApartCompletely()
    {
        var graph = SimpleGraph.Build(6, [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5)]);

        var result = NetworkInsights.KeyPlayers(graph, 1);

        Assert.Equal([0], result.Players);
        Assert.Equal(1.0, result.Fragmentation[0], 12);
    }

    [Fact]
    public void KeyPlayers_BarbellWithComponentsMeasure_ChoosesABridgeEnd()
    {
        // Two triangles joined by 2-3: removing 2 or 3 splits the network; by parts both score the same, the betweenness breaks the tie.
        var graph = SimpleGraph.Build(6, [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (3, 5)]);
        var removed = new bool[6];
        removed[3] = true;

        var byParts = NetworkInsights.Fragmentation(graph, removed, FragmentationMeasure.Components);

        // Remaining parts {0,1,2} and {4,5}: 1 − (3·2 + 2·1) / (5·4) = 0.6.
        Assert.Equal(0.6, byParts, 12);
        var result = NetworkInsights.KeyPlayers(graph, 1);
        Assert.Contains(result.Players[0], new[] { 2, 3 });
    }

    [Fact]
    public void KeyPlayers_KLargerThanTheNetwork_StopsWhileTwoActorsRemain()
    {
        var graph = SimpleGraph.Build(3, [(0, 1), (1, 2)]);

        var result = NetworkInsights.KeyPlayers(graph, 10);

        Assert.Single(result.Players);
        Assert.Equal(1, result.Players[0]);
    }

    [Fact]
    public void Gaps_TwoDenseGroupsWithOneTie_ReportThePairAndTheActorsAtTheTie()
    {
        // Community 0: 0-1-2-3 (a clique), community 1: 4-5-6-7 (a clique), one tie 3-4; community 2: 8-9 without ties to the others.
        var edges = new List<(int, int)> { (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (4, 5), (4, 6), (4, 7), (5, 6), (5, 7), (6, 7), (3, 4), (8, 9) };
        var graph = SimpleGraph.Build(10, edges);
        int[] community = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2];

        var gaps = NetworkInsights.Gaps(graph, community);

        Assert.Equal(3, gaps.Count);
        // The pairs with community 2 have no ties at all; 0–1 has one of 16 possible ties and comes last.
        Assert.Equal(0, gaps[0].Ties);
        var pair = gaps.Single(g => g.CommunityA == 0 && g.CommunityB == 1);
        Assert.Equal(1, pair.Ties);
        Assert.Equal(1 / 16.0, pair.Density, 12);
        Assert.Equal(pair, gaps[^1]);
        // 3 and 4 reach the whole other clique in two steps and have the direct tie.
        Assert.Equal([3, 4], pair.Bridgers.Take(2).Order());
        Assert.Empty(gaps[0].Bridgers);
    }
}
