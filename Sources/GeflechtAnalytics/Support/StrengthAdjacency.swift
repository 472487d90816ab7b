import GeflechtCore

extension WeightedAdjacency {
  /// The adjacency that spectral measures (eigenvector, Katz, HITS) multiply by: weights read as
  /// strengths (`.strength`) or as 1 per edge (`.ignore`), parallel edges merged by `parallelEdges`,
  /// self-loops kept (once in an undirected graph, as in NetworkX's adjacency matrix).
  ///
  /// - Throws: `.unsupportedWeighting` for `.distance` and `.length`; `.negativeWeight` or
  ///   `.nonFiniteWeight` for an unusable weight under `.strength`.
  static func strengths(
    _ graph: Multigraph, direction: Direction, weighting: EdgeWeighting,
    parallelEdges: ParallelEdgePolicy, algorithm: String
  ) throws -> WeightedAdjacency {
    switch weighting {
    case .distance, .length:
      throw AnalyticsError.unsupportedWeighting(weighting, algorithm: algorithm)
    case .ignore:
      break
    case .strength:
      for e in graph.edgeIDs {
        let w = graph.weight(of: e)
        guard w.isFinite else { throw AnalyticsError.nonFiniteWeight(edge: e, weight: w) }
        guard w >= 0 else { throw AnalyticsError.negativeWeight(edge: e, weight: w) }
      }
    }
    return WeightedAdjacency(
      graph, direction: direction, weighting: weighting, parallelEdges: parallelEdges,
      selfLoops: .keep)
  }
}

/// Checks the parameters every power iteration shares.
func validateIteration(tolerance: Double, maxIterations: Int) throws {
  guard tolerance.isFinite, tolerance > 0 else {
    throw AnalyticsError.invalidParameter(
      name: "tolerance", value: "\(tolerance)", expected: "a positive number, such as 1e-6")
  }
  guard maxIterations >= 1 else {
    throw AnalyticsError.invalidParameter(
      name: "maxIterations", value: "\(maxIterations)", expected: "at least 1, such as 100")
  }
}

/// The Euclidean norm, scaled to avoid overflow.
func euclideanNorm(_ x: [Double]) -> Double {
  let largest = x.reduce(0) { Swift.max($0, abs($1)) }
  guard largest > 0, largest.isFinite else { return largest }
  var sum = 0.0
  for v in x {
    let scaled = v / largest
    sum += scaled * scaled
  }
  return largest * sum.squareRoot()
}
