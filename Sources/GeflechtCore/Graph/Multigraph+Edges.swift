extension Multigraph {
  /// The graph's edges as a random-access collection of `Edge` values, indexed by `EdgeID.index`.
  /// Each element is built from the graph's columns when read (O(1)), so iterating does not keep
  /// m `Edge` values alive; collect into an array only when they must be kept.
  public struct Edges: RandomAccessCollection, Equatable, Sendable {
    let graph: Multigraph

    public var startIndex: Int { 0 }
    public var endIndex: Int { graph.edgeCount }

    public subscript(position: Int) -> Edge {
      precondition(
        position >= 0 && position < graph.edgeCount,
        "edge index \(position) is not in this graph of \(graph.edgeCount) edges")
      return graph.edgeValue(at: position)
    }

    /// Equal when both list equal edges in the same order.
    public static func == (a: Edges, b: Edges) -> Bool { a.elementsEqual(b) }
  }

  /// Edge `i` built from the columns.
  @inline(__always) func edgeValue(at i: Int) -> Edge {
    Edge(
      source: NodeID(edgeSources[i]), target: NodeID(edgeTargets[i]), key: edgeColumns.key(at: i),
      relation: edgeColumns.relation(at: i), status: edgeColumns.status(at: i),
      weight: edgeWeights[i], details: edgeColumns.details(at: i))
  }
}
