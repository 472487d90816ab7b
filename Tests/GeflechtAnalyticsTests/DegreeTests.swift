import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

struct DegreeTests {
  // MARK: NetworkX references

  @Test(arguments: try NetworkXCase.all("degree"))
  func degreeMatchesNetworkX(_ testCase: NetworkXCase) {
    let graph = testCase.fixture.makeGraph()
    let scores = Centrality.degree(in: graph, direction: testCase.direction)
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
  }

  @Test(arguments: try NetworkXCase.all("strength"))
  func strengthMatchesNetworkX(_ testCase: NetworkXCase) {
    let graph = testCase.fixture.makeGraph()
    let scores = Centrality.strength(in: graph, direction: testCase.direction)
    expectClose(scores.values, testCase.measure.expected, tolerance: testCase.measure.tolerance)
  }

  // MARK: Hand-checkable examples from the doc comments

  @Test func pathDegrees() {
    let scores = Centrality.degree(in: ClassicGraphs.path(["a", "b", "c"]))
    #expect(scores.values == [1, 2, 1])
    #expect(scores.measure == "degree")
  }

  @Test func starDegrees() {
    let scores = Centrality.degree(in: ClassicGraphs.star(leaves: 3))
    #expect(scores.values == [3, 1, 1, 1])
    #expect(scores.ranked().first == NodeID(0))
  }

  @Test func weightedPathStrengths() {
    let graph = ClassicGraphs.path(["a", "b", "c"], weights: [2, 3])
    #expect(Centrality.strength(in: graph).values == [2, 5, 3])
  }

  // MARK: Conventions

  @Test func directedDegreesFollowDirection() {
    let graph = ClassicGraphs.graph(
      directed: true, nodes: ["a", "b", "c"], edges: [("a", "b", 2), ("a", "c", 1), ("c", "b", 4)])
    #expect(Centrality.degree(in: graph, direction: .outgoing).values == [2, 0, 1])
    #expect(Centrality.degree(in: graph, direction: .incoming).values == [0, 2, 1])
    #expect(Centrality.degree(in: graph, direction: .both).values == [2, 2, 2])
    #expect(Centrality.strength(in: graph, direction: .outgoing).values == [3, 0, 4])
    #expect(Centrality.strength(in: graph, direction: .incoming).values == [0, 6, 1])
    #expect(Centrality.strength(in: graph, direction: .incoming).measure == "in-strength")
  }

  @Test(arguments: Direction.allCases)
  func undirectedGraphIgnoresDirection(_ direction: Direction) {
    let graph = ClassicGraphs.path(["a", "b", "c"], weights: [2, 3])
    #expect(Centrality.degree(in: graph, direction: direction).values == [1, 2, 1])
    #expect(Centrality.strength(in: graph, direction: direction).values == [2, 5, 3])
    #expect(Centrality.degree(in: graph, direction: direction).measure == "degree")
  }

  @Test func undirectedSelfLoopCountsTwice() {
    let graph = ClassicGraphs.graph(
      directed: false, nodes: ["a", "b"], edges: [("a", "a", 1.5), ("a", "b", 1)])
    #expect(Centrality.degree(in: graph).values == [3, 1])
    #expect(Centrality.strength(in: graph).values == [4, 1])
  }

  @Test func parallelEdgesCountAndSum() {
    let graph = ClassicGraphs.graph(
      directed: true, nodes: ["a", "b"], edges: [("a", "b", 1), ("a", "b", 2.5)])
    #expect(Centrality.degree(in: graph, direction: .outgoing).values == [2, 0])
    #expect(Centrality.strength(in: graph, direction: .incoming).values == [0, 3.5])
  }

  @Test func emptyGraphGivesNoScores() {
    let graph = MultigraphBuilder(directed: false).build()
    #expect(Centrality.degree(in: graph).values.isEmpty)
    #expect(Centrality.strength(in: graph).values.isEmpty)
  }
}
