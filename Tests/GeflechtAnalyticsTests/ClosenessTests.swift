import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

struct ClosenessTests {
  @Test(arguments: try NetworkXCase.all("closeness"))
  func closenessMatchesNetworkX(_ testCase: NetworkXCase) throws {
    let scores = try Centrality.closeness(
      in: testCase.fixture.makeGraph(), weighting: testCase.weighting,
      parallelEdges: testCase.parallelEdges,
      usesWassermanFaust: try #require(testCase.measure.parameters.wfImproved))
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
    #expect(scores.measure == "closeness")
  }

  @Test func pathAndDisconnectedExamples() throws {
    expectClose(
      try Centrality.closeness(in: ClassicGraphs.path(["a", "b", "c"])).values,
      [2.0 / 3, 1, 2.0 / 3],
      tolerance: 1e-15)
    let split = ClassicGraphs.graph(
      directed: false, nodes: ["a", "b", "c"], edges: [("a", "b", 1)])
    #expect(try Centrality.closeness(in: split).values == [0.5, 0.5, 0])
    #expect(try Centrality.closeness(in: split, usesWassermanFaust: false).values == [1, 1, 0])
  }

  @Test func directedClosenessReadsIncomingDistances() throws {
    // a → b → c: only c is reached by everyone.
    let g = ClassicGraphs.path(["a", "b", "c"], directed: true)
    // b: reached from a at 1, 1/1 · 1/2; c: from b at 1 and a at 2, 2/3 · 2/2.
    expectClose(try Centrality.closeness(in: g).values, [0, 0.5, 2.0 / 3], tolerance: 1e-15)
  }

  @Test func threadCountDoesNotChangeTheResult() throws {
    let graph = RandomGraphs.make(nodes: 80, edgeProbability: 0.05, directed: true, seed: 4)
    let one = try Centrality.closeness(in: graph, weighting: .distance, threadCount: 1)
    #expect(try Centrality.closeness(in: graph, weighting: .distance, threadCount: 5) == one)
  }
}

struct HarmonicTests {
  @Test(arguments: try NetworkXCase.all("harmonic"))
  func harmonicMatchesNetworkX(_ testCase: NetworkXCase) throws {
    let scores = try Centrality.harmonic(
      in: testCase.fixture.makeGraph(), weighting: testCase.weighting,
      parallelEdges: testCase.parallelEdges)
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
    #expect(scores.measure == "harmonic")
  }

  @Test func pathExample() throws {
    #expect(
      try Centrality.harmonic(in: ClassicGraphs.path(["a", "b", "c"])).values == [1.5, 2, 1.5])
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func harmonicIsTheSumOfInverseIncomingDistances(seed: UInt64) throws {
    let graph = RandomGraphs.make(nodes: 30, edgeProbability: 0.08, directed: true, seed: seed)
    let scores = try Centrality.harmonic(in: graph, weighting: .distance)
    for v in graph.nodeIDs {
      let d = try Paths.shortestPathLengths(
        in: graph, from: v, weighting: .distance, direction: .incoming)
      let expected = d.filter { $0 > 0 && $0.isFinite }.map { 1 / $0 }.reduce(0, +)
      #expect(abs(scores[v] - expected) < 1e-12, "\(RandomGraphs.dump(graph))")
    }
  }
}
