import GeflechtAnalytics
import GeflechtCore
import GeflechtTestSupport
import Testing

/// Checks shared by the community tests.
enum CommunityChecks {
  /// Two triangles a–b–c and d–e–f joined by the edge c–d: the hand-checkable example.
  static let twoTriangles = ClassicGraphs.graph(
    directed: false, nodes: ["a", "b", "c", "d", "e", "f"],
    edges: [
      ("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("c", "d", 1), ("d", "e", 1), ("e", "f", 1),
      ("d", "f", 1),
    ])

  /// A partition is valid when it covers every node and numbers communities 0, 1, … in order of
  /// first node, with none empty.
  static func expectValid(
    _ partition: Partition, of graph: Multigraph, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(partition.community.count == graph.nodeCount, sourceLocation: sourceLocation)
    var next = 0
    for c in partition.community {
      #expect(c >= 0 && c <= next, "community \(c) before \(next)", sourceLocation: sourceLocation)
      if c == next { next += 1 }
    }
    #expect(partition.communities.allSatisfy { !$0.isEmpty }, sourceLocation: sourceLocation)
  }

  /// Whether every community is (weakly) connected inside itself.
  static func disconnectedCommunities(_ partition: Partition, in graph: Multigraph) -> [Int] {
    var bad: [Int] = []
    for (c, members) in partition.communities.enumerated() {
      var seen: Set<NodeID> = [members[0]]
      var stack = [members[0]]
      while let u = stack.popLast() {
        for v in graph.neighbors(of: u, direction: .both)
        where partition.community[v.index] == c && !seen.contains(v) {
          seen.insert(v)
          stack.append(v)
        }
      }
      if seen.count != members.count { bad.append(c) }
    }
    return bad
  }

  static func weighting(_ name: String?) -> EdgeWeighting { name == nil ? .ignore : .strength }

  /// Compares the modularity `run` reaches over the fixture's seeds with NetworkX's Louvain.
  ///
  /// NetworkX's own lowest value over 20 seeds is not a bound for other seeds (on the Florentine
  /// families at γ = 0.5 its 20-seed minimum is 0.5694, yet seed 83 of 200 gives 0.5269), so a
  /// heuristic with a different random stream is held to the distribution instead: at least
  /// `quorum` of the seeds reach NetworkX's 20-seed minimum, the mean is no more than `slack`
  /// below NetworkX's mean, and the best is no more than `bestSlack` below NetworkX's best.
  /// (NetworkX reaches the Florentine γ = 0.5 best, 0.5844, in 17 of 200 seeds: 20 seeds miss it
  /// one time in six.)
  static func expectComparable(
    to c: CommunityFixture.LouvainCase, quorum: Int, slack: Double, bestSlack: Double,
    sourceLocation: SourceLocation = #_sourceLocation, run: (UInt64) throws -> Double
  ) rethrows {
    var values: [Double] = []
    for seed in 0..<UInt64(c.seeds) { values.append(try run(seed)) }
    let reached = values.filter { $0 >= c.minModularity - 1e-9 }.count
    let mean = values.reduce(0, +) / Double(values.count)
    let referenceMean = c.modularities.reduce(0, +) / Double(c.modularities.count)
    #expect(reached >= quorum, "\(reached) of \(values.count) seeds reach \(c.minModularity): \(values); \(c.call)", sourceLocation: sourceLocation)
    #expect(mean >= referenceMean - slack, "mean \(mean) vs NetworkX \(referenceMean); \(c.call)", sourceLocation: sourceLocation)
    #expect((values.max() ?? -1) >= c.maxModularity - bestSlack, "best \(values.max() ?? -1) vs NetworkX \(c.maxModularity); \(c.call)", sourceLocation: sourceLocation)
  }
}
