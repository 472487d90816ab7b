import Foundation
import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

struct EigenvectorTests {
  @Test(arguments: try NetworkXCase.all("eigenvector"))
  func eigenvectorMatchesNetworkX(_ testCase: NetworkXCase) throws {
    let p = testCase.measure.parameters
    let scores = try Centrality.eigenvector(
      in: testCase.fixture.makeGraph(), weighting: testCase.weighting,
      parallelEdges: testCase.parallelEdges ?? .sum, tolerance: try #require(p.tol),
      maxIterations: try #require(p.maxIter))
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
    #expect(scores.measure == "eigenvector")
  }

  @Test func starExample() throws {
    let scores = try Centrality.eigenvector(
      in: ClassicGraphs.star(leaves: 3), tolerance: 1e-15, maxIterations: 10_000)
    expectClose(
      scores.values,
      [1 / 2.0.squareRoot(), 1 / 6.0.squareRoot(), 1 / 6.0.squareRoot(), 1 / 6.0.squareRoot()],
      tolerance: 1e-12)
  }

  @Test func reportsNonConvergence() throws {
    #expect(throws: AnalyticsError.self) {
      try Centrality.eigenvector(
        in: ClassicGraphs.star(leaves: 5), tolerance: 1e-15, maxIterations: 2)
    }
    #expect(
      throws: AnalyticsError.unsupportedWeighting(.distance, algorithm: "Eigenvector centrality")
    ) {
      try Centrality.eigenvector(in: ClassicGraphs.star(leaves: 2), weighting: .distance)
    }
    #expect(throws: AnalyticsError.emptyGraph(algorithm: "Eigenvector centrality")) {
      try Centrality.eigenvector(in: MultigraphBuilder().build())
    }
  }
}

struct KatzTests {
  @Test(arguments: try NetworkXCase.all("katz"))
  func katzMatchesNetworkX(_ testCase: NetworkXCase) throws {
    let p = testCase.measure.parameters
    let scores = try Centrality.katz(
      in: testCase.fixture.makeGraph(), alpha: try #require(p.alpha), beta: try #require(p.beta),
      normalized: try #require(p.normalized), weighting: testCase.weighting,
      parallelEdges: testCase.parallelEdges ?? .sum, tolerance: try #require(p.tol),
      maxIterations: try #require(p.maxIter))
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
    #expect(scores.measure == "katz")
  }

  @Test func pathExample() throws {
    let scores = try Centrality.katz(
      in: ClassicGraphs.path(["a", "b", "c"]), normalized: false, tolerance: 1e-15)
    expectClose(scores.values, [1.1 / 0.98, 1.2 / 0.98, 1.1 / 0.98], tolerance: 1e-12)
  }

  @Test func divergingAlphaDoesNotConverge() throws {
    #expect(throws: AnalyticsError.self) {
      try Centrality.katz(in: ClassicGraphs.star(leaves: 9), alpha: 1, maxIterations: 50)
    }
  }
}

struct HITSTests {
  @Test(arguments: try NetworkXCase.all("hubs"))
  func hubsMatchNetworkX(_ testCase: NetworkXCase) throws {
    let result = try run(testCase)
    expectClose(
      result.hubs.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
  }

  @Test(arguments: try NetworkXCase.all("authorities"))
  func authoritiesMatchNetworkX(_ testCase: NetworkXCase) throws {
    let result = try run(testCase)
    expectClose(
      result.authorities.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
  }

  private func run(_ testCase: NetworkXCase) throws -> HubsAndAuthorities {
    let p = testCase.measure.parameters
    return try Centrality.hits(
      in: testCase.fixture.makeGraph(), weighting: testCase.weighting,
      parallelEdges: testCase.parallelEdges ?? .sum, normalized: try #require(p.normalized),
      tolerance: try #require(p.tol), maxIterations: try #require(p.maxIter))
  }

  @Test func directedPathExample() throws {
    let result = try Centrality.hits(in: ClassicGraphs.path(["a", "b", "c"], directed: true))
    expectClose(result.hubs.values, [0.5, 0.5, 0], tolerance: 1e-12)
    expectClose(result.authorities.values, [0, 0.5, 0.5], tolerance: 1e-12)
  }

  @Test func undirectedHubsEqualAuthorities() throws {
    let graph = RandomGraphs.make(nodes: 30, edgeProbability: 0.15, directed: false, seed: 8)
    let result = try Centrality.hits(in: graph, tolerance: 1e-13, maxIterations: 10_000)
    expectClose(result.hubs.values, result.authorities.values, tolerance: 1e-9)
  }

  @Test func graphWithoutEdgesIsRejected() throws {
    let g = ClassicGraphs.graph(directed: true, nodes: ["a", "b"], edges: [])
    #expect(throws: AnalyticsError.self) { try Centrality.hits(in: g) }
  }
}
