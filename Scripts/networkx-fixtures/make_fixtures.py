#!/usr/bin/env python3
"""Writes NetworkX reference values for GeflechtAnalytics into Tests/GeflechtAnalyticsTests/Fixtures.

One JSON file per graph. Each file holds the node list (NetworkX order, as strings), the edge list
(source, target, weight; parallel edges listed separately, self-loops once), whether the graph is
directed, and for every measure the exact NetworkX call, its parameters, the expected value per node
(in node-list order) and a tolerance. Every default is passed explicitly, because the karate club
graph carries weights and NetworkX reads them unless told not to.

Measures: degree, strength, PageRank, node and edge betweenness, closeness, harmonic, eigenvector,
Katz, HITS (hubs and authorities), core number, weakly and strongly connected components. Each
measure also records how the Swift side reads the graph (`weighting`: ignore, strength, distance,
length; `parallelEdges`) and, for edge measures, `target: "edges"` (one value per edge in edge-list
order). Where NetworkX has no direct equivalent the call names the stand-in graph H:
- `.distance` (length 1/w): H merges parallel edges by summing weights and sets `distance` = 1/w;
  edge values on a multigraph are then split equally among its parallel edges.
- Spectral measures on multigraphs (NetworkX refuses them): H merges parallel edges by summing
  weights (`strength`) or counting them (`ignore`).
- Core number: H = nx.Graph(G) / nx.DiGraph(G) without self-loops.

The Swift tests only read these files; they never run Python. Regenerate with the pinned versions in
requirements.txt:

    python3 -m pip install -r Scripts/networkx-fixtures/requirements.txt
    python3 Scripts/networkx-fixtures/make_fixtures.py
"""

import json
import os
import random
import sys
from pathlib import Path

import networkx as nx
import numpy
import scipy
from networkx.algorithms.link_analysis.hits_alg import _hits_python

