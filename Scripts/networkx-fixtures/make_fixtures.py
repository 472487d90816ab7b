#!/usr/bin/env python3
"""Writes NetworkX reference values for GeflechtAnalytics into Tests/GeflechtAnalyticsTests/Fixtures.

One JSON file per graph. Each file holds the node list (NetworkX order, as strings), the edge list
(source, target, weight; parallel edges listed separately, self-loops once), whether the graph is
directed, and for every measure the exact NetworkX call, its parameters, the expected value per node
(in node-list order) and a tolerance. Every default is passed explicitly, because the karate club
graph carries weights and NetworkX reads them unless told not to.

The Swift tests only read these files; they never run Python. Regenerate with the pinned versions in
requirements.txt:

    python3 -m pip install -r Scripts/networkx-fixtures/requirements.txt
    python3 Scripts/networkx-fixtures/make_fixtures.py
"""

import json
import random
import sys
from pathlib import Path

import networkx as nx
import numpy
import scipy

OUTPUT = Path(__file__).resolve().parents[2] / "Tests" / "GeflechtAnalyticsTests" / "Fixtures"
COMPARISON_TOLERANCE = 1e-9
# Iterative references are computed far tighter than the comparison tolerance.
PAGERANK_TOL = 1e-14
PAGERANK_MAX_ITER = 10_000


def call_string(function, kwargs):
    arguments = ", ".join(f"{key}={value!r}" for key, value in kwargs.items())
    return f"{function}({arguments})"


class FixtureWriter:
    def __init__(self, name, graph, construction, description):
        self.name = name
        self.graph = graph
        self.nodes = list(graph)
        self.construction = construction
        self.description = description
        self.measures = []

    def _add(self, identifier, measure, call, parameters, values):
        expected = [float(values[node]) for node in self.nodes]
        self.measures.append(
            {
                "id": identifier,
                "measure": measure,
                "call": call,
                "parameters": parameters,
                "expected": expected,
                "tolerance": COMPARISON_TOLERANCE,
            }
        )

    def degree(self, direction, weight):
        """`G.degree`, `G.in_degree` or `G.out_degree` with an explicit `weight`."""
        view = {"both": "degree", "incoming": "in_degree", "outgoing": "out_degree"}[direction]
        values = dict(getattr(self.graph, view)(weight=weight))
        measure = "degree" if weight is None else "strength"
        prefix = {"both": "", "incoming": "in-", "outgoing": "out-"}[direction]
        self._add(
            f"{prefix}{measure}",
            measure,
            call_string(f"G.{view}", {"weight": weight}),
            {"direction": direction, "weight": weight},
            values,
        )

    def pagerank(self, identifier, weight, personalization=None, alpha=0.85):
        kwargs = {
            "alpha": alpha,
            "personalization": personalization,
            "max_iter": PAGERANK_MAX_ITER,
            "tol": PAGERANK_TOL,
            "nstart": None,
            "weight": weight,
            "dangling": None,
        }
        values = nx.pagerank(self.graph, **kwargs)
        parameters = dict(kwargs)
        if personalization is not None:
            parameters["personalization"] = {str(k): float(v) for k, v in personalization.items()}
        self._add(identifier, "pagerank", call_string("nx.pagerank", {"G": "G", **kwargs}).replace("G='G'", "G"),
                  parameters, values)

    def write(self):
        g = self.graph
        if g.is_multigraph():
            edge_iter = g.edges(keys=False, data="weight", default=1.0)
        else:
            edge_iter = g.edges(data="weight", default=1.0)
        edges = [{"source": str(u), "target": str(v), "weight": float(w)} for u, v, w in edge_iter]
        document = {
            "name": self.name,
            "description": self.description,
            "construction": self.construction,
            "generator": {
                "script": "Scripts/networkx-fixtures/make_fixtures.py",
                "python": sys.version.split()[0],
                "networkx": nx.__version__,
                "numpy": numpy.__version__,
                "scipy": scipy.__version__,
            },
            "directed": g.is_directed(),
            "multigraph": g.is_multigraph(),
            "parallelEdges": "sum",
            "nodes": [str(node) for node in self.nodes],
            "edges": edges,
            "measures": self.measures,
        }
        OUTPUT.mkdir(parents=True, exist_ok=True)
        path = OUTPUT / f"{self.name}.json"
        path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(OUTPUT.parents[2])}: {len(self.nodes)} nodes, "
              f"{len(edges)} edges, {len(self.measures)} measures")


def karate_club():
    g = nx.karate_club_graph()
    w = FixtureWriter("karate_club", g, "nx.karate_club_graph()",
                      "Zachary's karate club, undirected, with its interaction-count weights.")
    w.degree("both", None)
    w.degree("both", "weight")
    w.pagerank("pagerank/weighted", "weight")
    w.pagerank("pagerank/unweighted", None)
    w.pagerank("pagerank/personalized/weighted", "weight", personalization={0: 2.0, 33: 1.0, 5: 0.5})
    w.pagerank("pagerank/personalized/unweighted", None, personalization={0: 2.0, 33: 1.0, 5: 0.5})
    w.pagerank("pagerank/weighted/alpha=0.5", "weight", alpha=0.5)
    w.write()


