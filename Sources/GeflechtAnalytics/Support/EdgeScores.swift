import GeflechtCore

/// One score per edge of a graph, indexed by `EdgeID`, with the name of the measure.
///
/// The edge counterpart of `NodeScores` (which lives in Core). Parallel edges each get their own
/// score; see the algorithm for how a merged value is split among them.
public struct EdgeScores: Sendable, Equatable {
  public let measure: String
  public let values: [Double]

  public init(measure: String, values: [Double]) {
    self.measure = measure
    self.values = values
  }

  public subscript(edge: EdgeID) -> Double { values[edge.index] }

  /// Edge ids by descending score; ties broken by ascending `EdgeID`, so the order is stable.
  public func ranked() -> [EdgeID] {
    values.indices.sorted { a, b in
      values[a] != values[b] ? values[a] > values[b] : a < b
    }.map { EdgeID($0) }
  }
}
