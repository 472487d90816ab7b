import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

/// Seeded random multigraphs (parallel edges, self-loops, weights) checked two ways.
@Suite struct CommunityRandomGraphTests {
  /// An undirected multigraph on `n` nodes with `m` random weighted edges, a few of them self-loops.
  static func randomGraph(seed: UInt64, n: Int, m: Int) -> Multigraph {
    var rng = GeflechtAnalytics.SplitMix64(seed: seed)
    var edges: [(String, String, Double)] = []
    for _ in 0..<m {
      let u = rng.nextIndex(below: n)
      let v = rng.nextIndex(below: 8) == 0 ? u : rng.nextIndex(below: n)
      edges.append(("v\(u)", "v\(v)", Double(1 + rng.nextIndex(below: 4)) / 2))
    }
    return ClassicGraphs.graph(directed: false, nodes: (0..<n).map { "v\($0)" }, edges: edges)
  }

  /// The directed graph with every undirected edge in both directions (a self-loop twice).
  static func doubled(_ graph: Multigraph) -> Multigraph {
    var builder = MultigraphBuilder(directed: true)
    for node in graph.nodes { builder.addNode(node) }
    for edge in graph.edges {
      builder.addEdge(Edge(source: edge.source, target: edge.target, weight: edge.weight))
      builder.addEdge(Edge(source: edge.target, target: edge.source, weight: edge.weight))
    }
    return builder.build()
  }

  /// Undirected modularity equals the directed modularity of the doubled graph.
  @Test(arguments: 0..<8 as Range<UInt64>)
  func undirectedModularityEqualsDoubledDirected(seed: UInt64) throws {
    let graph = Self.randomGraph(seed: seed, n: 30, m: 80)
    let directed = Self.doubled(graph)
    var rng = GeflechtAnalytics.SplitMix64(seed: seed &+ 100)
    let labels = (0..<graph.nodeCount).map { _ in rng.nextIndex(below: 5) }
    var map: [Int: Int] = [:]
    let numbered = labels.map { l -> Int in
      if let x = map[l] { return x }
      map[l] = map.count
      return map[l]!
    }
    let partition = Partition(algorithm: "random", community: numbered)
    for resolution in [0.5, 1, 2] {
      let a = try Community.modularity(of: partition, in: graph, resolution: resolution)
      let b = try Community.modularity(of: partition, in: directed, resolution: resolution)
      #expect(abs(a - b) < 1e-12, "seed \(seed), γ = \(resolution)")
    }
  }

  /// Louvain and Leiden give valid partitions that beat singletons; Leiden's are connected. On
  /// the doubled directed graph the directed modularity gains equal the undirected ones, so
  /// both optimisers must return the very same partitions.
  @Test(arguments: 0..<8 as Range<UInt64>)
  func optimisersImproveOnSingletons(seed: UInt64) throws {
    let graph = Self.randomGraph(seed: seed, n: 60, m: 150)
    let singletons = Partition(algorithm: "s", community: Array(0..<graph.nodeCount))
    let floor = try Community.modularity(of: singletons, in: graph)
    let louvain = try Community.louvain(in: graph, seed: seed)
    let leiden = try Community.leiden(in: graph, seed: seed)
    for p in [louvain, leiden] {
      CommunityChecks.expectValid(p, of: graph)
      #expect(try Community.modularity(of: p, in: graph) > floor)
    }
    #expect(CommunityChecks.disconnectedCommunities(leiden, in: graph).isEmpty)
    let directed = Self.doubled(graph)
    #expect(try Community.leiden(in: directed, seed: seed).community == leiden.community)
    #expect(try Community.louvain(in: directed, seed: seed).community == louvain.community)
  }
}
