import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

@Suite struct LabelPropagationTests {
  @Test(arguments: try CommunityFixture.communityFixtures())
  func givesValidDeterministicPartitions(_ fixture: CommunityFixture) throws {
    let graph = fixture.makeGraph()
    for seed: UInt64 in 0..<5 {
      let p = try Community.labelPropagation(in: graph, seed: seed)
      CommunityChecks.expectValid(p, of: graph)
      #expect(p == (try Community.labelPropagation(in: graph, seed: seed)))
      #expect(p.algorithm == "label-propagation")
    }
  }

  @Test func twoTrianglesSplitInTwoForMostSeeds() throws {
    var hits = 0
    for seed: UInt64 in 0..<20 {
      let p = try Community.labelPropagation(in: CommunityChecks.twoTriangles, seed: seed)
      if p.community == [0, 0, 0, 1, 1, 1] { hits += 1 }
    }
    #expect(hits >= 10)
  }

  @Test func edgelessGraphGivesSingletons() throws {
    let edgeless = ClassicGraphs.graph(directed: false, nodes: ["a", "b", "c"], edges: [])
    #expect(try Community.labelPropagation(in: edgeless).community == [0, 1, 2])
  }

  @Test func lfrBenchmarkIsRecovered() throws {
    let fixture = try CommunityFixture.load("lfr", folder: "communities")
    let graph = fixture.makeGraph()
    let planted = fixture.partition(try #require(fixture.plantedCommunities))
    let found = try Community.labelPropagation(in: graph, seed: 0)
    let nmi = Community.normalizedMutualInformation(found, planted)
    #expect(nmi >= 0.9, "NMI \(nmi)")
  }
}
