import Foundation
import GeflechtCore
import GeflechtTestSupport
import Testing

/// A graph with NetworkX community and ego-network reference values, as written by
/// `Scripts/networkx-fixtures/make_community_fixtures.py` into `Fixtures/communities/` and
/// `Fixtures/ego/`. Node i of the fixture is `NodeID(i)` of `makeGraph()`.
struct CommunityFixture: Decodable, Sendable, CustomTestStringConvertible {
  struct EdgeRecord: Decodable, Sendable {
    let source: String
    let target: String
    let weight: Double
  }

  /// `nx.community.modularity` of one partition.
  struct ModularityCase: Decodable, Sendable {
    let partition: String
    let call: String
    /// `"weight"`, or `nil` for `weight=None`.
    let weight: String?
    let resolution: Double
    let communities: [[String]]
    let expected: Double
    let tolerance: Double
  }

  /// The range `nx.community.louvain_communities` reached over 20 seeds.
  struct LouvainCase: Decodable, Sendable {
    let call: String
    let weight: String?
    let resolution: Double
    let seeds: Int
    let minModularity: Double
    let maxModularity: Double
    /// The modularity NetworkX reached for each seed, in seed order.
    let modularities: [Double]
    let minCommunities: Int
    let maxCommunities: Int
  }

  /// The node set of one `nx.ego_graph` call.
  struct EgoCase: Decodable, Sendable {
    let call: String
    let center: String
    let radius: Double
    /// `outgoing`, `incoming` or `both`.
    let direction: String
    let weightedRadius: Bool
    let nodes: [String]
    let distances: [String: Double]
    let edgeCount: Int
  }

  let name: String
  let description: String
  let construction: String
  let directed: Bool
  let multigraph: Bool
  let nodes: [String]
  let edges: [EdgeRecord]
  let modularity: [ModularityCase]?
  let louvain: [LouvainCase]?
  let ego: [EgoCase]?
  let plantedCommunities: [[String]]?
  let networkxLouvainNMI: Double?

  var testDescription: String { name }

  /// The graphs in `Fixtures/communities/` other than the LFR benchmark.
  static let communityNames = [
    "karate_club", "florentine_families", "les_miserables", "davis_southern_women",
    "directed_blocks", "disconnected", "florentine_multigraph",
  ]
  static let egoNames = ["karate_club", "les_miserables", "directed_blocks", "florentine_multigraph"]

  static func load(_ name: String, folder: String) throws -> CommunityFixture {
    guard
      let url = Bundle.module.url(
        forResource: name, withExtension: "json", subdirectory: "Fixtures/\(folder)")
    else { throw NetworkXCase.FixtureMissing(name: "\(folder)/\(name)") }
    return try JSONDecoder().decode(CommunityFixture.self, from: Data(contentsOf: url))
  }

  static func communityFixtures() throws -> [CommunityFixture] {
    try communityNames.map { try load($0, folder: "communities") }
  }

  static func egoFixtures() throws -> [CommunityFixture] {
    try egoNames.map { try load($0, folder: "ego") }
  }

  /// Node i keyed and labelled `nodes[i]`, edges in fixture order.
  func makeGraph() -> Multigraph {
    var builder = MultigraphBuilder(directed: directed)
    var ids: [String: NodeID] = [:]
    for key in nodes { ids[key] = builder.addNode(Node(key: EntityKey(key), label: key)) }
    for edge in edges {
      builder.addEdge(Edge(source: ids[edge.source]!, target: ids[edge.target]!, weight: edge.weight))
    }
    return builder.build()
  }

  /// A partition of `makeGraph()` from lists of node keys.
  func partition(_ communities: [[String]], algorithm: String = "fixture") -> Partition {
    var index: [String: Int] = [:]
    for (i, key) in nodes.enumerated() { index[key] = i }
    var labels = [Int](repeating: -1, count: nodes.count)
    for (c, members) in communities.enumerated() {
      for key in members { labels[index[key]!] = c }
    }
    precondition(!labels.contains(-1), "fixture \(name): partition misses nodes")
    // Renumber in order of first node, as Partition expects.
    var map: [Int: Int] = [:]
    let numbered = labels.map { l in
      if let m = map[l] { return m }
      map[l] = map.count
      return map[l]!
    }
    return Partition(algorithm: algorithm, community: numbered)
  }
}
