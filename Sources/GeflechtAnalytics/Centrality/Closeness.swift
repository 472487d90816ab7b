import GeflechtCore

extension Centrality {
  /// Computes closeness centrality, with the Wasserman–Faust correction for disconnected graphs.
  ///
  /// Let R(v) be the nodes other than v from which v can be reached, r = |R(v)| and D(v) the sum of
  /// their distances to v. Then
  ///
  ///     C(v) = r / D(v)                       (usesWassermanFaust: false)
  ///     C(v) = r / D(v) · r / (n − 1)         (usesWassermanFaust: true, the default)
  ///
  /// and C(v) = 0 when D(v) = 0 (nothing reaches v, or n = 1). In a directed graph distances are
  /// measured *to* v along incoming paths, as NetworkX does; pass the reversed graph for outgoing
  /// closeness. Parallel edges merge before the search, self-loops are ignored.
  ///
  /// - Parameters:
  ///   - graph: The graph; an empty graph gives empty scores.
  ///   - weighting: `.ignore` (default) counts hops; `.distance` reads weight w as length 1/w;
  ///     `.length` reads w as the length. `.strength` is rejected.
  ///   - parallelEdges: `nil` (default) sums strengths under `.distance` and keeps the shortest edge
  ///     under `.length`.
  ///   - usesWassermanFaust: Scale by the reachable fraction r/(n − 1) (default `true`, NetworkX's
  ///     `wf_improved=True`).
  ///   - threadCount: Worker threads (default: all cores); the result does not depend on it.
  /// - Returns: One score per node, indexed by `NodeID`; measure `closeness`.
  /// - Throws: `AnalyticsError.unsupportedWeighting` for `.strength`; `.nonPositiveWeight` or
  ///   `.nonFiniteWeight` for an edge that cannot be a length; `CancellationError`.
  /// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted; O(n + m) space per thread.
  ///
  /// Matches `networkx.closeness_centrality(G, u=None, distance=None, wf_improved=True)`, or
  /// `distance="weight"` with `.length`. On the path a–b–c, b scores 2/2 = 1.0 and a and c score
  /// 2/3 ≈ 0.667; on a–b plus an isolated c, a and b score 1/1 · 1/2 = 0.5 and c scores 0.
  ///
  /// ## References
  /// - A. Bavelas, "Communication patterns in task-oriented groups", J. Acoust. Soc. Am.
  ///   22(6):725–730, 1950. doi:10.1121/1.1906679
  /// - S. Wasserman, K. Faust, "Social Network Analysis: Methods and Applications", Cambridge
  ///   University Press, 1994, p. 201. doi:10.1017/CBO9780511815478
  public static func closeness(
    in graph: Multigraph, weighting: EdgeWeighting = .ignore,
    parallelEdges: ParallelEdgePolicy? = nil, usesWassermanFaust: Bool = true,
    threadCount: Int? = nil
  ) throws -> NodeScores {
    let paths = try ShortestPathGraph(
      graph, direction: .incoming, weighting: weighting, parallelEdges: parallelEdges,
      algorithm: "Closeness")
    let n = graph.nodeCount
    let values = try perSourceScores(paths, threadCount: threadCount) { search, _ in
      var total = 0.0
      for i in 0..<search.reachedCount { total += search.distance[Int(search.order[i])] }
      guard total > 0, n > 1 else { return 0 }
      let reached = Double(search.reachedCount - 1)
      let closeness = reached / total
      return usesWassermanFaust ? closeness * reached / Double(n - 1) : closeness
    }
    return NodeScores(measure: "closeness", values: values)
  }
}
