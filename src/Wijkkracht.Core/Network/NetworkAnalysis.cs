namespace Wijkkracht.Core.Network;

/// <summary>A simple undirected, unweighted graph on nodes 0..n-1 (self-loops and duplicate edges dropped).</summary>
public sealed class SimpleGraph
{
    private SimpleGraph(int[][] adjacency, int edges)
    {
        Adjacency = adjacency;
        EdgeCount = edges;
    }

    public int NodeCount => Adjacency.Length;

    public int EdgeCount { get; }

    /// <summary>Sorted neighbour lists.</summary>
    public int[][] Adjacency { get; }

    public static SimpleGraph Build(int nodes, IEnumerable<(int From, int To)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var sets = new HashSet<int>[nodes];
        for (var i = 0; i < nodes; i++)
            sets[i] = [];
        var count = 0;
        foreach (var (a, b) in edges)
        {
            if (a == b)
                continue;
            if (sets[a].Add(b))
            {
                sets[b].Add(a);
                count++;
            }
        }

        return new SimpleGraph(sets.Select(s => s.Order().ToArray()).ToArray(), count);
    }
}

/// <summary>
/// Every measure of one graph, per node index. Definitions follow NetworkX 3.6 on the undirected, unweighted graph
/// (tests compare with fixtures NetworkX produced, tolerance 1e-9): <c>degree_centrality</c>,
/// <c>betweenness_centrality(normalized=True)</c>, <c>closeness_centrality</c> (Wasserman–Faust),
/// <c>eigenvector_centrality</c> (power iteration on A+I, tol 1e-6, 100 iterations), <c>constraint</c> (null for an
/// isolated node, where NetworkX gives NaN), components, articulation points, bridges and Louvain communities.
/// </summary>
public sealed record NetworkMeasures(
    int Nodes,
    int Edges,
    double[] Degree,
    double[] Betweenness,
    double[] Closeness,
    double[] Eigenvector,
    bool EigenvectorConverged,
    double?[] Constraint,
    int[] Component,
    int Components,
    bool[] CutVertex,
    IReadOnlyList<(int A, int B)> Bridges,
    int[] Community,
    int Communities,
    double Modularity);

/// <summary>The network analysis engine (issue 12 §4): exact measures, Brandes parallel over sources.</summary>
public static class NetworkAnalysis
{
    public const int DefaultSeed = 42;

    public static NetworkMeasures Analyse(SimpleGraph graph, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var (betweenness, closeness) = BetweennessAndCloseness(graph);
        var (eigenvector, converged) = Eigenvector(graph);
        var (component, components) = ConnectedComponents(graph);
        var (cut, bridges) = CutVerticesAndBridges(graph);
        var community = Louvain(graph, seed);
        return new NetworkMeasures(
            n, graph.EdgeCount, Degree(graph), betweenness, closeness, eigenvector, converged, Constraint(graph),
            component, components, cut, bridges, community, community.Length == 0 ? 0 : community.Max() + 1, Modularity(graph, community));
    }

    /// <summary>NetworkX <c>degree_centrality</c>: degree / (n − 1); 1 for the only node of a one-node graph.</summary>
    public static double[] Degree(SimpleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (n <= 1)
            return Enumerable.Repeat(1.0, n).ToArray();
        var scale = 1.0 / (n - 1);
        return graph.Adjacency.Select(a => a.Length * scale).ToArray();
    }

