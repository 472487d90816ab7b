#!/usr/bin/env python3
"""Writes NetworkX reference values for community detection and ego networks.

Output, under Tests/GeflechtAnalyticsTests/Fixtures:

- communities/<graph>.json: the graph (nodes in NetworkX order as strings; edges as source, target,
  weight, parallel edges listed separately, self-loops once), then
  - "modularity": partitions with the exact `nx.community.modularity` value per weight/resolution;
  - "louvain": per weight and resolution, the modularity `nx.community.louvain_communities` reached
    for each of seeds 0..19, its lowest and highest value, and the range of community counts.
- communities/lfr.json: an LFR benchmark graph with its planted communities.
- ego/<graph>.json: the same graph format plus `nx.ego_graph` node sets with distances.

Every default is passed explicitly. The Swift tests only read these files; they never run Python.
Regenerate with the pinned versions in requirements.txt:

    python3 -m pip install -r Scripts/networkx-fixtures/requirements.txt
    python3 Scripts/networkx-fixtures/make_community_fixtures.py
"""

import json
import sys
from pathlib import Path

import networkx as nx

FIXTURES = Path(__file__).resolve().parents[2] / "Tests" / "GeflechtAnalyticsTests" / "Fixtures"
TOLERANCE = 1e-9
SEEDS = list(range(20))
RESOLUTIONS = [0.5, 1.0, 2.0]
THRESHOLD = 1e-7


def generator():
    return {
        "script": "Scripts/networkx-fixtures/make_community_fixtures.py",
        "python": sys.version.split()[0],
        "networkx": nx.__version__,
    }


def graph_record(name, graph, construction, description):
    nodes = list(graph)
    edges = []
    for u, v, w in graph.edges(data="weight", default=1):
        edges.append({"source": str(u), "target": str(v), "weight": float(w)})
    return {
        "name": name,
        "description": description,
        "construction": construction,
        "generator": generator(),
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "parallelEdges": "sum",
        "nodes": [str(n) for n in nodes],
        "edges": edges,
    }


def weights_for(graph):
    has_weights = any("weight" in d for *_, d in graph.edges(data=True))
    return ["weight", None] if has_weights else [None]


def modularity_cases(graph, partitions):
    cases = []
    for label, communities in partitions:
        for weight in weights_for(graph):
            for resolution in RESOLUTIONS:
                value = nx.community.modularity(graph, communities, weight=weight, resolution=resolution)
                cases.append(
                    {
                        "partition": label,
                        "call": f"nx.community.modularity(G, communities, weight={weight!r}, resolution={resolution!r})",
                        "weight": weight,
                        "resolution": resolution,
                        "communities": [sorted((str(n) for n in c), key=list(map(str, graph)).index) for c in communities],
                        "expected": value,
                        "tolerance": TOLERANCE,
                    }
                )
    return cases


def louvain_cases(graph):
    cases = []
    for weight in weights_for(graph):
        for resolution in RESOLUTIONS:
            values, counts = [], []
            for seed in SEEDS:
                communities = nx.community.louvain_communities(
                    graph, weight=weight, resolution=resolution, threshold=THRESHOLD, seed=seed
                )
                values.append(nx.community.modularity(graph, communities, weight=weight, resolution=resolution))
                counts.append(len(communities))
            cases.append(
                {
                    "call": f"nx.community.louvain_communities(G, weight={weight!r}, resolution={resolution!r}, threshold={THRESHOLD!r}, seed=s) for s in 0..19",
                    "weight": weight,
                    "resolution": resolution,
                    "seeds": len(SEEDS),
                    "minModularity": min(values),
                    "maxModularity": max(values),
                    "modularities": values,
                    "minCommunities": min(counts),
                    "maxCommunities": max(counts),
                }
            )
    return cases


