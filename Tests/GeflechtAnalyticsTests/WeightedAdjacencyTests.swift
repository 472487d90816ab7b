import GeflechtCore
import Testing

@testable import GeflechtAnalytics

@Suite struct WeightedAdjacencyTests {
  /// a → b (2), a → b (3), b → a (5), a → a (7), c isolated.
  func sample() -> Multigraph {
    var b = MultigraphBuilder()
    for k in ["a", "b", "c"] { b.addNode(Node(key: EntityKey(k), label: k)) }
    b.addEdge(Edge(source: NodeID(0), target: NodeID(1), weight: 2))
    b.addEdge(Edge(source: NodeID(0), target: NodeID(1), weight: 3))
    b.addEdge(Edge(source: NodeID(1), target: NodeID(0), weight: 5))
    b.addEdge(Edge(source: NodeID(0), target: NodeID(0), weight: 7))
    return b.build()
  }

  func list(_ a: WeightedAdjacency, _ v: Int) -> [String] {
    a.range(of: v).map { "\(a.targets[$0]):\(a.weights[$0])" }
  }

  @Test func mergesParallelEdgesByPolicy() {
    let g = sample()
    #expect(list(WeightedAdjacency(g, direction: .outgoing, weighting: .strength, parallelEdges: .sum), 0) == ["0:7.0", "1:5.0"])
    #expect(list(WeightedAdjacency(g, direction: .outgoing, weighting: .strength, parallelEdges: .min), 0) == ["0:7.0", "1:2.0"])
    #expect(list(WeightedAdjacency(g, direction: .outgoing, weighting: .strength, parallelEdges: .max), 0) == ["0:7.0", "1:3.0"])
    #expect(list(WeightedAdjacency(g, direction: .outgoing, weighting: .ignore, parallelEdges: .count), 0) == ["0:1.0", "1:2.0"])
    #expect(list(WeightedAdjacency(g, direction: .outgoing, weighting: .distance, parallelEdges: .min), 0) == ["0:\(1.0 / 7)", "1:\(1.0 / 3)"])
  }

  @Test func followsDirectionAndDropsSelfLoops() {
    let g = sample()
    let incoming = WeightedAdjacency(g, direction: .incoming, weighting: .strength, parallelEdges: .sum, selfLoops: .drop)
    #expect(list(incoming, 0) == ["1:5.0"])
    #expect(list(incoming, 1) == ["0:5.0"])
    let both = WeightedAdjacency(g, direction: .both, weighting: .strength, parallelEdges: .sum)
    #expect(list(both, 0) == ["0:7.0", "1:10.0"])
    #expect(list(both, 1) == ["0:10.0"])
    #expect(both.degree(of: 2) == 0)
  }
}
