import GeflechtAnalytics
import GeflechtCore

extension DiagramFlags {
  /// Betweenness for node sizes; filled in when the centrality engine lands.
  static func betweenness(_ graph: Multigraph) throws -> NodeScores {
    Centrality.degree(in: graph, direction: .both)
  }
}