def ego_cases(graph, centers, radii, weighted_radii=()):
    cases = []
    undirected_options = [False, True] if graph.is_directed() else [False]
    for center in centers:
        for undirected in undirected_options:
            for radius in radii:
                ego = nx.ego_graph(graph, center, radius=radius, center=True, undirected=undirected, distance=None)
                view = graph.to_undirected(as_view=True) if undirected else graph
                dist = nx.single_source_shortest_path_length(view, center, cutoff=radius)
                cases.append(ego_case(graph, center, radius, "both" if undirected or not graph.is_directed() else "outgoing",
                                      False, ego, dist,
                                      f"nx.ego_graph(G, {center!r}, radius={radius!r}, center=True, undirected={undirected!r}, distance=None)"))
            if graph.is_directed() and not undirected:
                reverse = graph.reverse(copy=True)
                for radius in radii:
                    ego = nx.ego_graph(reverse, center, radius=radius, center=True, undirected=False, distance=None)
                    dist = nx.single_source_shortest_path_length(reverse, center, cutoff=radius)
                    cases.append(ego_case(graph, center, radius, "incoming", False, ego, dist,
                                          f"nx.ego_graph(G.reverse(), {center!r}, radius={radius!r}, center=True, undirected=False, distance=None)"))
        for radius in weighted_radii:
            lengths = graph.copy()
            for *_, d in lengths.edges(data=True):
                d["length"] = 1.0 / d.get("weight", 1)
            ego = nx.ego_graph(lengths, center, radius=radius, center=True, undirected=False, distance="length")
            dist = nx.single_source_dijkstra_path_length(lengths, center, cutoff=radius, weight="length")
            cases.append(ego_case(graph, center, radius, "both" if not graph.is_directed() else "outgoing", True, ego, dist,
                                  f"nx.ego_graph(G, {center!r}, radius={radius!r}, center=True, undirected=False, distance='length') with length = 1/weight"))
    return cases


def ego_case(graph, center, radius, direction, weighted, ego, dist, call):
    order = list(map(str, graph))
    nodes = sorted((str(n) for n in ego), key=lambda n: order.index(n))
    return {
        "call": call,
        "center": str(center),
        "radius": radius,
        "direction": direction,
        "weightedRadius": weighted,
        "nodes": nodes,
        # In node-list order: dict order can follow set order, which varies with PYTHONHASHSEED.
        "distances": {n: float(d) for n, d in sorted(((str(k), v) for k, v in dist.items()), key=lambda kv: order.index(kv[0]))},
        "edgeCount": ego.number_of_edges(),
    }


def nmi(a, b):
    """Normalized mutual information, arithmetic mean (sklearn's default), in plain Python."""
    from collections import Counter
    from math import log

    n = len(a)
    pa, pb, joint = Counter(a), Counter(b), Counter(zip(a, b))
    ha = -sum(c / n * log(c / n) for c in pa.values())
    hb = -sum(c / n * log(c / n) for c in pb.values())
    mi = sum(c / n * log(c * n / (pa[x] * pb[y])) for (x, y), c in joint.items())
    return 1.0 if ha == hb == 0 else 2 * mi / (ha + hb)


def write(folder, record):
    path = FIXTURES / folder / f"{record['name']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(FIXTURES.parents[2])}")


def relabel_str(graph):
    return nx.relabel_nodes(graph, {n: str(n) for n in graph}, copy=True)


def standard_partitions(graph, extra=()):
    nodes = list(graph)
    partitions = [("singletons", [{n} for n in nodes]), ("one-community", [set(nodes)])]
    partitions += list(extra)
    louvain = nx.community.louvain_communities(graph, weight=None, resolution=1.0, threshold=THRESHOLD, seed=0)
    partitions.append(("louvain-unweighted-seed-0", louvain))
    greedy = nx.community.greedy_modularity_communities(graph if not graph.is_multigraph() else nx.Graph(graph), weight=None)
    if not graph.is_multigraph():
        partitions.append(("greedy-modularity-unweighted", [set(c) for c in greedy]))
    return partitions


