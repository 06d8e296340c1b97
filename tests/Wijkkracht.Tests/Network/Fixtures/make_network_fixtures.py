#!/usr/bin/env python3
"""Writes network-fixtures.json: reference values computed by NetworkX (3.6.1) for NetworkAnalysisTests.

Run from this folder:  python3 make_network_fixtures.py
Every graph is undirected and unweighted (edge attributes such as the karate club's weights are ignored), as the
metrics endpoint analyses it. Node order in the file is the node order in NetworkX; edges are given as index pairs.
"""
import json
import math

import networkx as nx


def disconnected():
    g = nx.path_graph(5)  # 0-1-2-3-4
    g.add_edges_from([(5, 6), (6, 7), (7, 5)])  # a triangle
    g.add_edges_from([(8, 9), (8, 10), (8, 11)])  # a star
    return g


def with_isolated():
    g = nx.gnp_random_graph(20, 0.15, seed=3)
    g.add_nodes_from([20, 21, 22])  # three actors without any relation
    return g


def graphs():
    yield "karate", nx.karate_club_graph()
    yield "florentine", nx.florentine_families_graph()
    yield "lesmis", nx.les_miserables_graph()
    yield "disconnected", disconnected()
    yield "isolated", with_isolated()
    yield "random", nx.gnm_random_graph(200, 800, seed=7)


def distance_fragmentation(g, removed):
    """Borgatti's distance-weighted fragmentation of g without the removed nodes: 1 - sum(1/d(i,j)) / (n(n-1))."""
    h = g.subgraph([v for v in g.nodes() if v not in removed])
    n = h.number_of_nodes()
    if n < 2:
        return 0.0
    total = 0.0
    for _, lengths in nx.all_pairs_shortest_path_length(h):
        total += sum(1.0 / d for d in lengths.values() if d > 0)
    return 1.0 - total / (n * (n - 1))


def key_players(g, nodes, k=3):
    """Greedy KPP-Neg: k times remove the node that leaves the highest fragmentation (ties: the first in node order)."""
    removed, chosen, scores = set(), [], []
    for _ in range(k):
        best, best_score = None, None
        for v in nodes:
            if v in removed:
                continue
            score = distance_fragmentation(g, removed | {v})
            if best is None or score > best_score + 1e-12:
                best, best_score = v, score
        removed.add(best)
        chosen.append(best)
        scores.append(best_score)
    return chosen, scores


def clean(value):
    return None if isinstance(value, float) and math.isnan(value) else value


def fixture(name, graph):
    g = nx.Graph()
    g.add_nodes_from(graph.nodes())
    g.add_edges_from(graph.edges())
    nodes = list(g.nodes())
    index = {n: i for i, n in enumerate(nodes)}
    try:
        eigenvector = nx.eigenvector_centrality(g)
        eigen = [eigenvector[n] for n in nodes]
    except nx.PowerIterationFailedConvergence:
        eigen = None
    constraint = nx.constraint(g)
    communities = nx.community.louvain_communities(g, seed=42)
    label = {}
    for c, members in enumerate(communities):
        for n in members:
            label[n] = c
    players, fragmentation = key_players(g, nodes)
    return {
        "name": name,
        "nodes": [str(n) for n in nodes],
        "edges": [[index[a], index[b]] for a, b in g.edges()],
        "degree": [nx.degree_centrality(g)[n] for n in nodes],
        "betweenness": [nx.betweenness_centrality(g, normalized=True)[n] for n in nodes],
        "closeness": [nx.closeness_centrality(g)[n] for n in nodes],
        "eigenvector": eigen,
        "constraint": [clean(constraint[n]) for n in nodes],
        "components": nx.number_connected_components(g),
        "articulationPoints": sorted(index[n] for n in nx.articulation_points(g)),
        "bridges": sorted(sorted([index[a], index[b]]) for a, b in nx.bridges(g)),
        "louvainPartition": [label[n] for n in nodes],
        "louvainModularity": nx.community.modularity(g, communities),
        "baselineFragmentation": distance_fragmentation(g, set()),
        "keyPlayers": [index[v] for v in players],
        "keyPlayerFragmentation": fragmentation,
    }


if __name__ == "__main__":
    data = {"networkx": nx.__version__, "graphs": [fixture(name, g) for name, g in graphs()]}
    with open("network-fixtures.json", "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
