/// How an algorithm reads edge weights.
///
/// Co-occurrence counts are strengths: a heavier edge is a closer tie. Path-based measures need
/// lengths, so they ask for `.distance`, which reads weight w as length 1/w. Imported graphs whose
/// weights already are lengths (kilometres, minutes) use `.length`, which reads w itself as the length,
/// as NetworkX's shortest-path functions do with `weight="weight"`.
public enum EdgeWeighting: String, Sendable, Hashable, CaseIterable {
  /// Every edge counts 1, whatever its weight.
  case ignore
  /// Weight w is the strength of the tie (larger is closer).
  case strength
  /// Weight w is read as length 1/w (larger is closer, hence shorter).
  case distance
  /// Weight w is itself a length (larger is farther), as NetworkX reads `weight` in shortest paths.
  case length
}

/// How parallel edges between the same pair merge into one value before an algorithm runs.
public enum ParallelEdgePolicy: String, Sendable, Hashable, CaseIterable {
  /// Add the weights, as NetworkX does for a `MultiGraph` converted to a matrix.
  case sum
  /// Keep the smallest weight.
  case min
  /// Keep the largest weight.
  case max
  /// Use the number of parallel edges as the weight.
  case count
}