    /// <summary>
    /// Brandes' algorithm (one BFS per source, sources in fixed chunks run in parallel and summed in chunk order so the
    /// result does not depend on scheduling), normalised by 1/((n−1)(n−2)) as NetworkX does for undirected graphs; the
    /// same BFS gives the closeness of the source with the Wasserman–Faust correction.
    /// </summary>
    public static (double[] Betweenness, double[] Closeness) BetweennessAndCloseness(SimpleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var closeness = new double[n];
        if (n == 0)
            return ([], closeness);
        var chunks = Math.Min(n, Environment.ProcessorCount * 4);
        var partial = new double[chunks][];
        var adjacency = graph.Adjacency;
        Parallel.For(0, chunks, chunk =>
        {
            var bc = new double[n];
            var sigma = new double[n];
            var dist = new int[n];
            var delta = new double[n];
            var order = new int[n];
            for (var s = chunk; s < n; s += chunks)
            {
                Array.Fill(dist, -1);
                Array.Clear(sigma);
                sigma[s] = 1;
                dist[s] = 0;
                order[0] = s;
                int head = 0, tail = 1;
                long total = 0;
                while (head < tail)
                {
                    var v = order[head++];
                    var dv = dist[v];
                    total += dv;
                    foreach (var w in adjacency[v])
                    {
                        if (dist[w] < 0)
                        {
                            dist[w] = dv + 1;
                            order[tail++] = w;
                        }

                        if (dist[w] == dv + 1)
                            sigma[w] += sigma[v];
                    }
                }

                // Closeness (NetworkX): (r−1)/Σd, times (r−1)/(n−1) with r the nodes reached from s (s included).
                var reached = tail;
                closeness[s] = total > 0 && n > 1 ? (reached - 1.0) / total * ((reached - 1.0) / (n - 1)) : 0.0;

                for (var i = 0; i < tail; i++)
                    delta[order[i]] = 0;
                for (var i = tail - 1; i > 0; i--)
                {
                    var w = order[i];
                    var coefficient = (1 + delta[w]) / sigma[w];
                    var dw = dist[w];
                    foreach (var v in adjacency[w])
                    {
                        if (dist[v] == dw - 1)
                            delta[v] += sigma[v] * coefficient;
                    }

                    bc[w] += delta[w];
                }
            }

            partial[chunk] = bc;
        });
        var betweenness = new double[n];
        foreach (var bc in partial)
        {
            for (var i = 0; i < n; i++)
                betweenness[i] += bc[i];
        }

        if (n > 2)
        {
            var scale = 1.0 / ((n - 1.0) * (n - 2.0));
            for (var i = 0; i < n; i++)
                betweenness[i] *= scale;
        }

        return (betweenness, closeness);
    }

    /// <summary>NetworkX <c>eigenvector_centrality</c>: power iteration on A+I from the uniform vector, tol 1e-6, at most 100 iterations.</summary>
    public static (double[] Values, bool Converged) Eigenvector(SimpleGraph graph, int maxIterations = 100, double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (n == 0)
            return ([], true);
        var x = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var last = x;
            x = (double[])last.Clone();
            for (var v = 0; v < n; v++)
            {
                foreach (var w in graph.Adjacency[v])
                    x[w] += last[v];
            }

            var norm = Math.Sqrt(x.Sum(value => value * value));
            if (norm == 0)
                norm = 1;
            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                x[v] /= norm;
                change += Math.Abs(x[v] - last[v]);
            }

