extension Multigraph {
  /// The graph that rankings and communities read by default: edges whose status is not included by
  /// default (negated, speculative) are dropped unless `includesUncertain`, and in a directed graph
  /// every edge of a symmetric relation (`partners_with`, `co_occurs` …) is mirrored, so that it
  /// counts both ways as it means. Edges without a relation keep their direction.
  ///
  /// Complexity: O(n + m).
  public func analysisView(includesUncertain: Bool = false) -> Multigraph {
    var builder = MultigraphBuilder(directed: isDirected, attributes: attributes)
    for node in nodeData { builder.addNode(node) }
    for edge in edges where includesUncertain || edge.status.isIncludedByDefault {
      builder.addEdge(edge)
      if isDirected, edge.relation?.isSymmetric == true, edge.source != edge.target {
        var mirror = edge
        mirror.source = edge.target
        mirror.target = edge.source
        builder.addEdge(mirror)
      }
    }
    return builder.build()
  }
}
