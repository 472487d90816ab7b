import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

/// Checks the fixtures themselves, so that a missing or misread file cannot pass silently.
struct NetworkXFixtureTests {
  @Test func everyFixtureLoadsAndMatchesItsGraph() throws {
    let fixtures = try NetworkXCase.fixtures()
    #expect(fixtures.count == NetworkXCase.fixtureNames.count)
    for fixture in fixtures {
      let graph = fixture.makeGraph()
      #expect(graph.nodeCount == fixture.nodes.count, "\(fixture.name)")
      #expect(graph.edgeCount == fixture.edges.count, "\(fixture.name)")
      #expect(graph.isDirected == fixture.directed, "\(fixture.name)")
      #expect(fixture.parallelEdges == "sum")
      for measure in fixture.measures {
        #expect(NetworkXCase.measureNames.contains(measure.measure), "\(measure.id)")
        let expectedCount = measure.target == "edges" ? fixture.edges.count : fixture.nodes.count
        #expect(measure.expected.count == expectedCount, "\(fixture.name) \(measure.id)")
        let allFinite = measure.expected.allSatisfy { $0.isFinite }
        #expect(allFinite, "\(fixture.name) \(measure.id)")
        #expect(measure.tolerance <= 1e-9)
      }
    }
  }

  @Test func karateClubHasWeightedAndUnweightedReferences() throws {
    let karate = try #require(try NetworkXCase.fixtures().first { $0.name == "karate_club" })
    #expect(karate.nodes.count == 34 && karate.edges.count == 78)
    #expect(karate.edges.contains { $0.weight != 1 })
    let calls = karate.measures.map(\.call)
    #expect(calls.contains { $0.hasPrefix("nx.pagerank(") && $0.contains("weight='weight'") })
    #expect(calls.contains { $0.hasPrefix("nx.pagerank(") && $0.contains("weight=None") })
    #expect(calls.contains { $0.hasPrefix("nx.betweenness_centrality(") && $0.contains("weight=None") })
    #expect(calls.contains { $0.hasPrefix("nx.betweenness_centrality(") && $0.contains("weight='weight'") })
  }

  /// Every algorithm of the centrality issue has references on several graphs.
  @Test(arguments: [
    "betweenness", "edge-betweenness", "closeness", "harmonic", "eigenvector", "katz", "hubs",
    "authorities", "coreness", "weak-components", "strong-components",
  ])
  func everyCentralityMeasureHasReferences(_ measure: String) throws {
    let cases = try NetworkXCase.all(measure)
    #expect(Set(cases.map(\.fixture.name)).count >= 5, "\(measure): \(cases.count) cases")
  }
}
