import Foundation
import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

/// One measure of one NetworkX fixture, as a test argument.
struct NetworkXCase: Sendable, CustomTestStringConvertible {
  /// The fixture files in `Fixtures/`, without `.json`. A missing file fails the test run.
  static let fixtureNames = [
    "karate_club", "florentine_families", "directed_dangling", "multidigraph_parallel",
    "multigraph_selfloop", "les_miserables", "davis_southern_women", "disconnected",
    "gnp_60_008_seed42", "barabasi_albert_80_2_seed7", "directed_gnp_50_006_seed3",
  ]

  /// Every measure name a fixture may hold.
  static let measureNames: Set<String> = [
    "degree", "strength", "pagerank", "betweenness", "edge-betweenness", "closeness", "harmonic",
    "eigenvector", "katz", "hubs", "authorities", "coreness", "weak-components",
    "strong-components",
  ]

  let fixture: NetworkXFixture
  let measure: NetworkXFixture.Measure

  var testDescription: String { "\(fixture.name): \(measure.call)" }

  /// Every case whose measure is `measureName` (`degree`, `strength` or `pagerank`).
  static func all(_ measureName: String) throws -> [NetworkXCase] {
    try fixtures().flatMap { fixture in
      fixture.measures.filter { $0.measure == measureName }.map {
        NetworkXCase(fixture: fixture, measure: $0)
      }
    }
  }

  static func fixtures() throws -> [NetworkXFixture] {
    try fixtureNames.map { name in
      guard
        let url = Bundle.module.url(
          forResource: name, withExtension: "json", subdirectory: "Fixtures")
      else { throw FixtureMissing(name: name) }
      return try NetworkXFixture.load(from: url)
    }
  }

  struct FixtureMissing: Error, CustomStringConvertible {
    let name: String
    var description: String {
      "Fixtures/\(name).json is not in the test bundle. Run Scripts/networkx-fixtures/make_fixtures.py."
    }
  }

  var direction: Direction {
    switch measure.parameters.direction {
    case "incoming": .incoming
    case "outgoing": .outgoing
    default: .both
    }
  }

  /// The fixture's recorded Geflecht weighting; for older measures NetworkX's `weight=None`
  /// ignores weights and `weight="weight"` reads them as strengths.
  var weighting: EdgeWeighting {
    if let name = measure.weighting {
      guard let weighting = EdgeWeighting(rawValue: name) else {
        preconditionFailure("\(fixture.name) \(measure.id): unknown weighting \(name)")
      }
      return weighting
    }
    return measure.parameters.weight == nil ? .ignore : .strength
  }

  /// The recorded parallel-edge policy, or `nil` for the algorithm's default.
  var parallelEdges: ParallelEdgePolicy? {
    measure.parallelEdges.flatMap(ParallelEdgePolicy.init(rawValue:))
  }

  func personalization(in graph: Multigraph) -> [NodeID: Double]? {
    guard let byKey = measure.parameters.personalization else { return nil }
    var byID: [NodeID: Double] = [:]
    for (key, value) in byKey {
      guard let id = graph.nodeID(for: EntityKey(key)) else {
        preconditionFailure("personalization names \(key), not a node of \(fixture.name)")
      }
      byID[id] = value
    }
    return byID
  }
}
