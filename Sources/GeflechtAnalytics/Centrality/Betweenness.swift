import GeflechtCore

/// Which sources a betweenness computation sums over.
public enum BetweennessSources: Sendable, Hashable {
  /// Every node is a source: the exact value.
  case all
  /// `pivots` distinct sources drawn with a SplitMix64 generator seeded by `seed`, and the sum
  /// rescaled as NetworkX does for `k` (Brandes & Pich 2007). `pivots >= n` is the exact value.
  case sample(pivots: Int, seed: UInt64)
}

extension Centrality {
  /// Computes shortest-path betweenness centrality for every node.
  ///
  /// The betweenness of v sums, over ordered pairs s ≠ t with s, t ≠ v, the fraction σ(s,t|v)/σ(s,t)
  /// of shortest s→t paths that pass through v (Brandes' dependency accumulation). Pairs without a
  /// path add nothing. An undirected graph counts each unordered pair once.
  ///
  /// Parallel edges merge into one arc before the search and self-loops are dropped; a path never
  /// counts k parallel edges as k paths (NetworkX semantics).
  ///
  /// - Parameters:
  ///   - graph: The graph; an empty graph gives empty scores.
  ///   - weighting: `.ignore` (default) counts hops (BFS); `.distance` reads weight w as length 1/w;
  ///     `.length` reads w itself as the length (Dijkstra). `.strength` is rejected.
  ///   - parallelEdges: How parallel edges merge first; `nil` (default) sums strengths for
  ///     `.distance` (then inverts) and keeps the shortest for `.length`. Irrelevant for `.ignore`.
  ///   - normalized: Divide by the number of pairs that can pass through v: (n−1)(n−2) for directed
  ///     graphs and (n−1)(n−2)/2 for undirected ones, or n(n−1) and n(n−1)/2 with endpoints
  ///     (default `true`).
  ///   - includesEndpoints: Count s and t as lying on their own paths (default `false`).
  ///   - sources: `.all` (default) for the exact value, or a seeded sample of pivots.
  ///   - threadCount: Worker threads (default: the active processor count). The result does not
  ///     depend on it: sources are cut into fixed chunks whose partial sums add in chunk order.
  /// - Returns: One score per node, indexed by `NodeID`; measure `betweenness`.
  /// - Throws: `AnalyticsError.unsupportedWeighting` for `.strength`; `.nonPositiveWeight` or
  ///   `.nonFiniteWeight` for an edge that cannot be a length; `.invalidParameter` for fewer than 1
  ///   pivot or thread; `CancellationError` if the task is cancelled (checked before and after
  ///   the parallel phase).
  /// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted (binary heap); O(n + m) extra
  ///   space per thread (about 300 bytes per node unweighted on an undirected graph) plus
  ///   O(min(n, 32)·n) for the chunk partials, for n nodes and m edges. Unweighted, on an
  ///   undirected graph of small diameter, eight breadth-first searches share each pass over the
  ///   arcs, with bottom-up levels (Then et al. 2014, Beamer et al. 2012); otherwise a
  ///   branch-free BFS without predecessor lists runs per source (see
  ///   `accumulateUnweightedNodeDependencies`).
  ///
  /// Matches `networkx.betweenness_centrality(G, k=None, normalized=normalized, weight=None,
  /// endpoints=includesEndpoints, seed=None)`; with `.length` `weight="weight"`, and with
  /// `.distance` the same call on a graph whose `weight` is 1/(summed strength). On the path
  /// a–b–c, b scores 1.0 normalized (1 of 1 pair) and a and c score 0.0.
  ///
  /// ## References
  /// - U. Brandes, "A Faster Algorithm for Betweenness Centrality",
  ///   J. Math. Sociol. 25(2):163–177, 2001. doi:10.1080/0022250X.2001.9990249
  /// - U. Brandes, "On variants of shortest-path betweenness centrality and their generic
  ///   computation", Social Networks 30(2):136–145, 2008. doi:10.1016/j.socnet.2007.11.001
  /// - U. Brandes, C. Pich, "Centrality Estimation in Large Networks", Int. J. Bifurcation and
  ///   Chaos 17(7):2303–2318, 2007. doi:10.1142/S0218127407018403
  /// - M. Then et al., "The More the Merrier: Efficient Multi-Source Graph Traversal",
  ///   PVLDB 8(4):449–460, 2014. doi:10.14778/2735496.2735507
  /// - S. Beamer, K. Asanović, D. Patterson, "Direction-Optimizing Breadth-First Search",
  ///   SC 2012. doi:10.1109/SC.2012.50
  public static func betweenness(
    in graph: Multigraph, weighting: EdgeWeighting = .ignore,
    parallelEdges: ParallelEdgePolicy? = nil, normalized: Bool = true,
    includesEndpoints: Bool = false, sources: BetweennessSources = .all, threadCount: Int? = nil
  ) throws -> NodeScores {
    let paths = try ShortestPathGraph(
      graph, direction: .outgoing, weighting: weighting, parallelEdges: parallelEdges,
      algorithm: "Betweenness")
    let chosen = try betweennessSources(
      sources, nodeCount: graph.nodeCount, threadCount: threadCount)
    try Task.checkCancellation()
    let sums =
      paths.isUnweighted
      ? accumulateUnweightedNodeDependencies(
        paths, sources: chosen, includesEndpoints: includesEndpoints, threadCount: threadCount)
      : accumulateDependencies(
        paths, sources: chosen, includesEndpoints: includesEndpoints, accumulatesArcs: false,
        threadCount: threadCount
      ).nodes
    try Task.checkCancellation()
    let values = rescaleNodes(
      sums, directed: graph.isDirected, normalized: normalized,
      includesEndpoints: includesEndpoints, sampled: chosen.count < graph.nodeCount ? chosen : nil)
    return NodeScores(measure: "betweenness", values: values)
  }

