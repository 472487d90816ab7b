import GeflechtCore

/// Community detection: modularity and the algorithms that optimise it.
///
/// Every function returns or reads a `Partition` whose communities are numbered 0, 1, … in order
/// of their first node. Randomized algorithms take a `seed` and give the same partition for the
/// same seed, graph and parameters. See Guides/Louvain.md, Guides/Leiden.md and
/// Guides/LabelPropagation.md.
public enum Community {}

extension Community {
  /// Computes the modularity of a partition, Newman's measure of how much more weight falls
  /// inside communities than expected at random.
  ///
  /// Undirected, with m the total edge weight, k(v) the weighted degree (a self-loop counts twice)
  /// and L_c the weight of edges inside community c:
  ///
  ///     Q = Σ_c [ L_c / m − γ · (Σ_{v∈c} k(v))² / (2m)² ]
  ///
  /// Directed (Leicht–Newman), with out- and in-strengths:
  ///
  ///     Q = Σ_c [ L_c / m − γ · (Σ_{v∈c} kout(v)) · (Σ_{v∈c} kin(v)) / m² ]
  ///
  /// Parallel edges count separately (their weights add up), as in a NetworkX `MultiGraph`.
  ///
  /// - Parameters:
  ///   - partition: One community number per node of `graph`.
  ///   - graph: The graph; its total weight must be positive.
  ///   - resolution: γ ≥ 0 (default 1). Below 1 favours larger communities, above 1 smaller ones.
  ///   - weighting: `.strength` (default) reads weights; `.ignore` counts each edge as 1.
  ///     `.distance` is rejected.
  /// - Returns: Q, at most 1.
  /// - Throws: `AnalyticsError.invalidParameter` for a negative resolution or a graph without
  ///   edge weight; `.negativeWeight`/`.nonFiniteWeight` for unusable weights;
  ///   `.unsupportedWeighting` for `.distance`.
  /// - Complexity: O(n + m) time and O(n) extra space.
  ///
  /// Matches `networkx.community.modularity(G, communities, weight="weight",
  /// resolution=γ)`, or `weight=None` for `.ignore`, to 1e-9. On two triangles {a,b,c} and
  /// {d,e,f} joined by the edge c–d (m = 7), the split into the two triangles gives
  /// Q = 2·(3/7 − (7/14)²) = 5/14 ≈ 0.357.
  ///
  /// ## References
  /// - M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23):8577–8582,
  ///   2006. doi:10.1073/pnas.0601602103
  /// - E. A. Leicht, M. E. J. Newman, "Community structure in directed networks", Phys. Rev. Lett.
  ///   100:118703, 2008. doi:10.1103/PhysRevLett.100.118703
  public static func modularity(
    of partition: Partition, in graph: Multigraph, resolution: Double = 1,
    weighting: EdgeWeighting = .strength
  ) throws -> Double {
    precondition(
      partition.community.count == graph.nodeCount,
      "partition has \(partition.community.count) entries for a graph of \(graph.nodeCount) nodes")
    try validateResolution(resolution)
    try validateWeights(graph, weighting: weighting, algorithm: "modularity")
    let k = partition.communityCount
    var inside = [Double](repeating: 0, count: k)
    var outSum = [Double](repeating: 0, count: k)
    var inSum = [Double](repeating: 0, count: k)
    var m = 0.0
    for e in graph.edgeIDs {
      let s = graph.source(of: e).index
      let t = graph.target(of: e).index
      let w = weighting == .ignore ? 1 : graph.weight(of: e)
      let cs = partition.community[s]
      let ct = partition.community[t]
      precondition(cs >= 0 && ct >= 0, "partition has a negative community number")
      m += w
      outSum[cs] += w
      if graph.isDirected { inSum[ct] += w } else { outSum[ct] += w }
      if cs == ct { inside[cs] += w }
    }
    guard m > 0 else {
      throw AnalyticsError.invalidParameter(
        name: "graph", value: "total edge weight \(m)",
        expected: "a graph with positive total edge weight (modularity divides by it)")
    }
    var q = 0.0
    for c in 0..<k {
      if graph.isDirected {
        q += inside[c] / m - resolution * outSum[c] * inSum[c] / (m * m)
      } else {
        q += inside[c] / m - resolution * outSum[c] * outSum[c] / (4 * m * m)
      }
    }
    return q
  }

  /// Numbers `labels` 0, 1, … in order of first node and wraps them in a `Partition`.
  static func partition(_ labels: [Int], algorithm: String) -> Partition {
    var labels = labels
    var scratch: [Int] = []
    _ = renumberInOrderOfFirstNode(&labels, scratch: &scratch)
    return Partition(algorithm: algorithm, community: labels)
  }
}
