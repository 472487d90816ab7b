import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

@Suite struct LeidenTests {
  /// Leiden's communities are connected, and its modularity over 20 seeds is distributed at
  /// least as well as NetworkX's Louvain (see `expectComparable`; 18 of 20 seeds must reach
  /// NetworkX's minimum, and the mean may fall at most 0.002 below NetworkX's).
  @Test(arguments: try CommunityFixture.communityFixtures())
  func leidenReachesNetworkXRangeWithConnectedCommunities(_ fixture: CommunityFixture) throws {
    let graph = fixture.makeGraph()
    for c in try #require(fixture.louvain) {
      let weighting = CommunityChecks.weighting(c.weight)
      try CommunityChecks.expectComparable(to: c, quorum: 18, slack: 0.002, bestSlack: 0.002) { seed in
        let p = try Community.leiden(in: graph, resolution: c.resolution, seed: seed, weighting: weighting)
        CommunityChecks.expectValid(p, of: graph)
        #expect(CommunityChecks.disconnectedCommunities(p, in: graph).isEmpty, "seed \(seed), \(c.call)")
        return try Community.modularity(of: p, in: graph, resolution: c.resolution, weighting: weighting)
      }
    }
  }

  /// The best known modularity of the unweighted karate club is 0.4197896 (4 communities).
  @Test func karateClubReachesOptimum() throws {
    let graph = try CommunityFixture.load("karate_club", folder: "communities").makeGraph()
    for seed: UInt64 in 0..<20 {
      let p = try Community.leiden(in: graph, seed: seed, weighting: .ignore)
      let q = try Community.modularity(of: p, in: graph, weighting: .ignore)
      #expect(abs(q - 0.4197896120973044) < 1e-9, "seed \(seed): \(q)")
      #expect(p.communityCount == 4)
    }
  }

  /// Weighted, NetworkX's Louvain reaches at most 0.4449 over 20 seeds; Leiden reaches it every time.
  @Test func weightedKarateClubReachesNetworkXBest() throws {
    let fixture = try CommunityFixture.load("karate_club", folder: "communities")
    let graph = fixture.makeGraph()
    let reference = try #require(fixture.louvain?.first { $0.weight != nil && $0.resolution == 1 })
    for seed: UInt64 in 0..<20 {
      let p = try Community.leiden(in: graph, seed: seed, weighting: .strength)
      let q = try Community.modularity(of: p, in: graph, weighting: .strength)
      #expect(q >= reference.maxModularity - 1e-9, "seed \(seed): \(q)")
    }
  }

  @Test func sameSeedSamePartitionAndTwoTriangles() throws {
    let graph = try CommunityFixture.load("les_miserables", folder: "communities").makeGraph()
    for seed: UInt64 in [0, 1, 42] {
      #expect(try Community.leiden(in: graph, seed: seed) == Community.leiden(in: graph, seed: seed))
      #expect(try Community.leiden(in: CommunityChecks.twoTriangles, seed: seed).community == [0, 0, 0, 1, 1, 1])
    }
  }

  @Test(arguments: try CommunityFixture.communityFixtures())
  func communityCountNeverFallsAsResolutionRises(_ fixture: CommunityFixture) throws {
    let graph = fixture.makeGraph()
    for seed: UInt64 in 0..<5 {
      var previous = 0
      for resolution in [0.25, 0.5, 1, 2, 4] {
        let count = try Community.leiden(in: graph, resolution: resolution, seed: seed).communityCount
        #expect(count >= previous, "seed \(seed), γ = \(resolution): \(count) < \(previous)")
        previous = count
      }
    }
  }

  @Test func lfrBenchmarkIsRecoveredWithConnectedCommunities() throws {
    let fixture = try CommunityFixture.load("lfr", folder: "communities")
    let graph = fixture.makeGraph()
    let planted = fixture.partition(try #require(fixture.plantedCommunities))
    for seed: UInt64 in 0..<3 {
      let found = try Community.leiden(in: graph, seed: seed, weighting: .ignore)
      let nmi = Community.normalizedMutualInformation(found, planted)
      #expect(nmi >= 0.97, "seed \(seed): NMI \(nmi)")
      #expect(CommunityChecks.disconnectedCommunities(found, in: graph).isEmpty)
    }
  }

  @Test func rejectsBadParameters() {
    #expect(throws: AnalyticsError.self) {
      try Community.leiden(in: CommunityChecks.twoTriangles, randomness: -1)
    }
    #expect(throws: AnalyticsError.self) {
      try Community.leiden(in: CommunityChecks.twoTriangles, maxIterations: 0)
    }
    #expect(throws: AnalyticsError.unsupportedWeighting(.distance, algorithm: "Leiden")) {
      try Community.leiden(in: CommunityChecks.twoTriangles, weighting: .distance)
    }
  }
}
