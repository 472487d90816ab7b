import GeflechtCore

extension Centrality {
  /// Computes eigenvector centrality: each node scores in proportion to the scores of the nodes that
  /// point to it.
  ///
  /// The scores are the principal eigenvector x of Aᵀ, Aᵀx = λx, where A[u][v] is the weight of u→v,
  /// scaled to Euclidean norm 1. In a directed graph a node is central when central nodes point to
  /// it (in-edges, as NetworkX's left eigenvector); an undirected edge points both ways. The power
  /// iteration runs on A + I, as NetworkX does, so that bipartite graphs converge:
  ///
  ///     x ← (x + Aᵀx) / ‖x + Aᵀx‖₂,  from x = 1/n,  until Σ_v |x(v) − x_previous(v)| < n · tolerance
  ///
  /// Parallel edges merge by `parallelEdges` (default `.sum`; with `.ignore` each edge counts 1, so
  /// k parallel edges weigh k); a self-loop is one diagonal entry.
  ///
  /// - Parameters:
  ///   - graph: A graph with at least one node.
  ///   - weighting: `.strength` (default) reads w as a tie strength; `.ignore` gives every edge 1.
  ///     `.distance` and `.length` are rejected.
  ///   - parallelEdges: How parallel edges merge (default `.sum`).
  ///   - tolerance: Per-node tolerance (default 1e-6, NetworkX's `tol`).
  ///   - maxIterations: The most iterations to run (default 100).
  /// - Returns: One non-negative score per node, indexed by `NodeID`, of Euclidean norm 1 (1/√n
  ///   each when the graph has no edges of positive weight, as NetworkX returns); measure
  ///   `eigenvector`.
  /// - Throws: `AnalyticsError.emptyGraph`; `.invalidParameter` for a non-positive tolerance or
  ///   fewer than 1 iteration; `.negativeWeight`, `.nonFiniteWeight`; `.unsupportedWeighting`;
  ///   `.didNotConverge` when `maxIterations` runs out; `CancellationError`.
  /// - Complexity: O(n + m) time per iteration, O(n + m) space.
  ///
  /// Matches `networkx.eigenvector_centrality(G, max_iter=maxIterations, tol=tolerance,
  /// nstart=None, weight="weight")` (`weight=None` for `.ignore`) on a `Graph`/`DiGraph`; NetworkX
  /// refuses multigraphs, and the merged graph stands in for them. In a star with three leaves the
  /// centre scores 1/√2 ≈ 0.707 and each leaf 1/√6 ≈ 0.408.
  ///
  /// ## References
  /// - P. Bonacich, "Factoring and weighting approaches to status scores and clique
  ///   identification", J. Math. Sociol. 2(1):113–120, 1972. doi:10.1080/0022250X.1972.9989806
  public static func eigenvector(
    in graph: Multigraph, weighting: EdgeWeighting = .strength,
    parallelEdges: ParallelEdgePolicy = .sum, tolerance: Double = 1e-6, maxIterations: Int = 100
  ) throws -> NodeScores {
    guard graph.nodeCount > 0 else {
      throw AnalyticsError.emptyGraph(algorithm: "Eigenvector centrality")
    }
    try validateIteration(tolerance: tolerance, maxIterations: maxIterations)
    let incoming = try WeightedAdjacency.strengths(
      graph, direction: .incoming, weighting: weighting, parallelEdges: parallelEdges,
      algorithm: "Eigenvector centrality")
    let values = try iterateEigenvector(
      incoming, tolerance: tolerance, maxIterations: maxIterations)
    return NodeScores(measure: "eigenvector", values: values)
  }

  private static func iterateEigenvector(
    _ incoming: WeightedAdjacency, tolerance: Double, maxIterations: Int
  ) throws -> [Double] {
    let n = incoming.nodeCount
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = x
    var residual = Double.infinity
    for _ in 0..<maxIterations {
      try Task.checkCancellation()
      for v in 0..<n {
        var sum = x[v]
        for k in incoming.range(of: v) { sum += x[Int(incoming.targets[k])] * incoming.weights[k] }
        next[v] = sum
      }
      let norm = euclideanNorm(next)
      let scale = norm == 0 ? 1 : 1 / norm
      residual = 0
      for v in 0..<n {
        next[v] *= scale
        residual += abs(next[v] - x[v])
      }
      swap(&x, &next)
      if residual < Double(n) * tolerance { return x }
    }
    throw AnalyticsError.didNotConverge(
      algorithm: "Eigenvector centrality", iterations: maxIterations, residual: residual,
      tolerance: tolerance)
  }
}
