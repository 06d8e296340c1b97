namespace Wijkkracht.Core.Network;

/// <summary>How fragmentation is scored for the key players.</summary>
public enum FragmentationMeasure
{
    /// <summary>Borgatti's distance-weighted fragmentation: 1 − Σ 1/d(i,j) / (n(n−1)) over the remaining actors (exact, for networks up to <see cref="NetworkInsights.DistanceWeightedLimit"/> actors).</summary>
    Distance = 1,

    /// <summary>Fragmentation by parts: 1 − Σ s(s−1) / (n(n−1)) over the sizes s of the parts that remain (for larger networks).</summary>
    Components = 2,
}

/// <summary>The key players (KPP-Neg): the actors whose absence fragments the network most, chosen greedily.</summary>
/// <param name="Players">Node indices in the order they were chosen.</param>
/// <param name="Fragmentation">The fragmentation after removing the first 1, 2, … players.</param>
/// <param name="Baseline">The fragmentation of the whole network (nobody removed).</param>
/// <param name="Measure">How fragmentation was scored.</param>
public sealed record KeyPlayerResult(IReadOnlyList<int> Players, IReadOnlyList<double> Fragmentation, double Baseline, FragmentationMeasure Measure);

/// <summary>A gap: two communities with few ties between them, and the actors best placed to bridge it.</summary>
/// <param name="CommunityA">The first community (its number in the analysis).</param>
/// <param name="CommunityB">The second community.</param>
/// <param name="SizeA">Actors in the first community.</param>
/// <param name="SizeB">Actors in the second community.</param>
/// <param name="Ties">Ties between the two communities.</param>
/// <param name="Density">Ties / (size A × size B): the share of possible ties that exists.</param>
/// <param name="Bridgers">Node indices, best first: who reaches most actors of the other community in one or two steps.</param>
public sealed record CommunityGap(int CommunityA, int CommunityB, int SizeA, int SizeB, int Ties, double Density, IReadOnlyList<int> Bridgers);

/// <summary>Key players (Borgatti's KPP-Neg, greedy) and gaps between communities (issue 12 §4).</summary>
public static class NetworkInsights
{
    /// <summary>Up to this many actors the key players use the exact distance-weighted fragmentation.</summary>
    public const int DistanceWeightedLimit = 250;

    /// <summary>
    /// Greedy KPP-Neg: k times, remove the actor whose removal leaves the highest fragmentation (ties: the lowest node
    /// index). Distance-weighted fragmentation up to <see cref="DistanceWeightedLimit"/> actors, fragmentation by parts
    /// above it (ties: the highest betweenness given, then the lowest index).
    /// </summary>
    public static KeyPlayerResult KeyPlayers(SimpleGraph graph, int k, double[]? betweenness = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var measure = n <= DistanceWeightedLimit ? FragmentationMeasure.Distance : FragmentationMeasure.Components;
        var removed = new bool[n];
        var baseline = Fragmentation(graph, removed, measure);
        var players = new List<int>();
        var scores = new List<double>();
        k = Math.Clamp(k, 0, Math.Max(0, n - 2));
        for (var step = 0; step < k; step++)
        {
            var candidate = new double[n];
            Parallel.For(0, n, () => (bool[])removed.Clone(), (v, _, mask) =>
            {
                if (mask[v])
                {
                    candidate[v] = double.NegativeInfinity;
                    return mask;
                }

                mask[v] = true;
                candidate[v] = Fragmentation(graph, mask, measure);
                mask[v] = false;
                return mask;
            }, _ => { });
            var best = -1;
            for (var v = 0; v < n; v++)
            {
                if (removed[v])
                    continue;
                if (best < 0 || candidate[v] > candidate[best] + 1e-12)
                {
                    best = v;
                }
                else if (measure == FragmentationMeasure.Components && betweenness is not null && Math.Abs(candidate[v] - candidate[best]) <= 1e-12 &&
                    betweenness[v] > betweenness[best])
                {
                    best = v;
                }
            }

            if (best < 0)
                break;
            removed[best] = true;
            players.Add(best);
            scores.Add(candidate[best]);
        }

        return new KeyPlayerResult(players, scores, baseline, measure);
    }

