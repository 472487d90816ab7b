import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

struct CoreNumberTests {
  @Test(arguments: try NetworkXCase.all("coreness"))
  func coreNumberMatchesNetworkX(_ testCase: NetworkXCase) throws {
    let scores = Centrality.coreNumber(in: testCase.fixture.makeGraph())
    #expect(scores.values == testCase.measure.expected)
    #expect(scores.measure == "coreness")
  }

  @Test func triangleWithPendant() {
    let g = ClassicGraphs.graph(
      directed: false, nodes: ["a", "b", "c", "d"],
      edges: [
        ("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("c", "d", 1), ("d", "d", 1), ("a", "b", 1),
      ])
    #expect(Centrality.coreNumber(in: g).values == [2, 2, 2, 1])
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func everyNodeOfTheKCoreHasKNeighboursInIt(seed: UInt64) {
    let graph = RandomGraphs.make(nodes: 60, edgeProbability: 0.1, directed: false, seed: seed)
    let core = Centrality.coreNumber(in: graph).values
    for v in graph.nodeIDs {
      let k = core[v.index]
      let inCore = graph.neighbors(of: v).filter { $0 != v && core[$0.index] >= k }
      #expect(Double(inCore.count) >= k, "\(v): \(RandomGraphs.dump(graph))")
    }
  }

  /// Simple graphs (no loops, no parallel edges) take the incidence-table lists, the others the
  /// merged ones; both must agree with removing a node of smallest degree one at a time.
  @Test(arguments: [false, true], [1, 2, 3, 4] as [UInt64])
  func matchesOneAtATimePeeling(directed: Bool, seed: UInt64) {
    for simple in [true, false] {
      let graph = RandomGraphs.make(
        nodes: 80, edgeProbability: 0.08 + 0.02 * Double(seed), directed: directed,
        selfLoops: !simple, parallelProbability: simple ? 0 : 0.2, seed: seed)
      #expect(graph.isSimple == simple)
      #expect(
        Centrality.coreNumber(in: graph).values == Self.coreNumbersOneAtATime(graph),
        "\(RandomGraphs.dump(graph))")
    }
  }

  /// Core numbers by the definition's peeling, one node of smallest remaining degree at a time,
  /// with degrees counted over distinct neighbours as `coreNumber` documents. O(n²).
  static func coreNumbersOneAtATime(_ graph: Multigraph) -> [Double] {
    let n = graph.nodeCount
    let neighbours: [[Int]] = graph.nodeIDs.map { v in
      let out = Set(graph.outgoingEdges(of: v).map { graph.target(of: $0).index })
        .subtracting([v.index])
      let incoming = Set(graph.incomingEdges(of: v).map { graph.source(of: $0).index })
        .subtracting([v.index])
      return graph.isDirected ? Array(out) + Array(incoming) : Array(out.union(incoming))
    }
    var degree = neighbours.map(\.count)
    var removed = [Bool](repeating: false, count: n)
    var core = [Double](repeating: 0, count: n)
    var level = 0
    for _ in 0..<n {
      let v = (0..<n).filter { !removed[$0] }.min { degree[$0] < degree[$1] }!
      level = max(level, degree[v])
      core[v] = Double(level)
      removed[v] = true
      for u in neighbours[v] where !removed[u] { degree[u] -= 1 }
    }
    return core
  }
}

struct ConnectedComponentsTests {
  @Test(arguments: try NetworkXCase.all("weak-components"))
  func weakComponentsMatchNetworkX(_ testCase: NetworkXCase) throws {
    let partition = Paths.weaklyConnectedComponents(in: testCase.fixture.makeGraph())
    #expect(partition.community.map(Double.init) == testCase.measure.expected)
    #expect(partition.communityCount == testCase.measure.parameters.count)
  }

  @Test(arguments: try NetworkXCase.all("strong-components"))
  func strongComponentsMatchNetworkX(_ testCase: NetworkXCase) throws {
    let partition = Paths.stronglyConnectedComponents(in: testCase.fixture.makeGraph())
    #expect(partition.community.map(Double.init) == testCase.measure.expected)
    #expect(partition.communityCount == testCase.measure.parameters.count)
  }

  @Test func docExamples() {
    let g = ClassicGraphs.graph(
      directed: true, nodes: ["a", "b", "c", "d", "e"], edges: [("a", "b", 1), ("c", "d", 1)])
    #expect(Paths.weaklyConnectedComponents(in: g).community == [0, 0, 1, 1, 2])
    let cycle = ClassicGraphs.graph(
      directed: true, nodes: ["a", "b", "c", "d"],
      edges: [("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("c", "d", 1)])
    #expect(Paths.stronglyConnectedComponents(in: cycle).community == [0, 0, 0, 1])
  }

  @Test func millionNodePathDoesNotOverflowTheStack() {
    let n = 1_000_000
    var builder = MultigraphBuilder(directed: true)
    for i in 0..<n { builder.addNode(Node(key: EntityKey("\(i)"), label: "")) }
    for i in 0..<(n - 1) { builder.addEdge(Edge(source: NodeID(i), target: NodeID(i + 1))) }
    builder.addEdge(Edge(source: NodeID(n - 1), target: NodeID(0)))
    let graph = builder.build()
    #expect(Paths.stronglyConnectedComponents(in: graph).communityCount == 1)
    #expect(Paths.weaklyConnectedComponents(in: graph).communityCount == 1)
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func strongComponentsAreMutuallyReachable(seed: UInt64) throws {
    let graph = RandomGraphs.make(nodes: 40, edgeProbability: 0.04, directed: true, seed: seed)
    let strong = Paths.stronglyConnectedComponents(in: graph).community
    var reach: [[Double]] = []
    for v in graph.nodeIDs { reach.append(try Paths.shortestPathLengths(in: graph, from: v)) }
    for u in 0..<40 {
      for v in 0..<40 {
        let mutual = reach[u][v].isFinite && reach[v][u].isFinite
        #expect(mutual == (strong[u] == strong[v]), "\(u), \(v): \(RandomGraphs.dump(graph))")
      }
    }
  }
}
