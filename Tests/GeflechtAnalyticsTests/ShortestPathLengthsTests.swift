import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

struct ShortestPathLengthsTests {
  @Test func pathExample() throws {
    let g = ClassicGraphs.path(["a", "b", "c"], weights: [2, 4])
    #expect(try Paths.shortestPathLengths(in: g, from: NodeID(0)) == [0, 1, 2])
    #expect(try Paths.shortestPathLengths(in: g, from: NodeID(0), weighting: .length) == [0, 2, 6])
    #expect(
      try Paths.shortestPathLengths(in: g, from: NodeID(0), weighting: .distance) == [0, 0.5, 0.75])
  }

  @Test func directionAndUnreachableNodes() throws {
    let g = ClassicGraphs.path(["a", "b", "c"], directed: true)
    #expect(try Paths.shortestPathLengths(in: g, from: NodeID(1)) == [.infinity, 0, 1])
    #expect(
      try Paths.shortestPathLengths(in: g, from: NodeID(1), direction: .incoming) == [
        1, 0, .infinity,
      ])
    #expect(try Paths.shortestPathLengths(in: g, from: NodeID(1), direction: .both) == [1, 0, 1])
  }

  @Test func parallelEdgesMergeByPolicy() throws {
    let g = ClassicGraphs.graph(
      directed: false, nodes: ["a", "b"], edges: [("a", "b", 2), ("a", "b", 6)])
    #expect(try Paths.shortestPathLengths(in: g, from: NodeID(0), weighting: .length)[1] == 2)
    #expect(
      try Paths.shortestPathLengths(
        in: g, from: NodeID(0), weighting: .length, parallelEdges: .max)[1] == 6)
    #expect(
      try Paths.shortestPathLengths(in: g, from: NodeID(0), weighting: .distance)[1] == 1.0 / 8)
  }

  @Test(arguments: [1, 2, 3, 4, 5, 42] as [UInt64])
  func breadthFirstEqualsUnitWeightDijkstra(seed: UInt64) throws {
    for directed in [false, true] {
      let graph = RandomGraphs.make(
        nodes: 70, edgeProbability: 0.04, directed: directed, seed: seed, weight: { _ in 1 })
      for v in graph.nodeIDs {
        let bfs = try Paths.shortestPathLengths(in: graph, from: v, weighting: .ignore)
        let dijkstra = try Paths.shortestPathLengths(in: graph, from: v, weighting: .length)
        // Unit strengths, merged by .max so that parallel copies stay at strength 1.
        let inverse = try Paths.shortestPathLengths(
          in: graph, from: v, weighting: .distance, parallelEdges: .max)
        #expect(bfs == dijkstra && bfs == inverse, "from \(v): \(RandomGraphs.dump(graph))")
      }
    }
  }

  @Test func deepPathDoesNotOverflow() throws {
    let n = 200_000
    var builder = MultigraphBuilder(directed: true)
    for i in 0..<n { builder.addNode(Node(key: EntityKey("\(i)"), label: "\(i)")) }
    for i in 0..<(n - 1) { builder.addEdge(Edge(source: NodeID(i), target: NodeID(i + 1))) }
    let graph = builder.build()
    let d = try Paths.shortestPathLengths(in: graph, from: NodeID(0))
    #expect(d[n - 1] == Double(n - 1))
  }
}