OUTPUT = Path(__file__).resolve().parents[2] / "Tests" / "GeflechtAnalyticsTests" / "Fixtures"
COMPARISON_TOLERANCE = 1e-9
# Iterative references are computed far tighter than the comparison tolerance.
PAGERANK_TOL = 1e-14
PAGERANK_MAX_ITER = 10_000
SPECTRAL_TOL = 1e-14
SPECTRAL_MAX_ITER = 100_000


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

    def _add(self, identifier, measure, call, parameters, values, weighting=None,
             parallel_edges=None, target="nodes", note=None):
        """Records one measure. `weighting` and `parallel_edges` say how the Swift side reads the
        graph (`ignore`, `strength`, `distance`, `length`; `sum`, `min`, …); `target` is `nodes`
        (one value per node, in node order) or `edges` (one value per edge, in edge-list order)."""
        if target == "nodes":
            expected = [float(values[node]) for node in self.nodes]
        else:
            expected = [float(values[key]) for key in self.edge_keys()]
        record = {
            "id": identifier,
            "measure": measure,
            "call": call,
            "parameters": parameters,
            "target": target,
            "expected": expected,
            "tolerance": COMPARISON_TOLERANCE,
        }
        if weighting is not None:
            record["weighting"] = weighting
        if parallel_edges is not None:
            record["parallelEdges"] = parallel_edges
        if note is not None:
            record["note"] = note
        self.measures.append(record)

    def edge_keys(self):
        """The edges in fixture order, as NetworkX's edge-betweenness keys."""
        if self.graph.is_multigraph():
            return list(self.graph.edges(keys=True))
        return list(self.graph.edges())

    # -- Merged simple graphs, the stand-ins for multigraphs ------------------------------------

    def merged(self, policy):
        """A simple Graph/DiGraph with parallel edges merged (`sum`, `min`, `count`) into
        `weight`, self-loops kept, and `distance` = 1/weight."""
        g = self.graph
        h = nx.DiGraph() if g.is_directed() else nx.Graph()
        h.add_nodes_from(g)
        for u, v, w in (g.edges(data="weight", default=1.0)):
            w = float(w)
            if h.has_edge(u, v):
                old = h[u][v]["weight"]
                h[u][v]["weight"] = {"sum": old + w, "min": min(old, w), "count": old + 1}[policy]
            else:
                h.add_edge(u, v, weight=1.0 if policy == "count" else w)
        for u, v, d in h.edges(data=True):
            d["distance"] = 1.0 / d["weight"] if d["weight"] > 0 else float("inf")
        return h

    def path_graph(self, weighting):
        """The graph NetworkX measures paths on and the `weight` argument, for a Geflecht
        weighting: `ignore` → (G, None); `length` → (G, "weight"), NetworkX taking the shortest
        parallel edge; `distance` → (H, "distance") with H merged by summing strengths."""
        if weighting == "ignore":
            return self.graph, None, "G"
        if weighting == "length":
            return self.graph, "weight", "G"
        return self.merged("sum"), "distance", "H"

    def split_edge_values(self, pair_values, weighting):
        """Spreads per-pair edge betweenness over parallel edges as `_add_edge_keys` does: equally
        among all keys (sum-merged strengths) or among the keys of minimal length."""
        g = self.graph
        if not g.is_multigraph():
            return pair_values
        out = {}
        for u, v, k in g.edges(keys=True):
            if u == v:
                out[(u, v, k)] = 0.0
                continue
            value = pair_values[(u, v)] if (u, v) in pair_values else pair_values[(v, u)]
            data = g.get_edge_data(u, v)
            if weighting == "distance":
                keys = list(data)
            else:
                weights = {key: d.get("weight", 1.0) if weighting == "length" else 1.0
                           for key, d in data.items()}
                least = min(weights.values())
                keys = [key for key, w in weights.items() if w == least]
            out[(u, v, k)] = value / len(keys) if k in keys else 0.0
        return out

    # -- Path measures -------------------------------------------------------------------------

    def betweenness(self, weighting, normalized=True, endpoints=False):
        graph, weight, name = self.path_graph(weighting)
        kwargs = {"k": None, "normalized": normalized, "weight": weight, "endpoints": endpoints,
                  "seed": None}
        values = nx.betweenness_centrality(graph, **kwargs)
        suffix = ("" if normalized else "/unnormalized") + ("/endpoints" if endpoints else "")
        self._add(f"betweenness/{weighting}{suffix}", "betweenness",
                  call_string("nx.betweenness_centrality", {"G": name, **kwargs}).replace(f"G='{name}'", name),
                  kwargs, values, weighting=weighting,
                  parallel_edges="sum" if weighting == "distance" else ("min" if weighting == "length" else None))

    def edge_betweenness(self, weighting, normalized=True):
        graph, weight, name = self.path_graph(weighting)
        kwargs = {"k": None, "normalized": normalized, "weight": weight, "seed": None}
        values = nx.edge_betweenness_centrality(graph, **kwargs)
        if graph is not self.graph and self.graph.is_multigraph():
            values = self.split_edge_values(values, weighting)
        elif graph is not self.graph:
            values = {key: values[key] if key in values else values[(key[1], key[0])]
                      for key in self.edge_keys()}
            for key in self.edge_keys():
                if key[0] == key[1]:
                    values[key] = 0.0
        suffix = "" if normalized else "/unnormalized"
        self._add(f"edge-betweenness/{weighting}{suffix}", "edge-betweenness",
                  call_string("nx.edge_betweenness_centrality", {"G": name, **kwargs}).replace(f"G='{name}'", name),
                  kwargs, values, weighting=weighting, target="edges",
                  parallel_edges="sum" if weighting == "distance" else ("min" if weighting == "length" else None))

    def closeness(self, weighting, wf_improved=True):
        graph, weight, name = self.path_graph(weighting)
        kwargs = {"u": None, "distance": weight, "wf_improved": wf_improved}
        values = nx.closeness_centrality(graph, **kwargs)
        suffix = "" if wf_improved else "/plain"
        self._add(f"closeness/{weighting}{suffix}", "closeness",
                  call_string("nx.closeness_centrality", {"G": name, **kwargs}).replace(f"G='{name}'", name),
                  kwargs, values, weighting=weighting)

    def harmonic(self, weighting):
        graph, weight, name = self.path_graph(weighting)
        kwargs = {"nbunch": None, "distance": weight, "sources": None}
        values = nx.harmonic_centrality(graph, **kwargs)
        self._add(f"harmonic/{weighting}", "harmonic",
                  call_string("nx.harmonic_centrality", {"G": name, **kwargs}).replace(f"G='{name}'", name),
                  kwargs, values, weighting=weighting)

    # -- Spectral measures (NetworkX refuses multigraphs: H merges parallel edges) --------------

    def spectral_graph(self, weighting):
        """(graph, weight, name): G itself when simple; otherwise H merged by summing weights
        (`strength`) or counting edges (`ignore`), NetworkX's `to_scipy_sparse_array` semantics."""
        if not self.graph.is_multigraph():
            return self.graph, (None if weighting == "ignore" else "weight"), "G"
        h = self.merged("count" if weighting == "ignore" else "sum")
        return h, "weight", "H"

    def eigenvector(self, weighting):
        graph, weight, name = self.spectral_graph(weighting)
        kwargs = {"max_iter": SPECTRAL_MAX_ITER, "tol": SPECTRAL_TOL, "nstart": None, "weight": weight}
        try:
            values = nx.eigenvector_centrality(graph, **kwargs)
        except nx.PowerIterationFailedConvergence:
            print(f"  {self.name}: eigenvector/{weighting} did not converge; skipped")
            return
        self._add(f"eigenvector/{weighting}", "eigenvector",
                  call_string("nx.eigenvector_centrality", {"G": name, **kwargs}).replace(f"G='{name}'", name),
                  kwargs, values, weighting=weighting, parallel_edges="sum")

    def katz(self, weighting, normalized=True, beta=1.0):
        graph, weight, name = self.spectral_graph(weighting)
        # alpha at half the convergence limit 1/lambda_max, rounded to a short decimal.
        matrix = nx.to_numpy_array(graph, nodelist=list(graph), weight=weight)
        lambda_max = max(abs(numpy.linalg.eigvals(matrix))) if len(graph) else 1.0
        alpha = float(f"{0.5 / max(lambda_max, 1e-12):.3g}")
        kwargs = {"alpha": alpha, "beta": beta, "max_iter": SPECTRAL_MAX_ITER, "tol": SPECTRAL_TOL,
                  "nstart": None, "normalized": normalized, "weight": weight}
        values = nx.katz_centrality(graph, **kwargs)
        suffix = "" if normalized else "/unnormalized"
        self._add(f"katz/{weighting}{suffix}", "katz",
                  call_string("nx.katz_centrality", {"G": name, **kwargs}).replace(f"G='{name}'", name),
                  kwargs, values, weighting=weighting, parallel_edges="sum")

    def hits(self, weighting):
        """Power-iteration HITS (`_hits_python`, reads `weight`); notes whether SciPy's SVD-based
        `nx.hits` agrees (it need not when the leading singular value is repeated)."""
        graph, _, name = self.spectral_graph("strength")
        if weighting == "ignore":
            graph = nx.DiGraph(graph) if graph.is_directed() else nx.Graph(graph)
            nx.set_edge_attributes(graph, 1.0, "weight")
            if self.graph.is_multigraph():
                graph = self.merged("count")
            name = "H"
        if graph.number_of_edges() == 0:
            return
        kwargs = {"max_iter": SPECTRAL_MAX_ITER, "tol": SPECTRAL_TOL, "nstart": None, "normalized": True}
        hubs, authorities = _hits_python(graph, **kwargs)
        try:
            svd_hubs, svd_authorities = nx.hits(graph, max_iter=SPECTRAL_MAX_ITER, tol=0, nstart=None,
                                                normalized=True)
            agrees = all(abs(hubs[v] - svd_hubs[v]) < 1e-9 and abs(authorities[v] - svd_authorities[v]) < 1e-9
                         for v in graph)
        except Exception:  # noqa: BLE001 -- ARPACK may refuse tiny graphs
            agrees = False
        note = ("nx.hits (SVD) agrees within 1e-9" if agrees else
                "nx.hits (SVD) differs: the leading singular value is not simple, so the SVD "
                "returns another vector of the same singular space")
        call = call_string("_hits_python", {"G": name, **kwargs}).replace(f"G='{name}'", name)
        self._add(f"hubs/{weighting}", "hubs", call, kwargs, hubs, weighting=weighting,
                  parallel_edges="sum", note=note)
        self._add(f"authorities/{weighting}", "authorities", call, kwargs, authorities,
                  weighting=weighting, parallel_edges="sum", note=note)

    # -- Structure ------------------------------------------------------------------------------

    def core_number(self):
        g = self.graph
        h = (nx.DiGraph(g) if g.is_directed() else nx.Graph(g))
        h.remove_edges_from(list(nx.selfloop_edges(h)))
        name = "G" if (h.number_of_edges() == g.number_of_edges() and not g.is_multigraph()) else "H"
        self._add("coreness", "coreness", f"nx.core_number({name})", {}, nx.core_number(h),
                  weighting="ignore", parallel_edges="count",
                  note=None if name == "G" else "H = nx.Graph(G) or nx.DiGraph(G) without self-loops")

    def components(self):
        g = self.graph
        kinds = [("weak-components", nx.weakly_connected_components if g.is_directed()
                  else nx.connected_components)]
        kinds.append(("strong-components", nx.strongly_connected_components if g.is_directed()
                      else nx.connected_components))
        for identifier, function in kinds:
            sets = list(function(g))
            position = {node: i for i, node in enumerate(self.nodes)}
            sets.sort(key=lambda c: min(position[v] for v in c))
            index = {v: i for i, c in enumerate(sets) for v in c}
            self._add(identifier, identifier, f"nx.{function.__name__}(G)", {"count": len(sets)}, index,
                      note="component index per node, components numbered by their first node")

    def path_suite(self, weightings, endpoints=False):
        for weighting in weightings:
            self.betweenness(weighting)
            self.edge_betweenness(weighting)
            self.closeness(weighting)
            self.harmonic(weighting)
        self.betweenness("ignore", normalized=False)
        self.edge_betweenness("ignore", normalized=False)
        self.closeness("ignore", wf_improved=False)
        if endpoints:
            self.betweenness("ignore", endpoints=True)
            self.betweenness("ignore", normalized=False, endpoints=True)

    def spectral_suite(self, weightings):
        for weighting in weightings:
            self.eigenvector(weighting)
            self.katz(weighting)
            self.hits(weighting)
        self.katz(weightings[0], normalized=False)

    def full_suite(self, weighted, endpoints=False):
        path_weightings = ["ignore", "distance", "length"] if weighted else ["ignore"]
        self.path_suite(path_weightings, endpoints=endpoints)
        self.spectral_suite(["strength", "ignore"] if weighted else ["ignore"])
        self.core_number()
        self.components()

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
    w.full_suite(weighted=True, endpoints=True)
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
    w.full_suite(weighted=False)
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
    w.full_suite(weighted=True, endpoints=True)
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
    # The zero-weight edge f→a has no length, so only hop-count path measures apply.
    w.path_suite(["ignore"], endpoints=True)
    w.spectral_suite(["strength", "ignore"])
    w.core_number()
    w.components()
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
    w.full_suite(weighted=True)
    w.write()


