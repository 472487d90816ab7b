import GeflechtCore

/// Hub and authority scores from `Centrality.hits(in:…)`.
public struct HubsAndAuthorities: Sendable, Equatable {
  /// Hub scores: high for nodes that point to good authorities; measure `hubs`.
  public let hubs: NodeScores
  /// Authority scores: high for nodes that good hubs point to; measure `authorities`.
  public let authorities: NodeScores
}

extension Centrality {
  /// Computes HITS hub and authority scores.
  ///
  /// Authorities a and hubs h reinforce each other along edges u→v of weight A[u][v]:
  ///
  ///     a ← Aᵀh,  h ← Aa,  each then divided by its largest entry,
  ///
  /// from h = 1/n, until Σ_v |h(v) − h_previous(v)| < tolerance (NetworkX's test, not scaled by n).
  /// With `normalized` each vector is finally divided by its sum. An undirected edge points both
  /// ways, so hubs equal authorities. Parallel edges merge by `parallelEdges` (default `.sum`);
  /// a self-loop is one diagonal entry.
  ///
  /// - Parameters:
  ///   - graph: A graph with at least one node and one edge of positive weight.
  ///   - weighting: `.strength` (default) reads w as a tie strength; `.ignore` gives every edge 1.
  ///     `.distance` and `.length` are rejected.
  ///   - parallelEdges: How parallel edges merge (default `.sum`).
  ///   - normalized: Make each vector sum to 1 (default `true`); otherwise its largest entry is 1.
  ///   - tolerance: L1 tolerance on the hub vector (default 1e-8, NetworkX's `tol`).
  ///   - maxIterations: The most iterations to run (default 100).
  /// - Returns: Hub and authority scores, indexed by `NodeID`.
  /// - Throws: `AnalyticsError.emptyGraph`; `.invalidParameter` for bad tolerance or iterations,
  ///   or a graph without an edge of positive weight (every score would be 0/0);
  ///   `.negativeWeight`, `.nonFiniteWeight`; `.unsupportedWeighting`; `.didNotConverge`;
  ///   `CancellationError`.
  /// - Complexity: O(n + m) time per iteration, O(n + m) space.
  ///
  /// Matches NetworkX's power iteration `networkx.algorithms.link_analysis.hits_alg._hits_python(G,
  /// max_iter=maxIterations, tol=tolerance, nstart=None, normalized=normalized)`, which reads the
  /// `weight` attribute, and `networkx.hits` (SciPy SVD) wherever the leading singular value is
  /// simple. Where it is not (a bipartite or disconnected graph with tied components), the SVD may
  /// return another vector of the same singular space; the power iteration's is the one reached
  /// from the uniform start. On the directed path a→b→c (normalized), hubs are a = b = 0.5,
  /// c = 0 and authorities a = 0, b = c = 0.5.
  ///
  /// ## References
  /// - J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", J. ACM
  ///   46(5):604–632, 1999. doi:10.1145/324133.324140
  public static func hits(
    in graph: Multigraph, weighting: EdgeWeighting = .strength,
    parallelEdges: ParallelEdgePolicy = .sum, normalized: Bool = true, tolerance: Double = 1e-8,
    maxIterations: Int = 100
  ) throws -> HubsAndAuthorities {
    guard graph.nodeCount > 0 else { throw AnalyticsError.emptyGraph(algorithm: "HITS") }
    try validateIteration(tolerance: tolerance, maxIterations: maxIterations)
    let outgoing = try WeightedAdjacency.strengths(
      graph, direction: .outgoing, weighting: weighting, parallelEdges: parallelEdges,
      algorithm: "HITS")
    guard outgoing.weights.contains(where: { $0 > 0 }) else {
      throw AnalyticsError.invalidParameter(
        name: "graph", value: "no edge of positive weight",
        expected: "a graph with at least one edge of positive weight for HITS")
    }
    var (hubs, authorities) = try iterateHITS(
      outgoing, tolerance: tolerance, maxIterations: maxIterations)
    if normalized {
      let hubSum = hubs.reduce(0, +)
      let authoritySum = authorities.reduce(0, +)
      hubs = hubs.map { $0 / hubSum }
      authorities = authorities.map { $0 / authoritySum }
    }
    return HubsAndAuthorities(
      hubs: NodeScores(measure: "hubs", values: hubs),
      authorities: NodeScores(measure: "authorities", values: authorities))
  }

  private static func iterateHITS(
    _ outgoing: WeightedAdjacency, tolerance: Double, maxIterations: Int
  ) throws -> (hubs: [Double], authorities: [Double]) {
    let n = outgoing.nodeCount
    var h = [Double](repeating: 1 / Double(n), count: n)
    var a = [Double](repeating: 0, count: n)
    var next = [Double](repeating: 0, count: n)
    var residual = Double.infinity
    for _ in 0..<maxIterations {
      try Task.checkCancellation()
      for v in 0..<n { a[v] = 0 }
      for u in 0..<n {
        for k in outgoing.range(of: u) { a[Int(outgoing.targets[k])] += h[u] * outgoing.weights[k] }
      }
      for u in 0..<n {
        var sum = 0.0
        for k in outgoing.range(of: u) { sum += a[Int(outgoing.targets[k])] * outgoing.weights[k] }
        next[u] = sum
      }
      let hubMax = next.max() ?? 0
      let authorityMax = a.max() ?? 0
      guard hubMax > 0, authorityMax > 0 else {
        throw AnalyticsError.didNotConverge(
          algorithm: "HITS", iterations: maxIterations, residual: .nan, tolerance: tolerance)
      }
      residual = 0
      for v in 0..<n {
        next[v] /= hubMax
        a[v] /= authorityMax
        residual += abs(next[v] - h[v])
      }
      swap(&h, &next)
      if residual < tolerance { return (h, a) }
    }
    throw AnalyticsError.didNotConverge(
      algorithm: "HITS", iterations: maxIterations, residual: residual, tolerance: tolerance)
  }
}