  /// Computes shortest-path betweenness centrality for every edge.
  ///
  /// The betweenness of an edge sums, over ordered pairs s ≠ t, the fraction of shortest s→t paths
  /// that use it. Parallel edges merge into one arc for the search; the arc's value is then split
  /// equally among the parallel edges that realise the merged weight: all of them for `.ignore`,
  /// `.sum` and `.count`, the ones with the smallest (largest) weight for `.min` (`.max`), as
  /// NetworkX's `_add_edge_keys` does. Self-loops score 0.
  ///
  /// - Parameters:
  ///   - graph: The graph; an empty graph gives empty scores.
  ///   - weighting: As `betweenness(in:…)`: `.ignore` (default), `.distance` or `.length`.
  ///   - parallelEdges: As `betweenness(in:…)`.
  ///   - normalized: Divide by n(n−1), or by n(n−1)/2 for undirected graphs (default `true`).
  ///   - sources: `.all` (default) or a seeded sample of pivots.
  ///   - threadCount: Worker threads; the result does not depend on it.
  /// - Returns: One score per edge, indexed by `EdgeID`; measure `edge-betweenness`.
  /// - Throws: As `betweenness(in:…)`.
  /// - Complexity: As `betweenness(in:…)`, plus O(min(n, 32)·m) for the chunk partials.
  ///
  /// Matches `networkx.edge_betweenness_centrality(G, k=None, normalized=normalized, weight=None,
  /// seed=None)` (or `weight="weight"` with `.length`), with the value of a `MultiGraph` edge key
  /// read per `EdgeID`. On the path a–b–c, unnormalized, both edges score 2.0 (pairs {a,b}, {a,c}
  /// and {b,c}, {a,c}); normalized by 3 they score 2/3.
  ///
  /// ## References
  /// - U. Brandes, "On variants of shortest-path betweenness centrality and their generic
  ///   computation", Social Networks 30(2):136–145, 2008. doi:10.1016/j.socnet.2007.11.001
  public static func edgeBetweenness(
    in graph: Multigraph, weighting: EdgeWeighting = .ignore,
    parallelEdges: ParallelEdgePolicy? = nil, normalized: Bool = true,
    sources: BetweennessSources = .all, threadCount: Int? = nil
  ) throws -> EdgeScores {
    let paths = try ShortestPathGraph(
      graph, direction: .outgoing, weighting: weighting, parallelEdges: parallelEdges,
      algorithm: "Edge betweenness")
    let chosen = try betweennessSources(
      sources, nodeCount: graph.nodeCount, threadCount: threadCount)
    try Task.checkCancellation()
    let sums = accumulateDependencies(
      paths, sources: chosen, includesEndpoints: false, accumulatesArcs: true,
      threadCount: threadCount)
    try Task.checkCancellation()
    let scale = edgeScale(
      nodeCount: graph.nodeCount, sourceCount: chosen.count, directed: graph.isDirected,
      normalized: normalized)
    let values = splitAmongParallelEdges(
      sums.arcs.map { $0 * scale }, paths: paths, graph: graph, weighting: weighting)
    return EdgeScores(measure: "edge-betweenness", values: values)
  }

