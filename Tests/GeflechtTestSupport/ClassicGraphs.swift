import GeflechtCore

/// Small graphs with hand-checkable scores, built from node labels.
public enum ClassicGraphs {
  /// A graph on `nodes` (keys and labels) with the given (source, target, weight) edges.
  public static func graph(
    directed: Bool, nodes: [String], edges: [(String, String, Double)]
  ) -> Multigraph {
    var builder = MultigraphBuilder(directed: directed)
    var ids: [String: NodeID] = [:]
    for label in nodes { ids[label] = builder.addNode(Node(key: EntityKey(label), label: label)) }
    for (s, t, w) in edges {
      guard let source = ids[s], let target = ids[t] else {
        preconditionFailure("edge \(s)→\(t) names a node not in \(nodes)")
      }
      builder.addEdge(Edge(source: source, target: target, weight: w))
    }
    return builder.build()
  }

  /// The path through `nodes` in order, with weight 1 on every edge unless `weights` are given.
  public static func path(_ nodes: [String], directed: Bool = false, weights: [Double]? = nil)
    -> Multigraph
  {
    let w = weights ?? [Double](repeating: 1, count: max(nodes.count - 1, 0))
    precondition(w.count == max(nodes.count - 1, 0), "a path on \(nodes.count) nodes has \(nodes.count - 1) edges")
    let edges = (0..<w.count).map { (nodes[$0], nodes[$0 + 1], w[$0]) }
    return graph(directed: directed, nodes: nodes, edges: edges)
  }

  /// The undirected star with centre `hub` (node 0) and leaves `leaf1`, `leaf2`, … (nodes 1…).
  public static func star(leaves: Int) -> Multigraph {
    let names = ["hub"] + (0..<leaves).map { "leaf\($0 + 1)" }
    return graph(directed: false, nodes: names, edges: names.dropFirst().map { ("hub", $0, 1) })
  }
}
