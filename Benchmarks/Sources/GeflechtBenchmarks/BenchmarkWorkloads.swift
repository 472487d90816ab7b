import GeflechtAnalytics
import GeflechtCore

/// Workloads beyond PageRank, added as the engine grows. Returns a checksum, or nil for an unknown name.
enum BenchmarkWorkloads {
  static func run(_ name: String, on graph: Multigraph, threads: Int) throws -> Double? {
    switch name {
    default:
      return nil
    }
  }
}
