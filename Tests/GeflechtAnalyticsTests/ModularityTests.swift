import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

@Suite struct ModularityTests {
  @Test(arguments: try CommunityFixture.communityFixtures())
  func modularityMatchesNetworkX(_ fixture: CommunityFixture) throws {
    let graph = fixture.makeGraph()
    let cases = try #require(fixture.modularity)
    #expect(!cases.isEmpty)
    for c in cases {
      let q = try Community.modularity(
        of: fixture.partition(c.communities), in: graph, resolution: c.resolution,
        weighting: CommunityChecks.weighting(c.weight))
      #expect(abs(q - c.expected) <= c.tolerance, "\(c.partition): \(c.call) = \(c.expected), got \(q)")
    }
  }

  @Test func twoTrianglesScoreFiveFourteenths() throws {
    let split = Partition(algorithm: "hand", community: [0, 0, 0, 1, 1, 1])
    let q = try Community.modularity(of: split, in: CommunityChecks.twoTriangles)
    #expect(abs(q - 5.0 / 14.0) < 1e-12)
    let whole = Partition(algorithm: "hand", community: [0, 0, 0, 0, 0, 0])
    #expect(abs(try Community.modularity(of: whole, in: CommunityChecks.twoTriangles)) < 1e-12)
  }

  @Test func rejectsDistanceNegativeResolutionAndEdgelessGraphs() {
    let split = Partition(algorithm: "hand", community: [0, 0, 0, 1, 1, 1])
    #expect(throws: AnalyticsError.unsupportedWeighting(.distance, algorithm: "modularity")) {
      try Community.modularity(of: split, in: CommunityChecks.twoTriangles, weighting: .distance)
    }
    #expect(throws: AnalyticsError.self) {
      try Community.modularity(of: split, in: CommunityChecks.twoTriangles, resolution: -1)
    }
    let edgeless = ClassicGraphs.graph(directed: false, nodes: ["a", "b"], edges: [])
    #expect(throws: AnalyticsError.self) {
      try Community.modularity(of: Partition(algorithm: "x", community: [0, 1]), in: edgeless)
    }
  }
}
