import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

struct BetweennessTests {
  // MARK: NetworkX references

  @Test(arguments: try NetworkXCase.all("betweenness"))
  func betweennessMatchesNetworkX(_ testCase: NetworkXCase) throws {
    let p = testCase.measure.parameters
    let scores = try Centrality.betweenness(
      in: testCase.fixture.makeGraph(), weighting: testCase.weighting,
      parallelEdges: testCase.parallelEdges, normalized: try #require(p.normalized),
      includesEndpoints: try #require(p.endpoints))
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
    #expect(scores.measure == "betweenness")
  }

  @Test(arguments: try NetworkXCase.all("edge-betweenness"))
  func edgeBetweennessMatchesNetworkX(_ testCase: NetworkXCase) throws {
    let scores = try Centrality.edgeBetweenness(
      in: testCase.fixture.makeGraph(), weighting: testCase.weighting,
      parallelEdges: testCase.parallelEdges,
      normalized: try #require(testCase.measure.parameters.normalized))
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
    #expect(scores.measure == "edge-betweenness")
  }

  // MARK: Hand-checkable examples from the doc comments

  @Test func pathMiddleNodeLiesOnTheOnlyPair() throws {
    let path = ClassicGraphs.path(["a", "b", "c"])
    #expect(try Centrality.betweenness(in: path).values == [0, 1, 0])
    #expect(try Centrality.betweenness(in: path, normalized: false).values == [0, 1, 0])
    let edges = try Centrality.edgeBetweenness(in: path, normalized: false)
    #expect(edges.values == [2, 2])
    expectClose(
      try Centrality.edgeBetweenness(in: path).values, [2.0 / 3, 2.0 / 3], tolerance: 1e-15)
  }

  @Test func parallelEdgesDoNotDoubleThePaths() throws {
    // a–b twice, b–c once: still one shortest a–c path; the a–b value splits over both copies.
    let g = ClassicGraphs.graph(
      directed: false, nodes: ["a", "b", "c"], edges: [("a", "b", 1), ("a", "b", 3), ("b", "c", 1)])
    #expect(try Centrality.betweenness(in: g, normalized: false).values == [0, 1, 0])
    #expect(try Centrality.edgeBetweenness(in: g, normalized: false).values == [1, 1, 2])
    // As lengths, only the shorter copy (weight 1) carries the paths.
    #expect(
      try Centrality.edgeBetweenness(in: g, weighting: .length, normalized: false).values == [
        2, 0, 2,
      ])
  }

  @Test func distanceReadsStrongTiesAsShort() throws {
    // a–b–c strong (weight 4 each, length 1/4) versus a direct weak a–c (weight 1, length 1).
    let g = ClassicGraphs.graph(
      directed: false, nodes: ["a", "b", "c"], edges: [("a", "b", 4), ("b", "c", 4), ("a", "c", 1)])
    #expect(
      try Centrality.betweenness(in: g, weighting: .distance, normalized: false).values == [
        0, 1, 0,
      ])
    #expect(
      try Centrality.betweenness(in: g, weighting: .ignore, normalized: false).values == [0, 0, 0])
    // As lengths the direct edges (4, 4, 1) are always shortest: nobody lies between.
    #expect(
      try Centrality.betweenness(in: g, weighting: .length, normalized: false).values == [0, 0, 0])
  }

  // MARK: Sampling and threads

  @Test(arguments: [false, true])
  func allPivotsEqualExact(directed: Bool) throws {
    let graph = RandomGraphs.make(nodes: 40, edgeProbability: 0.1, directed: directed, seed: 5)
    for weighting in [EdgeWeighting.ignore, .distance] {
      let exact = try Centrality.betweenness(in: graph, weighting: weighting)
      let sampled = try Centrality.betweenness(
        in: graph, weighting: weighting, sources: .sample(pivots: 40, seed: 9))
      #expect(exact == sampled)
      let exactEdges = try Centrality.edgeBetweenness(in: graph, weighting: weighting)
      let sampledEdges = try Centrality.edgeBetweenness(
        in: graph, weighting: weighting, sources: .sample(pivots: 1000, seed: 1))
      #expect(exactEdges == sampledEdges)
    }
  }

  @Test func sameSeedSameSample() throws {
    let graph = RandomGraphs.make(nodes: 60, edgeProbability: 0.08, directed: false, seed: 11)
    let a = try Centrality.betweenness(in: graph, sources: .sample(pivots: 12, seed: 77))
    let b = try Centrality.betweenness(
      in: graph, sources: .sample(pivots: 12, seed: 77), threadCount: 1)
    let c = try Centrality.betweenness(in: graph, sources: .sample(pivots: 12, seed: 78))
    #expect(a == b)
    #expect(a != c)
    let e1 = try Centrality.edgeBetweenness(in: graph, sources: .sample(pivots: 12, seed: 77))
    let e2 = try Centrality.edgeBetweenness(in: graph, sources: .sample(pivots: 12, seed: 77))
    #expect(e1 == e2)
  }

  @Test func sampledEstimateIsCloseOnAverage() throws {
    // The estimator is unbiased: the mean over seeds approaches the exact value.
    let graph = RandomGraphs.make(nodes: 50, edgeProbability: 0.1, directed: false, seed: 3)
    let exact = try Centrality.betweenness(in: graph).values
    var mean = [Double](repeating: 0, count: exact.count)
    let seeds: [UInt64] = Array(1...200)
    for seed in seeds {
      let sampled = try Centrality.betweenness(
        in: graph, includesEndpoints: true, sources: .sample(pivots: 25, seed: seed)
      ).values
      for i in mean.indices { mean[i] += sampled[i] / Double(seeds.count) }
    }
    let exactWithEndpoints = try Centrality.betweenness(in: graph, includesEndpoints: true).values
    expectClose(mean, exactWithEndpoints, tolerance: 0.02)
    #expect(exact.count == 50)
  }

  @Test(arguments: [false, true])
  func oneThreadAndManyThreadsGiveIdenticalArrays(directed: Bool) throws {
    let graph = RandomGraphs.make(nodes: 120, edgeProbability: 0.05, directed: directed, seed: 21)
    for weighting in [EdgeWeighting.ignore, .distance, .length] {
      let one = try Centrality.betweenness(in: graph, weighting: weighting, threadCount: 1)
      for threads in [2, 3, 8, 64] {
        #expect(
          try Centrality.betweenness(in: graph, weighting: weighting, threadCount: threads) == one)
      }
      let oneEdges = try Centrality.edgeBetweenness(in: graph, weighting: weighting, threadCount: 1)
      #expect(
        try Centrality.edgeBetweenness(in: graph, weighting: weighting, threadCount: 7) == oneEdges)
    }
  }

  // MARK: Properties on seeded random graphs

  @Test(arguments: [1, 2, 3, 42, 2024] as [UInt64])
  func unitWeightsEqualUnweighted(seed: UInt64) throws {
    for directed in [false, true] {
      let graph = RandomGraphs.make(
        nodes: 45, edgeProbability: 0.07, directed: directed, seed: seed, weight: { _ in 1 })
      let bfs = try Centrality.betweenness(in: graph, weighting: .ignore)
      let dijkstra = try Centrality.betweenness(in: graph, weighting: .length)
      expectClose(bfs.values, dijkstra.values, tolerance: 1e-12)
      let bfsEdges = try Centrality.edgeBetweenness(in: graph, weighting: .ignore)
      let dijkstraEdges = try Centrality.edgeBetweenness(in: graph, weighting: .length)
      expectClose(bfsEdges.values, dijkstraEdges.values, tolerance: 1e-12)
      if bfs.values.enumerated().contains(where: {
        abs($0.element - dijkstra.values[$0.offset]) > 1e-12
      }) {
        Issue.record("seed \(seed): \(RandomGraphs.dump(graph))")
      }
    }
  }

  @Test(arguments: [7, 8, 9] as [UInt64])
  func edgeScoresAddUpToNodeScoresPlusPairs(seed: UInt64) throws {
    // Σ_e b(e) = Σ_v b(v) + (number of connected ordered pairs), unnormalized, per ordered pair:
    // every shortest path with h hops has h edges and h − 1 inner nodes.
    for directed in [false, true] {
      let graph = RandomGraphs.make(nodes: 30, edgeProbability: 0.1, directed: directed, seed: seed)
      let nodes = try Centrality.betweenness(in: graph, normalized: false).values.reduce(0, +)
      let edges = try Centrality.edgeBetweenness(in: graph, normalized: false).values.reduce(0, +)
      var pairs = 0.0
      for v in graph.nodeIDs {
        let d = try Paths.shortestPathLengths(in: graph, from: v)
        pairs += Double(d.filter { $0.isFinite && $0 > 0 }.count)
      }
      let factor = directed ? 1.0 : 0.5
      #expect(abs(edges - (nodes + pairs * factor)) < 1e-9, "\(RandomGraphs.dump(graph))")
    }
  }

  // MARK: Errors

  @Test func rejectsStrengthAndBadWeights() throws {
    let path = ClassicGraphs.path(["a", "b", "c"], weights: [1, 0])
    #expect(throws: AnalyticsError.unsupportedWeighting(.strength, algorithm: "Betweenness")) {
      try Centrality.betweenness(in: path, weighting: .strength)
    }
    #expect(throws: AnalyticsError.nonPositiveWeight(edge: EdgeID(1), weight: 0)) {
      try Centrality.betweenness(in: path, weighting: .distance)
    }
    #expect(try Centrality.betweenness(in: path, weighting: .ignore).values == [0, 1, 0])
    #expect(throws: AnalyticsError.self) {
      try Centrality.betweenness(in: path, sources: .sample(pivots: 0, seed: 1))
    }
    #expect(throws: AnalyticsError.self) { try Centrality.betweenness(in: path, threadCount: 0) }
  }

  @Test func emptyAndTinyGraphs() throws {
    let empty = MultigraphBuilder(directed: true).build()
    #expect(try Centrality.betweenness(in: empty).values.isEmpty)
    #expect(try Centrality.edgeBetweenness(in: empty).values.isEmpty)
    let single = ClassicGraphs.graph(directed: false, nodes: ["a"], edges: [("a", "a", 1)])
    #expect(try Centrality.betweenness(in: single).values == [0])
    #expect(try Centrality.edgeBetweenness(in: single).values == [0])
  }
}