  // MARK: - Phases

  /// The source nodes, ascending: all of them, or a seeded sample.
  private static func betweennessSources(
    _ sources: BetweennessSources, nodeCount n: Int, threadCount: Int?
  ) throws -> [Int] {
    if let threadCount, threadCount < 1 {
      throw AnalyticsError.invalidParameter(
        name: "threadCount", value: "\(threadCount)", expected: "at least 1, or nil for all cores")
    }
    switch sources {
    case .all:
      return Array(0..<n)
    case .sample(let pivots, let seed):
      guard pivots >= 1 else {
        throw AnalyticsError.invalidParameter(
          name: "pivots", value: "\(pivots)", expected: "at least 1, such as 100")
      }
      if pivots >= n { return Array(0..<n) }
      // Partial Fisher–Yates shuffle: the first `pivots` entries are a uniform sample.
      var generator = SplitMix64(seed: seed)
      var nodes = Array(0..<n)
      for i in 0..<pivots {
        let j = i + generator.nextIndex(below: n - i)
        nodes.swapAt(i, j)
      }
      return nodes[0..<pivots].sorted()
    }
  }

  /// Brandes' accumulation from every source: per-node sums of dependencies δ_s(v) and, when
  /// asked, per-arc sums of σ(s,v)/σ(s,w)·(1 + δ_s(w)) for arcs v→w, unscaled.
  static func accumulateDependencies(
    _ paths: ShortestPathGraph, sources: [Int], includesEndpoints: Bool, accumulatesArcs: Bool,
    threadCount: Int?
  ) -> (nodes: [Double], arcs: [Double]) {
    let n = paths.nodeCount
    let arcCount = accumulatesArcs ? paths.arcs.targets.count : 0
    let chunks = SourceChunks.chunkCount(for: sources.count)
    let threads = SourceChunks.threads(requested: threadCount, chunks: chunks)
    let nodePartials = SharedDoubles(count: chunks * n)
    let arcPartials = SharedDoubles(count: chunks * arcCount)
    let tables = SingleSourceSearch.arcTables(paths)
    SourceChunks.run(
      chunks: chunks, threads: threads,
      makeScratch: {
        SingleSourceSearch(
          paths, recordsPredecessors: true, arcSource: tables.arcSource,
          predecessorStart: tables.predecessorStart)
      },
      body: { search, chunk in
        let nodeSums = nodePartials.pointer + chunk * n
        let arcSums: UnsafeMutablePointer<Double>? =
          accumulatesArcs ? arcPartials.pointer + chunk * arcCount : nil
        for i in SourceChunks.range(of: chunk, chunks: chunks, sourceCount: sources.count) {
          search.run(from: sources[i])
          search.accumulate(
            source: sources[i], includesEndpoints: includesEndpoints, nodeSums: nodeSums,
            arcSums: arcSums)
        }
      })
    var nodes = [Double](repeating: 0, count: n)
    var arcs = [Double](repeating: 0, count: arcCount)
    for chunk in 0..<chunks {
      for v in 0..<n { nodes[v] += nodePartials[chunk * n + v] }
      for a in 0..<arcCount { arcs[a] += arcPartials[chunk * arcCount + a] }
    }
    return (nodes, arcs)
  }

  /// NetworkX's `_rescale` for node betweenness, including its sampling correction: with pivots
  /// and without endpoints, a pivot cannot be its own source, so it is scaled by k − 1.
  private static func rescaleNodes(
    _ sums: [Double], directed: Bool, normalized: Bool, includesEndpoints: Bool, sampled: [Int]?
  ) -> [Double] {
    let n = sums.count
    let pairs = includesEndpoints ? n : n - 1
    guard pairs >= 2 else { return sums }
    let correction = directed ? 1.0 : 2.0
    let pairTotal = Double(pairs)
    guard let sampled else {
      let scale = normalized ? 1 / (pairTotal * (pairTotal - 1)) : 1 / correction
      return sums.map { $0 * scale }
    }
    let k = Double(sampled.count)
    if includesEndpoints {
      let scale = normalized ? 1 / (k * (pairTotal - 1)) : pairTotal / (k * correction)
      return sums.map { $0 * scale }
    }
    let scaleSource =
      k > 1
      ? (normalized ? 1 / ((k - 1) * (pairTotal - 1)) : pairTotal / ((k - 1) * correction))
      : Double.nan
    let scaleOther = normalized ? 1 / (k * (pairTotal - 1)) : pairTotal / (k * correction)
    var isSource = [Bool](repeating: false, count: n)
    for s in sampled { isSource[s] = true }
    return sums.indices.map { sums[$0] * (isSource[$0] ? scaleSource : scaleOther) }
  }

