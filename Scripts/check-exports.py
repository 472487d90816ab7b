#!/usr/bin/env python3
"""Loads every export of a graph in the tool that consumes it and checks that the numbers of nodes and
edges and the attributes survive: NetworkX (node-link JSON, GraphML, GEXF, Cytoscape JSON), python-igraph
(GraphML), Graphviz's `dot` (DOT), Python's csv module with Gephi's and neo4j-admin's headers, and a local
pyspark session with GraphFrames' column layout where pyspark and Java are installed.

usage: check-exports.py GRAPH_FOLDER   (a folder the main job wrote: geflecht.json, geflecht.graphml, …)"""
import csv
import json
import os
import shutil
import subprocess
import sys

import networkx as nx

failures = []


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name + (f": {detail}" if detail and not condition else ""))
    if not condition:
        failures.append(name)


def main():
    folder = sys.argv[1]
    path = lambda *p: os.path.join(folder, *p)  # noqa: E731
    data = json.load(open(path("geflecht.json"), encoding="utf-8"))
    reference = nx.node_link_graph(data, edges="edges")
    n, m = reference.number_of_nodes(), reference.number_of_edges()
    labels = {k: d["label"] for k, d in reference.nodes(data=True)}
    kinds = {k: d.get("kind") for k, d in reference.nodes(data=True)}
    relations = sorted(d.get("relation") for _, _, d in reference.edges(data=True))
    weight = round(sum(d["weight"] for _, _, d in reference.edges(data=True)), 9)
    evidence = sorted(json.dumps(d["evidence"], sort_keys=True) for _, _, d in reference.edges(data=True))
    print(f"reference: {n} nodes, {m} edges")

    g = nx.read_graphml(path("geflecht.graphml"))
    check("graphml/networkx counts", (g.number_of_nodes(), g.number_of_edges()) == (n, m), f"{g.number_of_nodes()}/{g.number_of_edges()}")
    check("graphml/networkx labels+kinds", {k: d["label"] for k, d in g.nodes(data=True)} == labels and {k: d.get("kind") for k, d in g.nodes(data=True)} == kinds)
    check("graphml/networkx relations", sorted(d.get("relation") for _, _, d in g.edges(data=True)) == relations)
    check("graphml/networkx weight", round(sum(d["weight"] for _, _, d in g.edges(data=True)), 9) == weight)
    check("graphml/networkx evidence", sorted(json.dumps(json.loads(d["evidence"]), sort_keys=True) for _, _, d in g.edges(data=True)) == evidence)

    try:
        import igraph
        ig = igraph.Graph.Read_GraphML(path("geflecht.graphml"))
        check("graphml/igraph counts", (ig.vcount(), ig.ecount()) == (n, m), f"{ig.vcount()}/{ig.ecount()}")
        check("graphml/igraph labels", sorted(ig.vs["label"]) == sorted(labels.values()))
        check("graphml/igraph weight", round(sum(ig.es["weight"]), 9) == weight)
    except ImportError:
        check("graphml/igraph installed", False, "pip install python-igraph")

    gx = nx.read_gexf(path("geflecht.gexf"))
    check("gexf/networkx counts", (gx.number_of_nodes(), gx.number_of_edges()) == (n, m), f"{gx.number_of_nodes()}/{gx.number_of_edges()}")
    check("gexf/networkx labels", {k: d["label"] for k, d in gx.nodes(data=True)} == labels)
    check("gexf/networkx kinds", {k: d.get("kind") for k, d in gx.nodes(data=True)} == kinds)
    check("gexf/networkx weight", round(sum(d["weight"] for _, _, d in gx.edges(data=True)), 9) == weight)
    check("gexf/networkx viz", all("viz" in d and "color" in d["viz"] for _, d in gx.nodes(data=True)))

    cy = json.load(open(path("geflecht.cytoscape.json"), encoding="utf-8"))
    gc = nx.cytoscape_graph(cy)
    check("cytoscape/networkx counts", (gc.number_of_nodes(), gc.number_of_edges()) == (n, m), f"{gc.number_of_nodes()}/{gc.number_of_edges()}")
    check("cytoscape/networkx names", sorted(d["name"] for _, d in gc.nodes(data=True)) == sorted(labels.values()))

    if shutil.which("dot"):
        out = subprocess.run(["dot", "-Tcanon", path("geflecht.dot")], capture_output=True, text=True)
        check("dot parses DOT", out.returncode == 0, out.stderr[:200])
        canon = nx.nx_pydot.from_pydot if False else None  # noqa: F841
        check("dot keeps every node", out.stdout.count("kind=") == n)

    with open(path("csv", "nodes.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    check("csv nodes (Gephi headers)", len(rows) == n and {r["Id"]: r["Label"] for r in rows} == labels)
    with open(path("csv", "edges.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    check("csv edges (Gephi headers)", len(rows) == m and all(r["Type"] in ("Directed", "Undirected") for r in rows)
          and round(sum(float(r["Weight"]) for r in rows), 9) == weight)

    with open(path("neo4j", "nodes.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    check("neo4j nodes (:ID, :LABEL)", len(rows) == n and {r["id:ID"] for r in rows} == set(labels) and all(r[":LABEL"].startswith("Entity") for r in rows))
    with open(path("neo4j", "relationships.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    check("neo4j relationships (:START_ID, :END_ID, :TYPE)", len(rows) == m and all(r[":START_ID"] in labels and r[":END_ID"] in labels and r[":TYPE"] for r in rows))
    cypher = open(path("geflecht.cypher"), encoding="utf-8").read()
    check("cypher MERGE per node and edge", cypher.count("MERGE (n:Entity") == n and cypher.count("MERGE (a)-[r:") == m)

    spark_checked = False
    if shutil.which("java"):
        try:
            from pyspark.sql import SparkSession
            spark = SparkSession.builder.master("local[1]").appName("geflecht-check").config("spark.ui.enabled", "false").getOrCreate()
            v = spark.read.csv(path("graphframes", "vertices.csv"), header=True, multiLine=True, escape='"')
            e = spark.read.csv(path("graphframes", "edges.csv"), header=True, multiLine=True, escape='"')
            check("graphframes/pyspark counts", (v.count(), e.count()) == (n, m), f"{v.count()}/{e.count()}")
            check("graphframes/pyspark columns", v.columns[0] == "id" and e.columns[:2] == ["src", "dst"])
            spark.stop()
            spark_checked = True
        except ImportError:
            pass
    if not spark_checked:
        with open(path("graphframes", "vertices.csv"), encoding="utf-8", newline="") as f:
            vrows = list(csv.DictReader(f))
        with open(path("graphframes", "edges.csv"), encoding="utf-8", newline="") as f:
            erows = list(csv.DictReader(f))
        check("graphframes tables (csv module; pyspark not installed)", len(vrows) == n and len(erows) == m and "id" in vrows[0] and "src" in erows[0])

    print(f"{len(failures)} failed" if failures else "all exports load in their consumers")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
