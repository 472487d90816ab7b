import GeflechtAnalytics
import GeflechtCore

extension DiagramFlags {
  /// Normalized betweenness with length 1/weight, as the run summary ranks it.
  static func betweenness(_ graph: Multigraph) throws -> NodeScores {
    try Centrality.betweenness(in: graph, weighting: .distance)
  }
}