  /// NetworkX's `_rescale` for edges (endpoints always counted, so pairTotal = n).
  private static func edgeScale(
    nodeCount n: Int, sourceCount k: Int, directed: Bool, normalized: Bool
  )
    -> Double
  {
    guard n >= 2 else { return 1 }
    let pairTotal = Double(n)
    let sourceTotal = Double(k)
    return normalized
      ? 1 / (sourceTotal * (pairTotal - 1)) : pairTotal / (sourceTotal * (directed ? 1 : 2))
  }

  /// Maps arc values to edges: an undirected edge gets both of its arcs, and a merged value is split
  /// equally among the parallel edges that realise the merged weight.
  private static func splitAmongParallelEdges(
    _ arcValues: [Double], paths: ShortestPathGraph, graph: Multigraph, weighting: EdgeWeighting
  ) -> [Double] {
    let arcs = paths.arcs
    func arc(_ u: Int, _ v: Int) -> Int {
      var low = arcs.offsets[u]
      var high = arcs.offsets[u + 1]
      while low < high {
        let mid = (low + high) / 2
        if Int(arcs.targets[mid]) < v { low = mid + 1 } else { high = mid }
      }
      precondition(
        low < arcs.offsets[u + 1] && Int(arcs.targets[low]) == v, "edge \(u)→\(v) has no arc")
      return low
    }
    func realisesMergedWeight(_ e: EdgeID, _ a: Int) -> Bool {
      guard weighting != .ignore else { return true }
      switch paths.parallelEdges {
      case .sum, .count: return true
      case .min, .max: return graph.weight(of: e) == arcs.weights[a]
      }
    }
    var values = [Double](repeating: 0, count: graph.edgeCount)
    var key = [Int](repeating: -1, count: graph.edgeCount)
    var shareCount = [Int](repeating: 0, count: arcs.targets.count)
    for e in graph.edgeIDs {
      let s = graph.source(of: e).index
      let t = graph.target(of: e).index
      guard s != t else { continue }
      let canonical = graph.isDirected ? arc(s, t) : arc(Swift.min(s, t), Swift.max(s, t))
      guard realisesMergedWeight(e, canonical) else { continue }
      key[e.index] = canonical
      shareCount[canonical] += 1
    }
    for e in graph.edgeIDs where key[e.index] >= 0 {
      let s = graph.source(of: e).index
      let t = graph.target(of: e).index
      let total =
        graph.isDirected ? arcValues[arc(s, t)] : arcValues[arc(s, t)] + arcValues[arc(t, s)]
      values[e.index] = total / Double(shareCount[key[e.index]])
    }
    return values
  }
}

extension SingleSourceSearch {
  /// Brandes' dependency accumulation for the search just run from `source`, in reverse order of
  /// distance, adding δ_s(w) to `nodeSums[w]` (plus 1 per reached w and reached − 1 to the source
  /// with endpoints) and each arc's share to `arcSums`. Leaves `delta` zero.
  mutating func accumulate(
    source s: Int, includesEndpoints: Bool, nodeSums: UnsafeMutablePointer<Double>,
    arcSums: UnsafeMutablePointer<Double>?
  ) {
    let reached = reachedCount
    if includesEndpoints { nodeSums[s] += Double(reached - 1) }
    var j = reached - 1
    while j >= 0 {
      let w = Int(order[j])
      let coefficient = (1 + delta[w]) / sigma[w]
      let start = predecessorStart[w]
      for p in start..<(start + Int(predecessorCount[w])) {
        let a = Int(predecessorArcs[p])
        let v = Int(arcSource[a])
        let c = sigma[v] * coefficient
        if let arcSums { arcSums[a] += c }
        delta[v] += c
      }
      if w != s { nodeSums[w] += includesEndpoints ? delta[w] + 1 : delta[w] }
      j -= 1
    }
    for i in 0..<reached { delta[Int(order[i])] = 0 }
  }
}
