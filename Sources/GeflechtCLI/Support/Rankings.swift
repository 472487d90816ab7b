import GeflechtAnalytics
import GeflechtCore

/// The measures the main job and the report compute on a graph's analysis view.
enum Rankings {
  /// Degree, strength, PageRank and betweenness (length 1/weight) on `graph.analysisView()`, in that
  /// order; betweenness is left out when a weight cannot be a length.
  static func standard(for graph: Multigraph) throws -> [NodeScores] {
    guard graph.nodeCount > 0 else { return [] }
    let view = graph.analysisView()
    return [
      Centrality.degree(in: view, direction: .both),
      Centrality.strength(in: view, direction: .both),
      try Centrality.pageRank(in: view, weighting: .strength, tolerance: 1e-10, maxIterations: 1000),
    ] + [try? Centrality.betweenness(in: view, weighting: .distance)].compactMap { $0 }
  }

  /// The communities shown in the report: Leiden on the analysis view with the summary's seed.
  static func communities(for graph: Multigraph) -> Partition? {
    guard graph.nodeCount > 0 else { return nil }
    return try? Community.leiden(in: graph.analysisView(), seed: Summary.communitySeed, weighting: .strength)
  }
}
