#!/usr/bin/python3
"""The python-igraph peer for the network bench (issue 12): reads an edge list (one 'a b' pair of node indices a line,
first line 'n m'), then times degree, betweenness, closeness, eigenvector centrality and Louvain (multilevel)
communities on the undirected graph, as the metrics endpoint computes them. Prints one line per measure and a final
line 'igraph total: S s' (the median of the rounds). Uses Debian's python3-igraph; run with /usr/bin/python3.
"""
import statistics
import sys
import time

import igraph as ig


def main(path, rounds=5):
    with open(path, encoding="utf-8") as f:
        n, _ = (int(x) for x in f.readline().split())
        edges = [tuple(int(x) for x in line.split()) for line in f if line.strip()]
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.simplify()
    totals = []
    parts = {}
    for _ in range(rounds):
        start = time.perf_counter()
        steps = {
            "degree": lambda: g.degree(),
            "betweenness": lambda: g.betweenness(directed=False),
            "closeness": lambda: g.closeness(normalized=True),
            "eigenvector": lambda: g.eigenvector_centrality(directed=False),
            "louvain": lambda: g.community_multilevel(),
        }
        for name, step in steps.items():
            t = time.perf_counter()
            step()
            parts.setdefault(name, []).append(time.perf_counter() - t)
        totals.append(time.perf_counter() - start)
    print(f"igraph {ig.__version__}: {n} nodes, {g.ecount()} edges, median of {rounds} rounds")
    for name, times in parts.items():
        print(f"  {name}: {statistics.median(times) * 1000:.1f} ms")
    print(f"igraph total: {statistics.median(totals):.4f} s")


if __name__ == "__main__":
    main(sys.argv[1])