def florentine_families():
    g = nx.florentine_families_graph()
    w = FixtureWriter("florentine_families", g, "nx.florentine_families_graph()",
                      "Padgett's Florentine marriage network, undirected and unweighted (15 families; "
                      "the isolated Pucci family of the original data is absent).")
    w.degree("both", None)
    w.degree("both", "weight")
    w.pagerank("pagerank/weighted", "weight")
    w.pagerank("pagerank/unweighted", None)
    w.pagerank("pagerank/personalized/unweighted", None, personalization={"Medici": 1.0})
    w.write()


def directed_dangling():
    g = nx.gnp_random_graph(30, 0.08, seed=7, directed=True)
    rng = random.Random(7)
    for u, v in g.edges():
        g[u][v]["weight"] = float(rng.randint(1, 5))
    g.add_nodes_from([30, 31])  # isolated, hence dangling
    g.add_edge(0, 32, weight=2.0)  # 32 only receives: dangling
    g.add_edge(5, 32, weight=1.0)
    g.add_edge(33, 1, weight=3.0)  # 33 only sends
    construction = (
        "G = nx.gnp_random_graph(30, 0.08, seed=7, directed=True); weights "
        "float(random.Random(7).randint(1, 5)) in G.edges() order; "
        "G.add_nodes_from([30, 31]); G.add_edge(0, 32, weight=2.0); "
        "G.add_edge(5, 32, weight=1.0); G.add_edge(33, 1, weight=3.0)"
    )
    w = FixtureWriter("directed_dangling", g, construction,
                      "A seeded sparse directed graph with isolated and dangling nodes.")
    for direction in ("both", "incoming", "outgoing"):
        w.degree(direction, None)
        w.degree(direction, "weight")
    w.pagerank("pagerank/weighted", "weight")
    w.pagerank("pagerank/unweighted", None)
    w.pagerank("pagerank/personalized/weighted", "weight", personalization={3: 1.0, 17: 3.0, 32: 1.0})
    w.write()


def multidigraph_parallel():
    g = nx.MultiDiGraph()
    g.add_nodes_from("abcdefg")
    g.add_weighted_edges_from([
        ("a", "b", 2.0), ("a", "b", 3.0),  # parallel, sum to 5
        ("b", "c", 1.0), ("b", "f", 2.0),
        ("c", "a", 4.0), ("c", "a", 1.0), ("c", "d", 2.0),
        ("d", "d", 1.0),  # self-loop
        ("d", "e", 1.0),
        ("e", "a", 0.5), ("e", "a", 0.5), ("e", "b", 1.5),
        ("f", "a", 0.0),  # zero weight: f is dangling when weighted, not when unweighted
    ])  # g has no edges: isolated and dangling
    construction = (
        "G = nx.MultiDiGraph(); G.add_nodes_from('abcdefg'); G.add_weighted_edges_from(["
        "('a','b',2.0), ('a','b',3.0), ('b','c',1.0), ('b','f',2.0), ('c','a',4.0), "
        "('c','a',1.0), ('c','d',2.0), ('d','d',1.0), ('d','e',1.0), ('e','a',0.5), "
        "('e','a',0.5), ('e','b',1.5), ('f','a',0.0)])"
    )
    w = FixtureWriter("multidigraph_parallel", g, construction,
                      "A small weighted MultiDiGraph with parallel edges, a self-loop, a zero-weight "
                      "edge and an isolated node.")
    for direction in ("both", "incoming", "outgoing"):
        w.degree(direction, None)
        w.degree(direction, "weight")
    w.pagerank("pagerank/weighted", "weight")
    w.pagerank("pagerank/unweighted", None)
    w.pagerank("pagerank/personalized/weighted", "weight", personalization={"a": 1.0, "g": 1.0})
    w.write()


def multigraph_selfloop():
    g = nx.MultiGraph()
    g.add_nodes_from("pqrst")
    g.add_weighted_edges_from([
        ("p", "q", 1.0), ("p", "q", 2.0),  # parallel
        ("q", "r", 3.0),
        ("r", "r", 2.0),  # self-loop: counts twice in degree, once in PageRank's adjacency
        ("r", "s", 1.0), ("s", "p", 1.0),
    ])  # t is isolated
    construction = (
        "G = nx.MultiGraph(); G.add_nodes_from('pqrst'); G.add_weighted_edges_from(["
        "('p','q',1.0), ('p','q',2.0), ('q','r',3.0), ('r','r',2.0), ('r','s',1.0), ('s','p',1.0)])"
    )
    w = FixtureWriter("multigraph_selfloop", g, construction,
                      "A small weighted undirected MultiGraph with parallel edges, a self-loop and an "
                      "isolated node.")
    w.degree("both", None)
    w.degree("both", "weight")
    w.pagerank("pagerank/weighted", "weight")
    w.pagerank("pagerank/unweighted", None)
    w.write()


def main():
    karate_club()
    florentine_families()
    directed_dangling()
    multidigraph_parallel()
    multigraph_selfloop()


if __name__ == "__main__":
    main()