def les_miserables():
    g = nx.les_miserables_graph()
    w = FixtureWriter("les_miserables", g, "nx.les_miserables_graph()",
                      "Knuth's Les Misérables co-appearance network, undirected, weighted by the "
                      "number of co-appearances.")
    w.degree("both", None)
    w.degree("both", "weight")
    w.full_suite(weighted=True)
    w.write()


def davis_southern_women():
    g = nx.davis_southern_women_graph()
    w = FixtureWriter("davis_southern_women", g, "nx.davis_southern_women_graph()",
                      "Davis' southern women and the events they attended: bipartite, undirected, "
                      "unweighted.")
    w.degree("both", None)
    w.full_suite(weighted=False)
    w.write()


def disconnected():
    g = nx.Graph()
    g.add_nodes_from(range(14))
    g.add_weighted_edges_from([
        (0, 1, 1.0), (1, 2, 2.0), (2, 3, 1.0), (3, 0, 4.0), (1, 3, 1.0),  # a 4-cycle with a chord
        (4, 5, 3.0), (5, 6, 1.0), (6, 7, 2.0),  # a path
        (8, 9, 1.0), (8, 10, 2.0), (8, 11, 0.5),  # a star
    ])  # 12 and 13 are isolated
    construction = (
        "G = nx.Graph(); G.add_nodes_from(range(14)); G.add_weighted_edges_from(["
        "(0,1,1.0), (1,2,2.0), (2,3,1.0), (3,0,4.0), (1,3,1.0), (4,5,3.0), (5,6,1.0), (6,7,2.0), "
        "(8,9,1.0), (8,10,2.0), (8,11,0.5)])"
    )
    w = FixtureWriter("disconnected", g, construction,
                      "A weighted undirected graph of four components (cycle with chord, path, star) "
                      "and two isolated nodes.")
    w.degree("both", None)
    w.path_suite(["ignore", "distance", "length"], endpoints=True)
    # Eigenvector and HITS are not unique on a disconnected graph; Katz is.
    w.katz("strength")
    w.katz("ignore")
    w.core_number()
    w.components()
    w.write()


