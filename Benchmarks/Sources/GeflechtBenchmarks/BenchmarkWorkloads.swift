import GeflechtAnalytics
import GeflechtCore

/// Workloads beyond PageRank, added as the engine grows. Returns a checksum, or nil for an unknown name.
enum BenchmarkWorkloads {
  /// Extra figures a workload reports, such as the modularity a community algorithm reached.
  nonisolated(unsafe) static var extra: [String: Double] = [:]

  static func run(_ name: String, on graph: Multigraph, threads: Int) throws -> Double? {
    switch name {
    case "louvain":
      let partition = try Community.louvain(in: graph, resolution: 1, seed: 42, weighting: .ignore)
      let modularity = try Community.modularity(of: partition, in: graph, resolution: 1, weighting: .ignore)
      BenchmarkWorkloads.extra["modularity"] = modularity
      return modularity
    case "leiden":
      let partition = try Community.leiden(in: graph, resolution: 1, seed: 42, weighting: .ignore)
      let modularity = try Community.modularity(of: partition, in: graph, resolution: 1, weighting: .ignore)
      BenchmarkWorkloads.extra["modularity"] = modularity
      return modularity
    case "kcore":
      return Centrality.coreNumber(in: graph).values.reduce(0, +)
    case "betweenness":
      let scores = try Centrality.betweenness(in: graph, weighting: .ignore, normalized: false, threadCount: threads)
      return scores.values.reduce(0, +)
    default:
      return nil
    }
  }
}
