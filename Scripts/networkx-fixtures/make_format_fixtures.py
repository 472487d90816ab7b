#!/usr/bin/env python3
"""Writes the graph files that the reader tests load: the same graphs as NetworkX's own writers
produce them (GraphML, GEXF, edge lists), so the tests check Geflecht against a real producer.
Run from the repository root: python3 Scripts/networkx-fixtures/make_format_fixtures.py"""
import json
import os

import networkx as nx

OUT = os.path.join("Tests", "GeflechtFormatsTests", "Fixtures")


def main():
    os.makedirs(OUT, exist_ok=True)
    karate = nx.karate_club_graph()
    nx.write_graphml(karate, os.path.join(OUT, "karate.graphml"))
    nx.write_gexf(karate, os.path.join(OUT, "karate.gexf"))
    nx.write_weighted_edgelist(karate, os.path.join(OUT, "karate.edgelist"))
    with open(os.path.join(OUT, "karate.csv"), "w", encoding="utf-8") as f:
        f.write("Source,Target,Weight\n")
        for u, v, w in karate.edges(data="weight"):
            f.write(f"{u},{v},{w}\n")

    # A directed multigraph with hostile names and typed attributes.
    g = nx.MultiDiGraph()
    g.add_node("org:köln", label='Stadtwerke "Köln" & Söhne <GmbH>', kind="organization", rank=3, active=True)
    g.add_node("person:x", label="Back\\slash\nNewline", kind="person", rank=1, active=False)
    g.add_edge("org:köln", "person:x", key="a", relation="hires", weight=2.5)
    g.add_edge("org:köln", "person:x", key="b", relation="co_occurs", weight=1.0)
    g.add_edge("person:x", "org:köln", key="c", relation="leads", weight=0.5)
    nx.write_graphml(g, os.path.join(OUT, "hostile.graphml"))
    nx.write_gexf(g, os.path.join(OUT, "hostile.gexf"))

    expected = {
        "karate": {
            "nodes": karate.number_of_nodes(),
            "edges": karate.number_of_edges(),
            "total_weight": sum(w for _, _, w in karate.edges(data="weight")),
            "directed": False,
        },
        "hostile": {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "labels": sorted(d["label"] for _, d in g.nodes(data=True)),
            "total_weight": sum(w for _, _, w in g.edges(data="weight")),
            "directed": True,
        },
        "networkx": nx.__version__,
    }
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
