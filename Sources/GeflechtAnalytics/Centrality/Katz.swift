import GeflechtCore

extension Centrality {
  /// Computes Katz centrality: a node's score is a base β plus α times the scores of the nodes that
  /// point to it.
  ///
  ///     x(v) = α · Σ_u A[u][v] · x(u) + β
  ///
  /// found by iterating from x = 0 until Σ_v |x(v) − x_previous(v)| < n · tolerance. It converges
  /// when α < 1/λ_max, λ_max the largest eigenvalue of A. In a directed graph the sum runs over
  /// in-edges; an undirected edge points both ways. Parallel edges merge by `parallelEdges`
  /// (default `.sum`); a self-loop is one diagonal entry.
  ///
  /// - Parameters:
  ///   - graph: A graph with at least one node.
  ///   - alpha: The attenuation factor α (default 0.1); must be finite. 1/(largest total weight
  ///     entering a node) is always small enough, as it bounds 1/λ_max.
  ///   - beta: The base score β of every node (default 1.0); must be finite.
  ///   - normalized: Scale the result to Euclidean norm 1 (default `true`).
  ///   - weighting: `.strength` (default) reads w as a tie strength; `.ignore` gives every edge 1.
  ///     `.distance` and `.length` are rejected.
  ///   - parallelEdges: How parallel edges merge (default `.sum`).
  ///   - tolerance: Per-node tolerance (default 1e-6, NetworkX's `tol`).
  ///   - maxIterations: The most iterations to run (default 1000).
  /// - Returns: One score per node, indexed by `NodeID`; measure `katz`.
  /// - Throws: `AnalyticsError.emptyGraph`; `.invalidParameter` (also for an α so large that the
  ///   iteration overflows); `.negativeWeight`, `.nonFiniteWeight`; `.unsupportedWeighting`;
  ///   `.didNotConverge` when `maxIterations` runs out (α just below or above 1/λ_max);
  ///   `CancellationError`.
  /// - Complexity: O(n + m) time per iteration, O(n + m) space.
  ///
  /// Matches `networkx.katz_centrality(G, alpha=alpha, beta=beta, max_iter=maxIterations,
  /// tol=tolerance, nstart=None, normalized=normalized, weight="weight")` (`weight=None` for
  /// `.ignore`) with a scalar β, on a `Graph`/`DiGraph`. On the path a–b–c with α = 0.1, β = 1,
  /// unnormalized: b scores 1.2/0.98 ≈ 1.2245 and a and c 1.1/0.98 ≈ 1.1224.
  ///
  /// ## References
  /// - L. Katz, "A new status index derived from sociometric analysis", Psychometrika 18(1):39–43,
  ///   1953. doi:10.1007/BF02289026
  public static func katz(
    in graph: Multigraph, alpha: Double = 0.1, beta: Double = 1.0, normalized: Bool = true,
    weighting: EdgeWeighting = .strength, parallelEdges: ParallelEdgePolicy = .sum,
    tolerance: Double = 1e-6, maxIterations: Int = 1000
  ) throws -> NodeScores {
    guard graph.nodeCount > 0 else { throw AnalyticsError.emptyGraph(algorithm: "Katz centrality") }
    try validateIteration(tolerance: tolerance, maxIterations: maxIterations)
    guard alpha.isFinite else {
      throw AnalyticsError.invalidParameter(
        name: "alpha", value: "\(alpha)", expected: "finite and below 1/λ_max, such as 0.1")
    }
    guard beta.isFinite else {
      throw AnalyticsError.invalidParameter(
        name: "beta", value: "\(beta)", expected: "finite, such as 1.0")
    }
    let incoming = try WeightedAdjacency.strengths(
      graph, direction: .incoming, weighting: weighting, parallelEdges: parallelEdges,
      algorithm: "Katz centrality")
    var values = try iterateKatz(
      incoming, alpha: alpha, beta: beta, tolerance: tolerance, maxIterations: maxIterations)
    if normalized {
      let norm = euclideanNorm(values)
      if norm > 0 { values = values.map { $0 / norm } }
    }
    return NodeScores(measure: "katz", values: values)
  }

  private static func iterateKatz(
    _ incoming: WeightedAdjacency, alpha: Double, beta: Double, tolerance: Double,
    maxIterations: Int
  ) throws -> [Double] {
    let n = incoming.nodeCount
    var x = [Double](repeating: 0, count: n)
    var next = x
    var residual = Double.infinity
    for _ in 0..<maxIterations {
      try Task.checkCancellation()
      residual = 0
      for v in 0..<n {
        var sum = 0.0
        for k in incoming.range(of: v) { sum += x[Int(incoming.targets[k])] * incoming.weights[k] }
        next[v] = alpha * sum + beta
        residual += abs(next[v] - x[v])
      }
      swap(&x, &next)
      if residual < Double(n) * tolerance { return x }
      if !residual.isFinite {
        throw AnalyticsError.invalidParameter(
          name: "alpha", value: "\(alpha)",
          expected:
            "below 1/λ_max of the adjacency matrix (the iteration diverged); try a smaller alpha")
      }
    }
    throw AnalyticsError.didNotConverge(
      algorithm: "Katz centrality", iterations: maxIterations, residual: residual,
      tolerance: tolerance)
  }
}
