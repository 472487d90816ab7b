import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

/// Programmer mistakes trap with a precondition message (exit tests).
@Suite struct CommunityPreconditionTests {
  @Test func partitionOfTheWrongSizeTraps() async {
    await #expect(processExitsWith: .failure) {
      let graph = ClassicGraphs.path(["a", "b", "c"])
      _ = try? Community.modularity(of: Partition(algorithm: "x", community: [0, 0]), in: graph)
    }
  }

  @Test func egoCenterFromAnotherGraphTraps() async {
    await #expect(processExitsWith: .failure) {
      let graph = ClassicGraphs.path(["a", "b"])
      _ = try? EgoNetwork.extract(around: NodeID(5), in: graph)
    }
  }

  @Test func partitionsOfDifferentSizesTrapInNMI() async {
    await #expect(processExitsWith: .failure) {
      _ = Community.normalizedMutualInformation(
        Partition(algorithm: "a", community: [0]), Partition(algorithm: "b", community: [0, 1]))
    }
  }
}
