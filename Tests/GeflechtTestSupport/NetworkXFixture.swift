import Foundation
import GeflechtCore

/// A graph with NetworkX reference values, as written by `Scripts/networkx-fixtures/make_fixtures.py`.
///
/// The node list is in NetworkX order and every measure's `expected` values follow it, so node i of
/// the fixture is `NodeID(i)` of `makeGraph()`.
public struct NetworkXFixture: Decodable, Sendable {
  public struct EdgeRecord: Decodable, Sendable {
    public let source: String
    public let target: String
    public let weight: Double
  }

  /// The parameters of the recorded call; which ones are present depends on the measure.
  public struct Parameters: Decodable, Sendable {
    /// `both`, `incoming` or `outgoing`, for degree and strength.
    public let direction: String?
    /// The edge attribute NetworkX read (`"weight"`), or `nil` for `weight=None`.
    public let weight: String?
    public let alpha: Double?
    /// Jump weights by node key; `nil` for NetworkX's uniform default.
    public let personalization: [String: Double]?
    public let tol: Double?
    public let maxIter: Int?
    /// Betweenness, Katz and HITS normalisation.
    public let normalized: Bool?
    /// Betweenness `endpoints`.
    public let endpoints: Bool?
    /// Closeness `wf_improved`.
    public let wfImproved: Bool?
    /// Katz `beta`.
    public let beta: Double?
    /// The number of components, for component measures.
    public let count: Int?

    enum CodingKeys: String, CodingKey {
      case direction, weight, alpha, personalization, tol, normalized, endpoints, beta, count
      case maxIter = "max_iter"
      case wfImproved = "wf_improved"
    }
  }

  public struct Measure: Decodable, Sendable {
    /// Unique within the fixture, such as `pagerank/personalized/weighted`.
    public let id: String
    /// `degree`, `strength`, `pagerank`, `betweenness`, `edge-betweenness`, `closeness`,
    /// `harmonic`, `eigenvector`, `katz`, `hubs`, `authorities`, `coreness`, `weak-components`
    /// or `strong-components`.
    public let measure: String
    /// The exact NetworkX call that produced `expected`.
    public let call: String
    public let parameters: Parameters
    /// `nodes` (one value per node, in the order of `nodes`) or `edges` (one per edge, in the order
    /// of `edges`). Absent in older fixtures, meaning `nodes`.
    public let target: String?
    /// How Geflecht reads weights for this measure: `ignore`, `strength`, `distance` or `length`.
    public let weighting: String?
    /// How Geflecht merges parallel edges for this measure (`sum`, `min`, `count`).
    public let parallelEdges: String?
    /// A remark on the reference, such as how it relates to another NetworkX function.
    public let note: String?
    /// One value per node (or edge, see `target`).
    public let expected: [Double]
    public let tolerance: Double
  }

  public let name: String
  public let description: String
  public let construction: String
  public let directed: Bool
  public let multigraph: Bool
  /// How NetworkX merged parallel edges for the measures (`sum`).
  public let parallelEdges: String
  public let nodes: [String]
  public let edges: [EdgeRecord]
  public let measures: [Measure]

  public static func load(from url: URL) throws -> NetworkXFixture {
    try JSONDecoder().decode(NetworkXFixture.self, from: Data(contentsOf: url))
  }

  /// Builds the graph with node i keyed and labelled `nodes[i]`, and the edges in fixture order.
  public func makeGraph() -> Multigraph {
    var builder = MultigraphBuilder(directed: directed)
    var ids: [String: NodeID] = [:]
    for key in nodes {
      ids[key] = builder.addNode(Node(key: EntityKey(key), label: key))
    }
    for edge in edges {
      guard let s = ids[edge.source], let t = ids[edge.target] else {
        preconditionFailure("fixture \(name): edge \(edge.source)→\(edge.target) names an unknown node")
      }
      builder.addEdge(Edge(source: s, target: t, weight: edge.weight))
    }
    return builder.build()
  }
}