            if (change < n * tolerance)
                return (x, true);
        }

        return (x, false);
    }

    /// <summary>NetworkX <c>constraint</c> (Burt) on the unweighted graph; null for an isolated node.</summary>
    public static double?[] Constraint(SimpleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var result = new double?[n];
        var mark = new bool[n];
        for (var v = 0; v < n; v++)
        {
            var neighbours = graph.Adjacency[v];
            if (neighbours.Length == 0)
                continue;
            foreach (var w in neighbours)
                mark[w] = true;
            var p = 1.0 / neighbours.Length;
            var sum = 0.0;
            foreach (var j in neighbours)
            {
                var indirect = 0.0;
                foreach (var q in graph.Adjacency[j])
                {
                    if (mark[q])
                        indirect += p * (1.0 / graph.Adjacency[q].Length);
                }

                var local = p + indirect;
                sum += local * local;
            }

            foreach (var w in neighbours)
                mark[w] = false;
            result[v] = sum;
        }

        return result;
    }

    /// <summary>The component of every node, numbered from 0 in order of each component's lowest node.</summary>
    public static (int[] Component, int Count) ConnectedComponents(SimpleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var component = Enumerable.Repeat(-1, n).ToArray();
        var count = 0;
        var stack = new Stack<int>();
        for (var s = 0; s < n; s++)
        {
            if (component[s] >= 0)
                continue;
            component[s] = count;
            stack.Push(s);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                foreach (var w in graph.Adjacency[v])
                {
                    if (component[w] < 0)
                    {
                        component[w] = count;
                        stack.Push(w);
                    }
                }
            }

            count++;
        }

        return (component, count);
    }

    /// <summary>Articulation points and bridges (Tarjan's low-link, iterative). Bridges as (lower, higher) node, sorted.</summary>
    public static (bool[] CutVertex, IReadOnlyList<(int A, int B)> Bridges) CutVerticesAndBridges(SimpleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var discovered = Enumerable.Repeat(-1, n).ToArray();
        var low = new int[n];
        var parent = Enumerable.Repeat(-1, n).ToArray();
        var next = new int[n];
        var cut = new bool[n];
        var bridges = new List<(int, int)>();
        var time = 0;
        var stack = new Stack<int>();
        for (var root = 0; root < n; root++)
        {
            if (discovered[root] >= 0)
                continue;
            var rootChildren = 0;
            discovered[root] = low[root] = time++;
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Peek();
                var neighbours = graph.Adjacency[v];
                if (next[v] < neighbours.Length)
                {
                    var w = neighbours[next[v]++];
                    if (discovered[w] < 0)
                    {
                        parent[w] = v;
                        discovered[w] = low[w] = time++;
                        if (v == root)
                            rootChildren++;
                        stack.Push(w);
                    }
                    else if (w != parent[v])
                    {
                        low[v] = Math.Min(low[v], discovered[w]);
                    }

                    continue;
                }

                stack.Pop();
                var p = parent[v];
                if (p < 0)
                    continue;
                low[p] = Math.Min(low[p], low[v]);
                if (low[v] > discovered[p])
                    bridges.Add((Math.Min(p, v), Math.Max(p, v)));
                if (p != root && low[v] >= discovered[p])
                    cut[p] = true;
            }

            if (rootChildren > 1)
                cut[root] = true;
        }

        bridges.Sort();
        return (cut, bridges);
    }

    /// <summary>
    /// NetworkX <c>modularity</c> (resolution 1) of a partition given as a community number per node: Σ_c L_c/m − (d_c/2m)².
    /// 0 for a graph without edges.
    /// </summary>
    public static double Modularity(SimpleGraph graph, int[] community)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(community);
        double m = graph.EdgeCount;
        if (m == 0)
            return 0;
        var communities = community.Length == 0 ? 0 : community.Max() + 1;
        var inner = new double[communities];
        var degree = new double[communities];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            degree[community[v]] += graph.Adjacency[v].Length;
            foreach (var w in graph.Adjacency[v])
            {
                if (w > v && community[w] == community[v])
                    inner[community[v]]++;
            }
        }

        var q = 0.0;
        for (var c = 0; c < communities; c++)
            q += inner[c] / m - (degree[c] / (2 * m)) * (degree[c] / (2 * m));
        return q;
    }

    /// <summary>
    /// Louvain communities (Blondel et al.) as NetworkX implements them (resolution 1, threshold 1e-7, node order
    /// shuffled once per level from a fixed seed). The random stream differs from Python's, so the labels can differ
    /// from NetworkX; tests compare the modularity reached instead. Communities are numbered from 0 in order of their
    /// lowest node.
    /// </summary>
    public static int[] Louvain(SimpleGraph graph, int seed = DefaultSeed, double threshold = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var membership = Enumerable.Range(0, n).ToArray();
        if (graph.EdgeCount == 0)
            return membership;
        var random = new Random(seed);
        // Level graph: weighted neighbour lists (no self-loops) plus the self-loop weight per node.
        var neighbours = graph.Adjacency.Select(a => a.Select(w => (w, 1.0)).ToList()).ToList();
        var selfLoops = new double[n];
        double m = graph.EdgeCount;
        var modularity = Modularity(graph, membership);
        while (true)
        {
            var nodes = neighbours.Count;
            var node2com = Enumerable.Range(0, nodes).ToArray();
            var degrees = new double[nodes];
            for (var u = 0; u < nodes; u++)
                degrees[u] = neighbours[u].Sum(x => x.Item2) + 2 * selfLoops[u];
            var totals = (double[])degrees.Clone();
            var order = Enumerable.Range(0, nodes).ToArray();
            random.Shuffle(order);
            var moves = 1;
            var improvement = false;
            var weights = new Dictionary<int, double>();
            while (moves > 0)
            {
                moves = 0;
                foreach (var u in order)
                {
                    weights.Clear();
                    foreach (var (w, weight) in neighbours[u])
                        weights[node2com[w]] = weights.GetValueOrDefault(node2com[w]) + weight;
                    var current = node2com[u];
                    var degree = degrees[u];
                    totals[current] -= degree;
                    var removeCost = -weights.GetValueOrDefault(current) / m + totals[current] * degree / (2 * m * m);
                    var best = current;
                    var bestGain = 0.0;
                    foreach (var (community, weight) in weights)
                    {
                        var gain = removeCost + weight / m - totals[community] * degree / (2 * m * m);
                        if (gain > bestGain)
                        {
                            bestGain = gain;
                            best = community;
                        }
                    }

                    totals[best] += degree;
                    if (best != current)
                    {
                        node2com[u] = best;
                        moves++;
                        improvement = true;
                    }
                }
            }

            // Renumber this level's communities and carry the original nodes along.
            var renumber = new Dictionary<int, int>();
            foreach (var c in node2com)
            {
                if (!renumber.ContainsKey(c))
                    renumber[c] = renumber.Count;
            }

            var levelCommunity = node2com.Select(c => renumber[c]).ToArray();
            var candidate = membership.Select(c => levelCommunity[c]).ToArray();
            membership = candidate;
            var newModularity = Modularity(graph, Canonical(candidate));
            if (!improvement || newModularity - modularity <= threshold)
                break;
            modularity = newModularity;
            // Aggregate: one node per community, edge weights summed, inner weight as self-loop.
            var count = renumber.Count;
            var aggregated = new Dictionary<int, double>[count];
            var loops = new double[count];
            for (var c = 0; c < count; c++)
                aggregated[c] = [];
            for (var u = 0; u < nodes; u++)
            {
                var cu = levelCommunity[u];
                loops[cu] += selfLoops[u];
                foreach (var (w, weight) in neighbours[u])
                {
                    var cw = levelCommunity[w];
                    if (cu == cw)
                    {
                        if (u < w)
                            loops[cu] += weight;
                    }
                    else
                    {
                        aggregated[cu][cw] = aggregated[cu].GetValueOrDefault(cw) + weight;
                    }
                }
            }

            neighbours = aggregated.Select(d => d.Select(kv => (kv.Key, kv.Value)).ToList()).ToList();
            selfLoops = loops;
        }

        return Canonical(membership);
    }

    /// <summary>Renumbers community labels from 0 in order of each community's lowest node.</summary>
    public static int[] Canonical(int[] community)
    {
        ArgumentNullException.ThrowIfNull(community);
        var map = new Dictionary<int, int>();
        var result = new int[community.Length];
        for (var v = 0; v < community.Length; v++)
        {
            if (!map.TryGetValue(community[v], out var label))
            {
                label = map.Count;
                map[community[v]] = label;
            }

            result[v] = label;
        }

        return result;
    }
}
