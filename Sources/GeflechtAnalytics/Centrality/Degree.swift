import GeflechtCore

extension Centrality {
  /// Counts the edges at every node.
  ///
  /// In a directed graph, `.outgoing` counts edges leaving v, `.incoming` edges entering v and
  /// `.both` their sum. An undirected graph has no direction, so every direction gives the
  /// number of edge ends at v. Parallel edges count once each. A self-loop counts twice
  /// (once as leaving, once as entering), as in NetworkX. The score is the raw count, not
  /// NetworkX's `degree_centrality`, which divides by n − 1.
  ///
  /// - Parameters:
  ///   - graph: The graph; it may be empty.
  ///   - direction: Which edge ends to count in a directed graph (default `.both`); ignored
  ///     for an undirected graph.
  /// - Returns: One count per node, indexed by `NodeID`. The measure is named `degree`,
  ///   `in-degree` or `out-degree`.
  /// - Complexity: O(n) time and space, for n nodes.
  ///
  /// Matches NetworkX's `G.degree(weight=None)`, `G.in_degree(weight=None)` and
  /// `G.out_degree(weight=None)` for `Graph`, `DiGraph`, `MultiGraph` and `MultiDiGraph`.
  /// On the path a–b–c, b scores 2 and a and c score 1; in a star with three leaves the
  /// centre scores 3 and each leaf 1.
  ///
  /// ## References
  /// - L. C. Freeman, "Centrality in Social Networks: Conceptual Clarification",
  ///   Social Networks 1(3):215–239, 1979. doi:10.1016/0378-8733(78)90021-7
  public static func degree(in graph: Multigraph, direction: Direction = .both) -> NodeScores {
    let effective = graph.isDirected ? direction : .both
    var values = [Double](repeating: 0, count: graph.nodeCount)
    for v in graph.nodeIDs {
      let count: Int
      switch effective {
      case .outgoing: count = graph.outDegree(of: v)
      case .incoming: count = graph.inDegree(of: v)
      case .both: count = graph.outDegree(of: v) + graph.inDegree(of: v)
      }
      values[v.index] = Double(count)
    }
    return NodeScores(measure: measureName("degree", effective), values: values)
  }

  /// Sums the weights of the edges at every node (weighted degree).
  ///
  /// The strength of v is the sum of w(e) over the edges e counted by
  /// `degree(in:direction:)`: parallel edges add up (NetworkX `MultiGraph` semantics), and a
  /// self-loop of weight w adds 2w to `.both` and to an undirected graph's strength. Weights
  /// are read as they are, so negative weights lower the sum.
  ///
  /// - Parameters:
  ///   - graph: The graph; it may be empty.
  ///   - direction: Which edge ends to sum in a directed graph (default `.both`); ignored for
  ///     an undirected graph.
  /// - Returns: One sum per node, indexed by `NodeID`. The measure is named `strength`,
  ///   `in-strength` or `out-strength`.
  /// - Complexity: O(n + m) time, O(n) space, for n nodes and m edges.
  ///
  /// Matches NetworkX's `G.degree(weight="weight")`, `G.in_degree(weight="weight")` and
  /// `G.out_degree(weight="weight")`. On the path a–b–c with weights a–b = 2 and b–c = 3,
  /// b scores 5, a scores 2 and c scores 3.
  ///
  /// ## References
  /// - A. Barrat, M. Barthélemy, R. Pastor-Satorras, A. Vespignani, "The architecture of
  ///   complex weighted networks", PNAS 101(11):3747–3752, 2004. doi:10.1073/pnas.0400087101
  public static func strength(in graph: Multigraph, direction: Direction = .both) -> NodeScores {
    let effective = graph.isDirected ? direction : .both
    var values = [Double](repeating: 0, count: graph.nodeCount)
    for v in graph.nodeIDs {
      var sum = 0.0
      if effective != .incoming {
        for e in graph.outgoingEdges(of: v) { sum += graph.weight(of: e) }
      }
      if effective != .outgoing {
        for e in graph.incomingEdges(of: v) { sum += graph.weight(of: e) }
      }
      values[v.index] = sum
    }
    return NodeScores(measure: measureName("strength", effective), values: values)
  }

  private static func measureName(_ base: String, _ direction: Direction) -> String {
    switch direction {
    case .both: base
    case .incoming: "in-" + base
    case .outgoing: "out-" + base
    }
  }
}
