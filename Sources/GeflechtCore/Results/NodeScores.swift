/// One score per node of a graph, indexed by `NodeID`, with the name of the measure.
public struct NodeScores: Sendable, Equatable {
  public let measure: String
  public let values: [Double]

  public init(measure: String, values: [Double]) {
    self.measure = measure
    self.values = values
  }

  public subscript(node: NodeID) -> Double { values[node.index] }

  /// Node ids by descending score; ties broken by ascending `NodeID`, so the order is stable.
  public func ranked() -> [NodeID] {
    values.indices.sorted { a, b in
      values[a] != values[b] ? values[a] > values[b] : a < b
    }.map { NodeID($0) }
  }
}
