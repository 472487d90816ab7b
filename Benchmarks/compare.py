#!/usr/bin/env python3
"""Times Geflecht's analytics against NetworKit, igraph and NetworkX on the same graphs in the same
run, one thread each, and prints the ratios (peer time / Geflecht time: above 1 means Geflecht is faster).

usage: python3 Benchmarks/compare.py [--quick] [--workloads pagerank,louvain,kcore,betweenness]
Builds Benchmarks/ in release, writes the graphs to Benchmarks/.data/ (not committed), and runs every
tool in its own process so that peak memory is measured per tool."""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, ".data")

# name: (generator args, workloads that use it)
GRAPHS = {
    "BA(n=100000,m=10)/seed=42": ("ba", 100_000, 10, 42),
    "BA(n=20000,m=5)/seed=42": ("ba", 20_000, 5, 42),
}
WORKLOADS = {
    "pagerank": "BA(n=100000,m=10)/seed=42",
    "louvain": "BA(n=100000,m=10)/seed=42",
    "leiden": "BA(n=100000,m=10)/seed=42",
    "kcore": "BA(n=100000,m=10)/seed=42",
    "betweenness": "BA(n=20000,m=5)/seed=42",
}
QUICK = {"BA(n=100000,m=10)/seed=42": ("ba", 20_000, 10, 42), "BA(n=20000,m=5)/seed=42": ("ba", 3_000, 5, 42)}


def edge_file(name, spec):
    import networkx as nx
    os.makedirs(DATA, exist_ok=True)
    kind, n, m, seed = spec
    path = os.path.join(DATA, f"{kind}-{n}-{m}-{seed}.edgelist")
    if not os.path.exists(path):
        g = nx.barabasi_albert_graph(n, m, seed=seed)
        with open(path + ".tmp", "w") as f:
            for u, v in g.edges():
                f.write(f"{u} {v}\n")
        os.replace(path + ".tmp", path)
    return path


PEER_CODE = r'''
import json, resource, sys, time
tool, workload, path, repeats = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def timed(fn):
    times = []
    for _ in range(repeats):
        t = time.perf_counter(); out = fn(); times.append(time.perf_counter() - t)
    times.sort(); return times, out
if tool == "networkit":
    import networkit as nk
    nk.setNumberOfThreads(1)
    g = nk.readGraph(path, nk.Format.EdgeListSpaceZero)
    if workload == "pagerank":
        fn = lambda: nk.centrality.PageRank(g, damp=0.85, tol=1e-6).run()
    elif workload == "louvain":
        fn = lambda: nk.community.PLM(g, refine=False).run()
    elif workload == "leiden":
        fn = lambda: nk.community.ParallelLeiden(g).run()
    elif workload == "kcore":
        fn = lambda: nk.centrality.CoreDecomposition(g).run()
    elif workload == "betweenness":
        fn = lambda: nk.centrality.Betweenness(g).run()
    times, out = timed(fn)
    extra = {}
    if workload in ("louvain", "leiden"):
        extra["modularity"] = nk.community.Modularity().getQuality(out.getPartition(), g)
elif tool == "igraph":
    import igraph as ig
    g = ig.Graph.Read_Edgelist(path, directed=False)
    fns = {"pagerank": lambda: g.pagerank(damping=0.85), "louvain": lambda: g.community_multilevel(),
           "leiden": lambda: g.community_leiden(objective_function="modularity", n_iterations=10),
           "kcore": lambda: g.coreness(), "betweenness": lambda: g.betweenness()}
    times, out = timed(fns[workload])
    extra = {"modularity": g.modularity(out.membership)} if workload in ("louvain", "leiden") else {}
elif tool == "networkx":
    import networkx as nx
    g = nx.read_edgelist(path, nodetype=int)
    fns = {"pagerank": lambda: nx.pagerank(g, alpha=0.85, tol=1e-6), "louvain": lambda: nx.community.louvain_communities(g, seed=42),
           "kcore": lambda: nx.core_number(g), "betweenness": lambda: nx.betweenness_centrality(g),
           "leiden": lambda: nx.community.louvain_communities(g, seed=42)}
    times, out = timed(fns[workload])
    extra = {"modularity": nx.community.modularity(g, out)} if workload in ("louvain", "leiden") else {}
print(json.dumps(dict(tool=tool, workload=workload, min_s=times[0], median_s=times[len(times)//2],
                      peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000, **extra)))
'''


def run_peer(tool, workload, path, repeats, timeout):
    try:
        out = subprocess.run([sys.executable, "-c", PEER_CODE, tool, workload, path, str(repeats)],
                             capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"tool": tool, "workload": workload, "error": f"timeout after {timeout}s"}
    if out.returncode != 0:
        return {"tool": tool, "workload": workload, "error": (out.stderr.strip().splitlines() or ["failed"])[-1][:120]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small graphs, for a smoke run")
    parser.add_argument("--workloads", default=",".join(WORKLOADS))
    parser.add_argument("--peers", default="networkit,igraph,networkx")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    graphs = QUICK if args.quick else GRAPHS
    subprocess.run(["swift", "build", "-c", "release", "--package-path", HERE], check=True)
    binary = os.path.join(HERE, ".build", "release", "GeflechtBenchmarks")
    rows = []
    for workload in args.workloads.split(","):
        gname = WORKLOADS[workload]
        path = edge_file(gname, graphs[gname])
        repeats = 1 if workload == "betweenness" else 3
        out = subprocess.run([binary, workload, path, "--repeat", str(repeats), "--threads", str(args.threads)],
                             capture_output=True, text=True)
        if out.returncode != 0:
            rows.append({"tool": "geflecht", "workload": workload, "error": out.stderr.strip()[:120]})
            mine = None
        else:
            mine = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append(mine)
        for peer in [p for p in args.peers.split(",") if p]:  # --peers "" times Geflecht alone
            if peer == "networkx" and workload == "betweenness" and not args.quick:
                rows.append({"tool": peer, "workload": workload, "error": "skipped (hours on this graph)"})
                continue
            result = run_peer(peer, workload, path, repeats, timeout=1800)
            if mine and "min_s" in result:
                result["ratio"] = result["min_s"] / mine["min_s"]
            rows.append(result)
    print()
    print(f"{'workload':<12} {'tool':<10} {'min s':>9} {'median s':>9} {'peak MB':>8} {'peer/geflecht':>13}  notes")
    for r in rows:
        if "error" in r:
            print(f"{r['workload']:<12} {r['tool']:<10} {'':>9} {'':>9} {'':>8} {'':>13}  {r['error']}")
            continue
        notes = []
        if "modularity" in r:
            notes.append(f"modularity {r['modularity']:.4f}")
        if r["tool"] == "geflecht":
            notes.append(f"{r['nodes']} nodes, {r['edges']} edges, CSR {r['csr_mb']:.1f} MB, threads {r['threads']}")
        ratio = f"{r['ratio']:.2f}" if "ratio" in r else ""
        print(f"{r['workload']:<12} {r['tool']:<10} {r['min_s']:>9.3f} {r['median_s']:>9.3f} {r['peak_rss_mb']:>8.0f} {ratio:>13}  {'; '.join(notes)}")


if __name__ == "__main__":
    main()
