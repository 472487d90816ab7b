import GeflechtCore
import GeflechtTestSupport
import Testing

@testable import GeflechtAnalytics

/// The eight-sources-per-pass kernel of unweighted betweenness against the one-source kernel.
struct BetweennessMultiSourceTests {
  private func relabelled(_ graph: Multigraph) throws -> BreadthFirstRelabelling {
    let paths = try ShortestPathGraph(
      graph, direction: .outgoing, weighting: .ignore, parallelEdges: nil, algorithm: "test")
    return BreadthFirstRelabelling(offsets: paths.arcs.offsets, targets: paths.arcs.targets)
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func multiSourceAndPerSourceKernelsAgree(seed: UInt64) throws {
    // Sizes around multiples of eight (partial passes), sparse graphs with several components
    // and isolated nodes, dense ones with many tied shortest paths.
    var generator = SplitMix64(seed: seed)
    for (n, p) in [(7, 0.3), (9, 0.2), (40, 0.04), (61, 0.08), (70, 0.3)] {
      let graph = RandomGraphs.make(
        nodes: n, edgeProbability: p, directed: false, seed: generator.next())
      let arcs = try relabelled(graph)
      let sample = (0..<n).filter { _ in generator.nextIndex(below: 3) == 0 }
      for sources in [Array(0..<n), sample] {
        for includesEndpoints in [false, true] {
          let batched = Centrality.multiSourceUnweightedNodeDependencies(
            arcs, sources: sources, includesEndpoints: includesEndpoints, threadCount: 1)
          let single = Centrality.perSourceUnweightedNodeDependencies(
            arcs, sources: sources, includesEndpoints: includesEndpoints, threadCount: 1)
          expectClose(batched, single, tolerance: 1e-12)
          #expect(
            Centrality.multiSourceUnweightedNodeDependencies(
              arcs, sources: sources, includesEndpoints: includesEndpoints, threadCount: 3)
              == batched, "\(RandomGraphs.dump(graph))")
        }
      }
    }
  }

  @Test func longPathRunsOneSourceAtATime() throws {
    // 600 nodes in a row are too many levels for byte-sized levels: one source per search.
    // Node i lies between the i nodes before it and the n − 1 − i after it.
    let n = 600
    let path = ClassicGraphs.path((0..<n).map { "v\($0)" })
    #expect(!MultiSourceDependencies.fits(try relabelled(path)))
    let scores = try Centrality.betweenness(in: path, normalized: false)
    expectClose(scores.values, (0..<n).map { Double($0 * (n - 1 - $0)) }, tolerance: 1e-9)
  }

  @Test func shortCycleRunsEightSourcesAtATime() throws {
    // On a cycle of 2k + 1 nodes every node lies inside k(k − 1)/2 pairs, unnormalized.
    let k = 3
    let names = (0..<(2 * k + 1)).map { "v\($0)" }
    let edges = names.indices.map { (names[$0], names[($0 + 1) % names.count], 1.0) }
    let cycle = ClassicGraphs.graph(directed: false, nodes: names, edges: edges)
    #expect(MultiSourceDependencies.fits(try relabelled(cycle)))
    let scores = try Centrality.betweenness(in: cycle, normalized: false)
    expectClose(
      scores.values, [Double](repeating: Double(k * (k - 1) / 2), count: names.count),
      tolerance: 1e-9)
  }
}
