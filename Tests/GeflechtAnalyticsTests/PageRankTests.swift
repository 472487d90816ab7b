import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

struct PageRankTests {
  // MARK: NetworkX references

  @Test(arguments: try NetworkXCase.all("pagerank"))
  func pageRankMatchesNetworkX(_ testCase: NetworkXCase) throws {
    let graph = testCase.fixture.makeGraph()
    let parameters = testCase.measure.parameters
    let scores = try Centrality.pageRank(
      in: graph, damping: try #require(parameters.alpha), weighting: testCase.weighting,
      personalization: testCase.personalization(in: graph),
      tolerance: try #require(parameters.tol), maxIterations: try #require(parameters.maxIter))
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
    #expect(scores.measure == "pagerank")
  }

  // MARK: Hand-checkable examples from the doc comments

  @Test func pathScores() throws {
    let scores = try Centrality.pageRank(
      in: ClassicGraphs.path(["a", "b", "c"]), tolerance: 1e-15, maxIterations: 1000)
    expectClose(scores.values, [19.0 / 74, 18.0 / 37, 19.0 / 74], tolerance: 1e-12)
  }

  @Test func starScores() throws {
    let scores = try Centrality.pageRank(
      in: ClassicGraphs.star(leaves: 3), tolerance: 1e-15, maxIterations: 1000)
    let leaf = 77.0 / 444
    expectClose(scores.values, [71.0 / 148, leaf, leaf, leaf], tolerance: 1e-12)
  }

  @Test func danglingNodeJumpsUniformly() throws {
    // a → b, and b has no way out: x(a) = 0.5·(0.15 + 0.85·x(b)), so x = (20/57, 37/57).
    let graph = ClassicGraphs.path(["a", "b"], directed: true)
    let scores = try Centrality.pageRank(in: graph, tolerance: 1e-15, maxIterations: 1000)
    expectClose(scores.values, [20.0 / 57, 37.0 / 57], tolerance: 1e-12)
  }

  // MARK: Conventions

  @Test func parallelEdgesActLikeOneEdgeWithTheSummedWeight() throws {
    let parallel = ClassicGraphs.graph(
      directed: true, nodes: ["a", "b", "c"],
      edges: [("a", "b", 1), ("a", "b", 2), ("a", "c", 1), ("b", "c", 1), ("c", "a", 1)])
    let merged = ClassicGraphs.graph(
      directed: true, nodes: ["a", "b", "c"],
      edges: [("a", "b", 3), ("a", "c", 1), ("b", "c", 1), ("c", "a", 1)])
    let countedParallel = try Centrality.pageRank(
      in: parallel, weighting: .ignore, tolerance: 1e-15, maxIterations: 1000)
    let countedMerged = ClassicGraphs.graph(
      directed: true, nodes: ["a", "b", "c"],
      edges: [("a", "b", 2), ("a", "c", 1), ("b", "c", 1), ("c", "a", 1)])
    expectClose(
      try Centrality.pageRank(in: parallel, tolerance: 1e-15, maxIterations: 1000).values,
      try Centrality.pageRank(in: merged, tolerance: 1e-15, maxIterations: 1000).values,
      tolerance: 1e-12)
    expectClose(
      countedParallel.values,
      try Centrality.pageRank(in: countedMerged, tolerance: 1e-15, maxIterations: 1000).values,
      tolerance: 1e-12)
  }

  @Test func undirectedEdgeEqualsTwoDirectedEdges() throws {
    let undirected = ClassicGraphs.graph(
      directed: false, nodes: ["a", "b", "c", "d"],
      edges: [("a", "b", 2), ("b", "c", 1), ("c", "a", 3), ("c", "d", 0.5)])
    let bothWays = ClassicGraphs.graph(
      directed: true, nodes: ["a", "b", "c", "d"],
      edges: [
        ("a", "b", 2), ("b", "a", 2), ("b", "c", 1), ("c", "b", 1), ("c", "a", 3), ("a", "c", 3),
        ("c", "d", 0.5), ("d", "c", 0.5),
      ])
    expectClose(
      try Centrality.pageRank(in: undirected, tolerance: 1e-15, maxIterations: 1000).values,
      try Centrality.pageRank(in: bothWays, tolerance: 1e-15, maxIterations: 1000).values,
      tolerance: 1e-12)
  }

  @Test func zeroDampingReturnsThePersonalization() throws {
    let graph = ClassicGraphs.star(leaves: 3)
    let scores = try Centrality.pageRank(
      in: graph, damping: 0, personalization: [NodeID(1): 3, NodeID(2): 1])
    expectClose(scores.values, [0, 0.75, 0.25, 0], tolerance: 1e-15)
  }

  @Test func ignoringWeightsAcceptsNegativeWeights() throws {
    let graph = ClassicGraphs.path(["a", "b", "c"], weights: [-1, .nan])
    let scores = try Centrality.pageRank(
      in: graph, weighting: .ignore, tolerance: 1e-15, maxIterations: 1000)
    expectClose(scores.values, [19.0 / 74, 18.0 / 37, 19.0 / 74], tolerance: 1e-12)
  }

  // MARK: Errors

  @Test func emptyGraphThrows() {
    #expect(throws: AnalyticsError.emptyGraph(algorithm: "PageRank")) {
      try Centrality.pageRank(in: MultigraphBuilder(directed: true).build())
    }
  }

