import GeflechtAnalytics
import GeflechtCore

/// Seeded random multigraphs for property tests that compare two routes.
enum RandomGraphs {
  /// Each ordered (directed) or unordered (undirected) pair gets an edge with probability
  /// `edgeProbability`, sometimes a parallel copy, and self-loops when `selfLoops`. Weights are
  /// `weight(generator)`.
  static func make(
    nodes n: Int, edgeProbability: Double, directed: Bool, selfLoops: Bool = true,
    parallelProbability: Double = 0.2, seed: UInt64,
    weight: (inout SplitMix64) -> Double = { Double.random(in: 0.5...5, using: &$0) }
  ) -> Multigraph {
    var generator = SplitMix64(seed: seed)
    var builder = MultigraphBuilder(directed: directed)
    for i in 0..<n { builder.addNode(Node(key: EntityKey("v\(i)"), label: "v\(i)")) }
    for s in 0..<n {
      for t in (directed ? 0 : s)..<n where selfLoops || s != t {
        guard Double.random(in: 0..<1, using: &generator) < edgeProbability else { continue }
        let copies = Double.random(in: 0..<1, using: &generator) < parallelProbability ? 2 : 1
        for _ in 0..<copies {
          builder.addEdge(Edge(source: NodeID(s), target: NodeID(t), weight: weight(&generator)))
        }
      }
    }
    return builder.build()
  }

  /// The graph as a DOT-like edge list, for failure messages.
  static func dump(_ graph: Multigraph) -> String {
    let arrow = graph.isDirected ? "->" : "--"
    return "graph { "
      + graph.edgeIDs.map {
        "\(graph.source(of: $0)) \(arrow) \(graph.target(of: $0)) [w=\(graph.weight(of: $0))]"
      }.joined(separator: "; ") + " }"
  }

  /// A copy of `graph` with every weight replaced by `weight`.
  static func reweighted(_ graph: Multigraph, to weight: Double) -> Multigraph {
    var builder = MultigraphBuilder(directed: graph.isDirected)
    for node in graph.nodes { builder.addNode(node) }
    for var edge in graph.edges {
      edge.weight = weight
      builder.addEdge(edge)
    }
    return builder.build()
  }
}
