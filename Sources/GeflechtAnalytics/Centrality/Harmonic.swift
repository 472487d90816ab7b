import GeflechtCore

extension Centrality {
  /// Computes harmonic centrality, the sum of inverse distances to every node.
  ///
  ///     H(v) = Σ_{u ≠ v} 1 / d(u, v)
  ///
  /// where unreachable pairs add 1/∞ = 0, so disconnected graphs need no correction. In a directed
  /// graph d(u, v) runs from u *to* v (incoming paths), as in NetworkX. The score is not
  /// normalized; divide by n − 1 for a value in 0…1. Parallel edges merge before the search,
  /// self-loops are ignored.
  ///
  /// - Parameters:
  ///   - graph: The graph; an empty graph gives empty scores.
  ///   - weighting: `.ignore` (default) counts hops; `.distance` reads weight w as length 1/w;
  ///     `.length` reads w as the length. `.strength` is rejected.
  ///   - parallelEdges: `nil` (default) sums strengths under `.distance` and keeps the shortest edge
  ///     under `.length`.
  ///   - threadCount: Worker threads (default: all cores); the result does not depend on it.
  /// - Returns: One score per node, indexed by `NodeID`; measure `harmonic`.
  /// - Throws: As `closeness(in:…)`.
  /// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted; O(n + m) space per thread.
  ///
  /// Matches `networkx.harmonic_centrality(G, nbunch=None, distance=None, sources=None)`, or
  /// `distance="weight"` with `.length`. On the path a–b–c, b scores 1 + 1 = 2 and a and c score
  /// 1 + 1/2 = 1.5.
  ///
  /// ## References
  /// - P. Boldi, S. Vigna, "Axioms for Centrality", Internet Mathematics 10(3–4):222–262, 2014.
  ///   doi:10.1080/15427951.2013.865686
  /// - M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285(3–4):539–546, 2000.
  ///   doi:10.1016/S0378-4371(00)00311-3
  public static func harmonic(
    in graph: Multigraph, weighting: EdgeWeighting = .ignore,
    parallelEdges: ParallelEdgePolicy? = nil, threadCount: Int? = nil
  ) throws -> NodeScores {
    let paths = try ShortestPathGraph(
      graph, direction: .incoming, weighting: weighting, parallelEdges: parallelEdges,
      algorithm: "Harmonic centrality")
    let values = try perSourceScores(paths, threadCount: threadCount) { search, _ in
      var total = 0.0
      for i in 1..<Swift.max(search.reachedCount, 1) {
        total += 1 / search.distance[Int(search.order[i])]
      }
      return total
    }
    return NodeScores(measure: "harmonic", values: values)
  }
}