  @Test(arguments: [-0.1, 1.5, Double.nan])
  func dampingOutsideUnitIntervalThrows(_ damping: Double) {
    #expect {
      try Centrality.pageRank(in: ClassicGraphs.star(leaves: 2), damping: damping)
    } throws: { error in
      guard case AnalyticsError.invalidParameter(let name, _, _) = error else { return false }
      return name == "damping"
    }
  }

  @Test func nonPositiveToleranceAndIterationLimitThrow() {
    let graph = ClassicGraphs.star(leaves: 2)
    #expect(throws: AnalyticsError.self) { try Centrality.pageRank(in: graph, tolerance: 0) }
    #expect(throws: AnalyticsError.self) { try Centrality.pageRank(in: graph, maxIterations: 0) }
  }

  @Test func badWeightsThrowUnderStrength() {
    let negative = ClassicGraphs.path(["a", "b", "c"], weights: [1, -2])
    #expect(throws: AnalyticsError.negativeWeight(edge: EdgeID(1), weight: -2)) {
      try Centrality.pageRank(in: negative)
    }
    let infinite = ClassicGraphs.path(["a", "b"], weights: [.infinity])
    #expect(throws: AnalyticsError.nonFiniteWeight(edge: EdgeID(0), weight: .infinity)) {
      try Centrality.pageRank(in: infinite)
    }
  }

  @Test func distanceWeightingIsRejected() {
    #expect(throws: AnalyticsError.unsupportedWeighting(.distance, algorithm: "PageRank")) {
      try Centrality.pageRank(in: ClassicGraphs.star(leaves: 2), weighting: .distance)
    }
  }

  @Test func unusablePersonalizationThrows() {
    let graph = ClassicGraphs.star(leaves: 2)
    #expect(throws: AnalyticsError.self) {
      try Centrality.pageRank(in: graph, personalization: [NodeID(0): 0])
    }
    #expect(throws: AnalyticsError.self) {
      try Centrality.pageRank(in: graph, personalization: [NodeID(0): 1, NodeID(1): -1])
    }
  }

  @Test func tooFewIterationsThrowsDidNotConverge() throws {
    let graph = ClassicGraphs.path(["a", "b", "c", "d", "e"])
    do {
      _ = try Centrality.pageRank(in: graph, tolerance: 1e-15, maxIterations: 3)
      Issue.record("expected didNotConverge")
    } catch let AnalyticsError.didNotConverge(algorithm, iterations, residual, tolerance) {
      #expect(algorithm == "PageRank")
      #expect(iterations == 3)
      #expect(residual > 5 * tolerance)
      #expect(tolerance == 1e-15)
      let message = AnalyticsError.didNotConverge(
        algorithm: algorithm, iterations: iterations, residual: residual, tolerance: tolerance
      ).description
      #expect(message.contains("after 3 iterations"))
      #expect(message.contains("Raise maxIterations or loosen tolerance"))
    }
  }

  // MARK: Properties on seeded random graphs

  @Test(arguments: [1, 2, 3, 42, 2024, 31_337])
  func scoresFormAProbabilityDistribution(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    for directed in [true, false] {
      let graph = randomGraph(
        nodes: Int.random(in: 1...60, using: &generator), edgeProbability: 0.06,
        directed: directed, using: &generator)
      for weighting in [EdgeWeighting.strength, .ignore] {
        let scores = try Centrality.pageRank(
          in: graph, weighting: weighting, tolerance: 1e-12, maxIterations: 10_000)
        let sum = scores.values.reduce(0, +)
        #expect(
          abs(sum - 1) < 1e-9,
          "seed \(seed), directed \(directed), \(weighting): sum \(sum); edges \(edgeList(graph))")
        #expect(scores.values.allSatisfy { $0 >= 0 }, "seed \(seed): negative score")
      }
    }
  }

  // MARK: Helpers

  /// An Erdős–Rényi-style multigraph: each ordered (directed) or unordered (undirected) pair,
  /// self-loops included, gets an edge with probability `edgeProbability`, and sometimes a
  /// parallel one; weights are drawn from 0.5…5.
  private func randomGraph(
    nodes n: Int, edgeProbability: Double, directed: Bool, using generator: inout SplitMix64
  ) -> Multigraph {
    var builder = MultigraphBuilder(directed: directed)
    for i in 0..<n { builder.addNode(Node(key: EntityKey("v\(i)"), label: "v\(i)")) }
    for s in 0..<n {
      for t in (directed ? 0 : s)..<n where Double.random(in: 0..<1, using: &generator) < edgeProbability {
        let copies = Double.random(in: 0..<1, using: &generator) < 0.2 ? 2 : 1
        for _ in 0..<copies {
          builder.addEdge(
            Edge(source: NodeID(s), target: NodeID(t), weight: Double.random(in: 0.5...5, using: &generator)))
        }
      }
    }
    return builder.build()
  }

  private func edgeList(_ graph: Multigraph) -> String {
    graph.edgeIDs.map { "\(graph.source(of: $0))→\(graph.target(of: $0)) (\(graph.weight(of: $0)))" }
      .joined(separator: ", ")
  }
}
