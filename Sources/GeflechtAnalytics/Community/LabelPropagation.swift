import GeflechtCore

extension Community {
  /// Finds communities by asynchronous label propagation: every node repeatedly adopts the label
  /// most common among its neighbours, until each node holds a most common label.
  ///
  /// Each node starts with its own label. Each round visits the nodes in a fresh seeded random
  /// order; a node with neighbours counts its neighbours' labels (by number of distinct
  /// neighbours under `.ignore`, by summed edge weight, parallel edges included, under
  /// `.strength`) and, unless its label is already among the most frequent, takes one of those
  /// at random. The rounds stop when no node changes. Directed graphs follow outgoing edges
  /// (successors), as NetworkX does; a self-loop lets a node count its own label.
  ///
  /// - Parameters:
  ///   - graph: A graph with at least one node.
  ///   - seed: Seeds the `SplitMix64` for the visiting order and the tie breaks.
  ///   - weighting: `.ignore` (default, NetworkX's `weight=None`) or `.strength`.
  ///     `.distance` is rejected.
  ///   - maxRounds: The most rounds before giving up (default 1000).
  /// - Returns: The label groups, numbered in order of first node; algorithm
  ///   `label-propagation`. The result does not optimise modularity and may differ by seed.
  /// - Throws: `AnalyticsError.emptyGraph`, `.negativeWeight`/`.nonFiniteWeight`,
  ///   `.unsupportedWeighting`, `.didNotConverge` (residual = nodes changed in the last round)
  ///   when `maxRounds` run out; `CancellationError`.
  /// - Complexity: O(m) time per round, usually a handful of rounds; O(n + m) extra space.
  ///
  /// Has the semantics of `networkx.community.asyn_lpa_communities(G, weight=None, seed=…)`
  /// (not `fast_label_propagation_communities`), with its own random stream, so the groups for
  /// a given seed may differ from NetworkX's. On two triangles joined by one edge it finds the
  /// two triangles for most seeds; on a graph without edges every node is alone.
  ///
  /// ## References
  /// - U. N. Raghavan, R. Albert, S. Kumara, "Near linear time algorithm to detect community
  ///   structures in large-scale networks", Phys. Rev. E 76:036106, 2007.
  ///   doi:10.1103/PhysRevE.76.036106
  public static func labelPropagation(
    in graph: Multigraph, seed: UInt64 = 0, weighting: EdgeWeighting = .ignore,
    maxRounds: Int = 1000
  ) throws -> Partition {
    guard graph.nodeCount > 0 else { throw AnalyticsError.emptyGraph(algorithm: "label propagation") }
    guard maxRounds >= 1 else {
      throw AnalyticsError.invalidParameter(
        name: "maxRounds", value: "\(maxRounds)", expected: "at least 1, such as 1000")
    }
    try validateWeights(graph, weighting: weighting, algorithm: "label propagation")
    let adjacency = WeightedAdjacency(
      graph, direction: .outgoing, weighting: weighting,
      parallelEdges: weighting == .ignore ? .max : .sum, selfLoops: .keep)
    let n = graph.nodeCount
    var labels = Array(0..<n)
    var rng = SplitMix64(seed: seed)
    var scratch = [Double](repeating: 0, count: n)
    var seen = [Bool](repeating: false, count: n)
    var touched: [Int] = []
    var best: [Int] = []
    var order = Array(0..<n)
    for _ in 0..<maxRounds {
      try Task.checkCancellation()
      rng.shuffle(&order)
      var changes = 0
      for u in order where adjacency.degree(of: u) > 0 {
        for k in adjacency.range(of: u) {
          let l = labels[Int(adjacency.targets[k])]
          if !seen[l] {
            seen[l] = true
            touched.append(l)
          }
          scratch[l] += adjacency.weights[k]
        }
        var top = -Double.infinity
        for l in touched where scratch[l] > top { top = scratch[l] }
        best.removeAll(keepingCapacity: true)
        for l in touched where scratch[l] == top { best.append(l) }
        for l in touched {
          scratch[l] = 0
          seen[l] = false
        }
        touched.removeAll(keepingCapacity: true)
        if !best.contains(labels[u]) {
          labels[u] = best[rng.nextIndex(below: best.count)]
          changes += 1
        }
      }
      if changes == 0 { return partition(labels, algorithm: "label-propagation") }
    }
    throw AnalyticsError.didNotConverge(
      algorithm: "Label propagation", iterations: maxRounds, residual: .nan, tolerance: 0)
  }
}