def community_graphs():
    karate = relabel_str(nx.karate_club_graph())
    club = [{n for n, d in karate.nodes(data=True) if d["club"] == name} for name in ("Mr. Hi", "Officer")]
    yield ("karate_club", karate, "nx.karate_club_graph() with nodes relabelled to strings",
           "Zachary's karate club, undirected, with its interaction-count weights.",
           [("club-split", club)])

    yield ("florentine_families", nx.florentine_families_graph(), "nx.florentine_families_graph()",
           "Padgett's Florentine families (marriage ties), undirected, unweighted.", [])

    lesmis = nx.les_miserables_graph()
    yield ("les_miserables", lesmis, "nx.les_miserables_graph()",
           "Co-appearances in Les Misérables, undirected, weighted by co-appearance count.", [])

    davis = nx.davis_southern_women_graph()
    sides = [{n for n, d in davis.nodes(data=True) if d["bipartite"] == side} for side in (0, 1)]
    yield ("davis_southern_women", nx.Graph(davis), "nx.Graph(nx.davis_southern_women_graph())",
           "Davis' southern women and the events they attended, bipartite, unweighted.",
           [("bipartite-sides", sides)])

    sbm = nx.stochastic_block_model([8, 8, 8], [[0.6, 0.05, 0.05], [0.05, 0.6, 0.05], [0.05, 0.05, 0.6]],
                                    seed=7, directed=True)
    directed = nx.DiGraph()
    directed.add_nodes_from(str(n) for n in sbm)
    for u, v in sbm.edges():
        directed.add_edge(str(u), str(v), weight=float(1 + (u * 7 + v * 3) % 4))
    blocks = [{str(n) for n in range(8 * b, 8 * b + 8)} for b in range(3)]
    yield ("directed_blocks", directed,
           "directed stochastic_block_model([8,8,8], p_in=0.6, p_out=0.05, seed=7), weight 1 + (7u + 3v) mod 4",
           "A directed graph with three planted blocks and integer weights.", [("planted-blocks", blocks)])

    disconnected = nx.Graph()
    cave = nx.connected_caveman_graph(3, 5)
    disconnected.add_edges_from((f"c{u}", f"c{v}") for u, v in cave.edges())
    disconnected.add_edges_from([("p0", "p1"), ("p1", "p2"), ("p2", "p3")])
    disconnected.add_nodes_from(["isolated-a", "isolated-b"])
    components = [set(c) for c in nx.connected_components(disconnected)]
    yield ("disconnected", disconnected,
           "connected_caveman_graph(3, 5) as c0..c14, a path p0–p3, two isolated nodes",
           "An undirected, unweighted graph with four components, two of them isolated nodes.",
           [("components", components)])

    multi = nx.MultiGraph()
    flor = nx.florentine_families_graph()
    multi.add_nodes_from(flor)
    for i, (u, v) in enumerate(flor.edges()):
        multi.add_edge(u, v, weight=1.0)
        if i % 3 == 0:
            multi.add_edge(u, v, weight=2.0)
        if i % 5 == 0:
            multi.add_edge(v, u, weight=0.5)
    multi.add_edge("Medici", "Medici", weight=1.5)
    multi.add_edge("Strozzi", "Strozzi", weight=1.0)
    yield ("florentine_multigraph", multi,
           "florentine_families_graph() as a MultiGraph: each edge weight 1, every 3rd edge doubled (weight 2), "
           "every 5th edge again reversed (weight 0.5), self-loops Medici (1.5) and Strozzi (1.0)",
           "An undirected multigraph with parallel edges and self-loops.", [])


def lfr():
    for seed in range(1, 200):
        try:
            graph = nx.LFR_benchmark_graph(1000, 3, 1.5, 0.1, average_degree=20, max_degree=50,
                                           min_community=20, max_community=100, seed=seed, max_iters=500)
        except nx.ExceededMaxIterations:
            continue
        graph.remove_edges_from(nx.selfloop_edges(graph))
        communities = {frozenset(graph.nodes[n]["community"]) for n in graph}
        record = graph_record("lfr", nx.Graph(graph),
                              f"nx.LFR_benchmark_graph(1000, 3, 1.5, 0.1, average_degree=20, max_degree=50, "
                              f"min_community=20, max_community=100, seed={seed}, max_iters=500)",
                              "LFR benchmark graph, mixing 0.1, with its planted communities.")
        order = [str(n) for n in graph]
        record["mixing"] = 0.1
        record["plantedCommunities"] = sorted(
            (sorted((str(n) for n in c), key=order.index) for c in communities), key=lambda c: order.index(c[0]))
        louvain = nx.community.louvain_communities(graph, weight=None, resolution=1.0, threshold=THRESHOLD, seed=0)
        planted = {n: i for i, c in enumerate(communities) for n in c}
        found = {n: i for i, c in enumerate(louvain) for n in c}
        record["networkxLouvainNMI"] = nmi([planted[n] for n in graph], [found[n] for n in graph])
        return record
    raise SystemExit("no LFR seed in 1..199 generated a graph")


def main():
    for name, graph, construction, description, extra in community_graphs():
        record = graph_record(name, graph, construction, description)
        record["modularity"] = modularity_cases(graph, standard_partitions(graph, extra))
        record["louvain"] = louvain_cases(graph)
        write("communities", record)

    ego_inputs = [
        ("karate_club", relabel_str(nx.karate_club_graph()), ["0", "33", "9"], [1, 2], [0.25, 0.5]),
        ("les_miserables", nx.les_miserables_graph(), ["Valjean", "Napoleon"], [1, 2], [0.2, 1.0]),
        ("directed_blocks", None, ["0", "12"], [1, 2], [0.5]),
        ("florentine_multigraph", None, ["Medici"], [1, 2], [0.6]),
    ]
    graphs = {name: graph for name, graph, *_ in community_graphs()}
    for name, graph, centers, radii, weighted in ego_inputs:
        graph = graph if graph is not None else graphs[name]
        record = graph_record(name, graph, "see communities/" + name + ".json", "Ego networks of " + name + ".")
        record["ego"] = ego_cases(graph, centers, radii, weighted)
        write("ego", record)

    write("communities", lfr())


if __name__ == "__main__":
    main()