def random_graphs():
    g = nx.gnp_random_graph(60, 0.08, seed=42)
    rng = random.Random(42)
    for u, v in g.edges():
        g[u][v]["weight"] = float(rng.randint(1, 9))
    w = FixtureWriter("gnp_60_008_seed42", g,
                      "G = nx.gnp_random_graph(60, 0.08, seed=42); weights "
                      "float(random.Random(42).randint(1, 9)) in G.edges() order",
                      "A seeded G(n, p) random graph with integer weights (likely tied path lengths).")
    w.full_suite(weighted=True)
    w.write()

    g = nx.barabasi_albert_graph(80, 2, seed=7)
    w = FixtureWriter("barabasi_albert_80_2_seed7", g, "nx.barabasi_albert_graph(80, 2, seed=7)",
                      "A seeded Barabási–Albert preferential-attachment graph, unweighted.")
    w.full_suite(weighted=False)
    w.write()

    g = nx.gnp_random_graph(50, 0.06, seed=3, directed=True)
    rng = random.Random(3)
    for u, v in g.edges():
        g[u][v]["weight"] = round(rng.uniform(0.5, 4.0), 3)
    w = FixtureWriter("directed_gnp_50_006_seed3", g,
                      "G = nx.gnp_random_graph(50, 0.06, seed=3, directed=True); weights "
                      "round(random.Random(3).uniform(0.5, 4.0), 3) in G.edges() order",
                      "A seeded directed G(n, p) random graph with real weights.")
    w.full_suite(weighted=True, endpoints=True)
    w.write()


def main():
    # NetworkX sums over sets in places (harmonic centrality); string hashing decides their order
    # and with it the last bit of a sum. A fixed hash seed makes regeneration byte-stable.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    karate_club()
    florentine_families()
    directed_dangling()
    multidigraph_parallel()
    multigraph_selfloop()
    les_miserables()
    davis_southern_women()
    disconnected()
    random_graphs()


if __name__ == "__main__":
    main()
