import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

@Suite struct EgoNetworkTests {
  @Test(arguments: try CommunityFixture.egoFixtures())
  func egoNetworkMatchesNetworkX(_ fixture: CommunityFixture) throws {
    let graph = fixture.makeGraph()
    let cases = try #require(fixture.ego)
    #expect(!cases.isEmpty)
    for c in cases {
      let center = try #require(graph.nodeID(for: EntityKey(c.center)))
      let direction: Direction =
        switch c.direction {
        case "outgoing": .outgoing
        case "incoming": .incoming
        default: .both
        }
      let ego = try EgoNetwork.extract(
        around: center, in: graph, radius: c.radius, direction: direction,
        weighting: c.weightedRadius ? .distance : .ignore)
      let keys = ego.nodes.map(\.key.rawValue)
      #expect(Set(keys) == Set(c.nodes), "\(c.call)")
      #expect(ego.edgeCount == c.edgeCount, "\(c.call)")
      for node in ego.nodes {
        let d = try #require(node.attributes["distance"]?.doubleValue)
        let expected = try #require(c.distances[node.key.rawValue])
        #expect(abs(d - expected) < 1e-9, "\(node.key): \(d) vs \(expected); \(c.call)")
      }
      // Ordered by distance, then by NodeID of the input graph.
      let order: [(Double, NodeID)] = ego.nodes.map { node in
        (node.attributes["distance"]?.doubleValue ?? -1, graph.nodeID(for: node.key) ?? NodeID(0))
      }
      for (x, y) in zip(order, order.dropFirst()) {
        #expect(x.0 < y.0 || (x.0 == y.0 && x.1 < y.1), "\(c.call)")
      }
      #expect(ego.nodes.first?.key.rawValue == c.center)
      #expect(ego.nodes.filter { $0.attributes["ego"] == .bool(true) }.map(\.key.rawValue) == [c.center])
    }
  }

  @Test func pathExample() throws {
    let path = ClassicGraphs.path(["a", "b", "c", "d"])
    let ego = try EgoNetwork.extract(around: NodeID(1), in: path, radius: 1)
    #expect(ego.nodes.map(\.label) == ["b", "a", "c"])
    #expect(ego.nodes.map { $0.attributes["distance"] } == [.number(0), .number(1), .number(1)])
    #expect(ego.edgeCount == 2)
    #expect(ego.attributes["egoCenter"] == .string("b"))
  }

  @Test func filtersByKindRelationAndStatus() throws {
    var builder = MultigraphBuilder(directed: true)
    let a = builder.addNode(Node(key: "org:a", label: "A", kind: .organization))
    let b = builder.addNode(Node(key: "person:b", label: "B", kind: .person))
    let c = builder.addNode(Node(key: "org:c", label: "C", kind: .organization))
    let d = builder.addNode(Node(key: "org:d", label: "D", kind: .organization))
    builder.addEdge(Edge(source: a, target: b, relation: .hires))
    builder.addEdge(Edge(source: a, target: c, relation: .investsIn, status: .speculative))
    builder.addEdge(Edge(source: d, target: a, relation: .partnersWith))
    let graph = builder.build()

    let all = try EgoNetwork.extract(around: a, in: graph, radius: 1, direction: .outgoing)
    // partners_with is symmetric, so D is reached against the edge's direction.
    #expect(all.nodes.map(\.label) == ["A", "B", "C", "D"])
    let orgs = try EgoNetwork.extract(around: a, in: graph, kinds: [.organization])
    #expect(orgs.nodes.map(\.label) == ["A", "C", "D"])
    let sure = try EgoNetwork.extract(
      around: a, in: graph, statuses: Set(Status.allCases.filter(\.isIncludedByDefault)))
    #expect(sure.nodes.map(\.label) == ["A", "B", "D"])
    let hires = try EgoNetwork.extract(around: a, in: graph, relations: [.hires])
    #expect(hires.nodes.map(\.label) == ["A", "B"])
    #expect(hires.edgeCount == 1)
    let incoming = try EgoNetwork.extract(around: b, in: graph, direction: .incoming)
    #expect(incoming.nodes.map(\.label) == ["B", "A"])
  }

  @Test func rejectsBadRadiusAndStrength() {
    let path = ClassicGraphs.path(["a", "b"])
    #expect(throws: AnalyticsError.self) { try EgoNetwork.extract(around: NodeID(0), in: path, radius: -1) }
    #expect(throws: AnalyticsError.unsupportedWeighting(.strength, algorithm: "Ego network")) {
      try EgoNetwork.extract(around: NodeID(0), in: path, weighting: .strength)
    }
  }
}