    /// <summary>The fragmentation of the graph without the <paramref name="removed"/> nodes; 0 when fewer than two remain.</summary>
    public static double Fragmentation(SimpleGraph graph, bool[] removed, FragmentationMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(removed);
        var n = graph.NodeCount;
        var remaining = removed.Count(r => !r);
        if (remaining < 2)
            return 0;
        var pairs = (double)remaining * (remaining - 1);
        var adjacency = graph.Adjacency;
        var dist = new int[n];
        var queue = new int[n];
        if (measure == FragmentationMeasure.Components)
        {
            Array.Fill(dist, -1);
            double connected = 0;
            for (var s = 0; s < n; s++)
            {
                if (removed[s] || dist[s] >= 0)
                    continue;
                var size = Reach(adjacency, removed, s, dist, queue, out _);
                connected += (double)size * (size - 1);
            }

            return 1 - (connected / pairs);
        }

        double reciprocal = 0;
        for (var s = 0; s < n; s++)
        {
            if (removed[s])
                continue;
            Array.Fill(dist, -1);
            Reach(adjacency, removed, s, dist, queue, out var sum);
            reciprocal += sum;
        }

        return 1 - (reciprocal / pairs);
    }

    /// <summary>BFS from <paramref name="source"/> over nodes not removed; returns the nodes reached (source included) and Σ 1/d.</summary>
    private static int Reach(int[][] adjacency, bool[] removed, int source, int[] dist, int[] queue, out double reciprocal)
    {
        dist[source] = 0;
        queue[0] = source;
        int head = 0, tail = 1;
        reciprocal = 0;
        while (head < tail)
        {
            var v = queue[head++];
            var next = dist[v] + 1;
            foreach (var w in adjacency[v])
            {
                if (removed[w] || dist[w] >= 0)
                    continue;
                dist[w] = next;
                reciprocal += 1.0 / next;
                queue[tail++] = w;
            }
        }

        return tail;
    }

    /// <summary>
    /// Pairs of communities (of two or more actors each, in the same part of the network or not) ordered by how few ties
    /// run between them relative to their sizes; for each, up to three actors of either community who reach the most
    /// actors of the other one in one or two steps (ties: more direct ties, then the lower index).
    /// </summary>
    public static IReadOnlyList<CommunityGap> Gaps(SimpleGraph graph, int[] community, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(community);
        var n = graph.NodeCount;
        if (n == 0)
            return [];
        var count = community.Max() + 1;
        var sizes = new int[count];
        foreach (var c in community)
            sizes[c]++;
        var between = new int[count, count];
        for (var v = 0; v < n; v++)
        {
            foreach (var w in graph.Adjacency[v])
            {
                if (w > v && community[v] != community[w])
                {
                    between[community[v], community[w]]++;
                    between[community[w], community[v]]++;
                }
            }
        }

        var gaps = new List<CommunityGap>();
        for (var a = 0; a < count; a++)
        {
            for (var b = a + 1; b < count; b++)
            {
                if (sizes[a] < 2 || sizes[b] < 2)
                    continue;
                var density = between[a, b] / ((double)sizes[a] * sizes[b]);
                gaps.Add(new CommunityGap(a, b, sizes[a], sizes[b], between[a, b], density, []));
            }
        }

        return gaps.OrderBy(g => g.Density).ThenBy(g => g.Ties).ThenByDescending(g => g.SizeA + g.SizeB).ThenBy(g => g.CommunityA).ThenBy(g => g.CommunityB)
            .Take(max).Select(g => g with { Bridgers = Bridgers(graph, community, g.CommunityA, g.CommunityB) }).ToList();
    }

    private static List<int> Bridgers(SimpleGraph graph, int[] community, int a, int b)
    {
        var scored = new List<(int Node, int Reach, int Direct)>();
        var seen = new HashSet<int>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var own = community[v];
            if (own != a && own != b)
                continue;
            var other = own == a ? b : a;
            seen.Clear();
            var direct = 0;
            foreach (var w in graph.Adjacency[v])
            {
                if (community[w] == other && seen.Add(w))
                    direct++;
                foreach (var x in graph.Adjacency[w])
                {
                    if (x != v && community[x] == other)
                        seen.Add(x);
                }
            }

            if (seen.Count > 0)
                scored.Add((v, seen.Count, direct));
        }

        return scored.OrderByDescending(s => s.Reach).ThenByDescending(s => s.Direct).ThenBy(s => s.Node).Take(3).Select(s => s.Node).ToList();
    }
}
