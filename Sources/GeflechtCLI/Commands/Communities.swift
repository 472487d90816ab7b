import ArgumentParser
import Foundation
import GeflechtAnalytics
import GeflechtCore
import GeflechtFormats

/// Finds communities in a graph file.
struct Communities: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find communities (Louvain, Leiden or label propagation) in a graph file.",
    discussion: """
      Reads the analysis view of the graph: negated and speculative edges are left out (unless \
      --include-uncertain), and symmetric relations count both ways. Weights are read as tie \
      strengths; parallel edges add up. Communities are listed biggest first.

      Examples:
        geflecht communities graphs/geflecht.json
        geflecht communities graphs/geflecht.json --algorithm louvain --seed 7
        geflecht communities graph.dot --format json > communities.json
      """)

  enum Algorithm: String, ExpressibleByArgument, CaseIterable {
    case louvain, leiden
    case labelPropagation = "label-propagation"
  }

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @OptionGroup var source: GraphInputOptions

  @Option(help: "The algorithm.")
  var algorithm: Algorithm = .leiden

  @Option(help: "Modularity resolution γ; larger values give more, smaller communities (ignored by label-propagation).")
  var resolution: Double = 1

  @Option(help: "Seed of the random node order; the same seed gives the same communities.")
  var seed: UInt64 = 42

  @Option(help: "Output format.")
  var format: OutputFormat = .table

  @Flag(help: "Keep negated and speculative edges.")
  var includeUncertain = false

  @OptionGroup var common: CommonOptions

  func validate() throws {
    guard resolution.isFinite, resolution >= 0 else {
      throw ValidationError("--resolution must be a number at least 0, such as 1 (got \(resolution)).")
    }
  }

  func run() throws {
    let input = try source.load()
    guard input.nodeCount > 0 else { throw CLIError("\(source.displayName) has no nodes; there is nothing to group.") }
    let view = input.analysisView(includesUncertain: includeUncertain)
    let partition = try AnalyticsErrorContext.naming(source.displayName, graph: view) {
      try Self.detect(algorithm, in: view, resolution: resolution, seed: seed)
    }
    let modularity = view.edgeCount == 0 ? nil : try? Community.modularity(of: partition, in: view, resolution: resolution)
    let groups = Self.biggestFirst(partition)
    switch format {
    case .json:
      let value = JSONValue.object([
        ("algorithm", .string(algorithm.rawValue)),
        ("resolution", try .double(resolution)),
        ("seed", .number(String(seed))),
        ("modularity", try modularity.map { try JSONValue.double($0) } ?? .null),
        ("communities", .array(groups.map { .array($0.map { .string(input.node($0).key.rawValue) }) })),
      ])
      print(JSONWriter.string(value), terminator: "")
    case .table:
      let q = modularity.map { String(format: "%.6f", $0) } ?? "undefined (no edges)"
      print("\(groups.count) communities by \(algorithm.rawValue) (resolution \(resolution), seed \(seed)), modularity \(q)")
      for (i, members) in groups.enumerated() {
        let labels = members.map { input.node($0).label }
        print("  \(String(i + 1).leftPadded(to: 3)). [\(members.count)] \(labels.joined(separator: ", "))")
      }
    }
  }

  static func detect(_ algorithm: Algorithm, in graph: Multigraph, resolution: Double, seed: UInt64) throws -> Partition {
    switch algorithm {
    case .louvain: try Community.louvain(in: graph, resolution: resolution, seed: seed, weighting: .strength)
    case .leiden: try Community.leiden(in: graph, resolution: resolution, seed: seed, weighting: .strength)
    case .labelPropagation: try Community.labelPropagation(in: graph, seed: seed, weighting: .strength)
    }
  }

  /// Communities by size, biggest first; ties keep the partition's order (by first node).
  static func biggestFirst(_ partition: Partition) -> [[NodeID]] {
    partition.communities.enumerated()
      .sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
      .map(\.element)
  }
}
