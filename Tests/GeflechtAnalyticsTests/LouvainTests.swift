import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

@Suite struct LouvainTests {
  /// Over 20 seeds, Louvain's modularity is distributed as NetworkX's (see `expectComparable`).
  @Test(arguments: try CommunityFixture.communityFixtures())
  func louvainReachesNetworkXRange(_ fixture: CommunityFixture) throws {
    let graph = fixture.makeGraph()
    for c in try #require(fixture.louvain) {
      let weighting = CommunityChecks.weighting(c.weight)
      try CommunityChecks.expectComparable(to: c, quorum: 15, slack: 0.01, bestSlack: 0.015) { seed in
        let p = try Community.louvain(in: graph, resolution: c.resolution, seed: seed, weighting: weighting)
        CommunityChecks.expectValid(p, of: graph)
        return try Community.modularity(of: p, in: graph, resolution: c.resolution, weighting: weighting)
      }
    }
  }

  @Test func twoTrianglesSplitInTwo() throws {
    for seed: UInt64 in 0..<10 {
      let p = try Community.louvain(in: CommunityChecks.twoTriangles, seed: seed)
      #expect(p.community == [0, 0, 0, 1, 1, 1])
      #expect(p.algorithm == "louvain")
    }
  }

  @Test func sameSeedSamePartition() throws {
    let graph = try CommunityFixture.load("les_miserables", folder: "communities").makeGraph()
    for seed: UInt64 in [0, 1, 42] {
      let a = try Community.louvain(in: graph, seed: seed)
      let b = try Community.louvain(in: graph, seed: seed)
      #expect(a == b)
    }
  }

  @Test(arguments: try CommunityFixture.communityFixtures())
  func communityCountNeverFallsAsResolutionRises(_ fixture: CommunityFixture) throws {
    let graph = fixture.makeGraph()
    for seed: UInt64 in 0..<5 {
      var previous = 0
      for resolution in [0.25, 0.5, 1, 2, 4] {
        let count = try Community.louvain(in: graph, resolution: resolution, seed: seed).communityCount
        #expect(count >= previous, "seed \(seed), γ = \(resolution): \(count) < \(previous)")
        previous = count
      }
    }
  }

  @Test func edgelessGraphGivesSingletonsAndEmptyGraphThrows() throws {
    let edgeless = ClassicGraphs.graph(directed: false, nodes: ["a", "b", "c"], edges: [])
    #expect(try Community.louvain(in: edgeless).community == [0, 1, 2])
    let empty = MultigraphBuilder(directed: false).build()
    #expect(throws: AnalyticsError.emptyGraph(algorithm: "Louvain")) { try Community.louvain(in: empty) }
  }

  @Test func lfrBenchmarkIsRecovered() throws {
    let fixture = try CommunityFixture.load("lfr", folder: "communities")
    let graph = fixture.makeGraph()
    let planted = fixture.partition(try #require(fixture.plantedCommunities))
    for seed: UInt64 in 0..<3 {
      let found = try Community.louvain(in: graph, seed: seed, weighting: .ignore)
      let nmi = Community.normalizedMutualInformation(found, planted)
      #expect(nmi >= 0.97, "seed \(seed): NMI \(nmi)")
    }
  }
}
