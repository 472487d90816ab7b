import GeflechtCore

extension Centrality {
  /// Brandes' accumulation of node dependencies over unweighted shortest paths, summed over
  /// `sources`: the fast path of `betweenness(in:…)` for `.ignore`.
  ///
  /// The searches run on a copy of the arcs with the nodes renumbered in breadth-first order
  /// (`BreadthFirstRelabelling`), which keeps the per-node state a search touches close together
  /// in memory; sums are mapped back at the end. Sources are taken in that order, so that
  /// neighbouring sources share a chunk and a pass. On an undirected graph whose searches end
  /// within a few levels (`MultiSourceDependencies.fits`), eight sources run per pass
  /// (`MultiSourceDependencies`: one read of a node's adjacency serves all eight, bottom-up
  /// and push levels where they read fewer arcs); otherwise (directed graphs, long paths) one
  /// source runs at a time (`perSourceUnweightedNodeDependencies`). Sources are cut into the
  /// fixed chunks of `SourceChunks`, and passes into fixed groups of eight within a chunk, whose
  /// partial sums add in chunk order, so the result is bit-identical for every thread count.
  /// On BA(20000, m=5), one thread, eight per pass took 8.9–9.5 s of CPU where one at a time
  /// (before the eight-source kernel) took 34.5–37.2 s, in the same session on a shared machine.
  ///
  /// - Complexity: O(n·m) time for n sources and m arcs. Eight sources per pass: O(L·n + m) per
  ///   pass for searches of L levels (L ≤ 2·height + 1 is checked to be small), about 300 bytes
  ///   of scratch per node and thread; one at a time: O(n + m) scratch per thread. Plus
  ///   O(min(n, 32)·n) for the chunk partials.
  ///
  /// ## References
  /// - U. Brandes, "A Faster Algorithm for Betweenness Centrality",
  ///   J. Math. Sociol. 25(2):163–177, 2001. doi:10.1080/0022250X.2001.9990249
  /// - M. Then et al., "The More the Merrier: Efficient Multi-Source Graph Traversal",
  ///   PVLDB 8(4):449–460, 2014. doi:10.14778/2735496.2735507
  /// - S. Beamer, K. Asanović, D. Patterson, "Direction-Optimizing Breadth-First Search",
  ///   SC 2012. doi:10.1109/SC.2012.50
  static func accumulateUnweightedNodeDependencies(
    _ paths: ShortestPathGraph, sources: [Int], includesEndpoints: Bool, threadCount: Int?
  ) -> [Double] {
    let arcs = BreadthFirstRelabelling(offsets: paths.arcs.offsets, targets: paths.arcs.targets)
    return !paths.isDirected && MultiSourceDependencies.fits(arcs)
      ? multiSourceUnweightedNodeDependencies(
        arcs, sources: sources, includesEndpoints: includesEndpoints, threadCount: threadCount)
      : perSourceUnweightedNodeDependencies(
        arcs, sources: sources, includesEndpoints: includesEndpoints, threadCount: threadCount)
  }

  /// Eight sources per pass (`MultiSourceDependencies`); `arcs` must be symmetric and fit.
  static func multiSourceUnweightedNodeDependencies(
    _ arcs: BreadthFirstRelabelling, sources: [Int], includesEndpoints: Bool, threadCount: Int?
  ) -> [Double] {
    let n = arcs.offsets.count - 1
    let laneCount = MultiSourceDependencies.laneCount
    return sumOverSourceChunks(
      arcs, sources: sources, threadCount: threadCount, makeScratch: { MultiSourceDependencies(nodeCount: n) },
      chunk: { scratch, chunkSources, offsets, targets, sums in
        for start in stride(from: chunkSources.startIndex, to: chunkSources.endIndex, by: laneCount) {
          scratch.accumulate(
            from: chunkSources[start..<Swift.min(start + laneCount, chunkSources.endIndex)],
            offsets: offsets, targets: targets, includesEndpoints: includesEndpoints, into: sums)
        }
        scratch.flush(into: sums)
      })
  }

  /// One source at a time (`BreadthFirstDependencies`): any adjacency, directed or not.
  ///
  /// Each source runs a breadth-first search over flat Int32 arrays that counts shortest paths
  /// σ(s,v) and records the visiting order and, per node, its successors (the neighbours w one
  /// level further out, d(s,w) = d(s,v) + 1), in one flat list; then, farthest nodes first,
  /// every node v pulls its dependency from its successors:
  ///
  ///     δ_s(v) = σ(s,v) · Σ_{w : d(s,w) = d(s,v) + 1} (1 + δ_s(w)) / σ(s,w)
  ///
  /// Successors are stored where the search reads them, so the backward pass reads a sequential
  /// list instead of all arcs and their distances. The search has no data-dependent branches:
  /// every arc writes the next order and successor slots and keeps them by a 0/1 increment.
  static func perSourceUnweightedNodeDependencies(
    _ arcs: BreadthFirstRelabelling, sources: [Int], includesEndpoints: Bool, threadCount: Int?
  ) -> [Double] {
    let n = arcs.offsets.count - 1
    return sumOverSourceChunks(
      arcs, sources: sources, threadCount: threadCount,
      makeScratch: { BreadthFirstDependencies(nodeCount: n, arcCount: arcs.targets.count) },
      chunk: { scratch, chunkSources, offsets, targets, sums in
        for s in chunkSources {
          scratch.accumulate(from: s, offsets: offsets, targets: targets, includesEndpoints: includesEndpoints, into: sums)
        }
      })
  }

  /// The sources, renumbered and sorted, cut into the fixed chunks of `SourceChunks`; `chunk` adds one
  /// chunk's dependencies into that chunk's partial sums (indexed by new number), each worker with its
  /// own scratch; the partials are then added in chunk order, per original node.
  private static func sumOverSourceChunks<Scratch>(
    _ arcs: BreadthFirstRelabelling, sources: [Int], threadCount: Int?, makeScratch: @escaping @Sendable () -> Scratch,
    chunk: @escaping @Sendable (
      inout Scratch, ArraySlice<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>, UnsafeMutablePointer<Double>
    ) -> Void
  ) -> [Double] {
    let n = arcs.offsets.count - 1
    let chunks = SourceChunks.chunkCount(for: sources.count)
    let threads = SourceChunks.threads(requested: threadCount, chunks: chunks)
    let partials = SharedDoubles(count: chunks * n)
    let renumbered = sources.map { Int(arcs.newIndex[$0]) }.sorted()
    SourceChunks.run(
      chunks: chunks, threads: threads, makeScratch: makeScratch,
      body: { scratch, c in
        arcs.offsets.withUnsafeBufferPointer { offsets in
          arcs.targets.withUnsafeBufferPointer { targets in
            let range = SourceChunks.range(of: c, chunks: chunks, sourceCount: sources.count)
            chunk(&scratch, renumbered[range], offsets, targets, partials.pointer + c * n)
          }
        }
      })
    return sumPartials(partials, chunks: chunks, newIndex: arcs.newIndex)
  }

  /// The chunk partials (indexed by new number) added in chunk order, per original node.
  private static func sumPartials(
    _ partials: SharedDoubles, chunks: Int, newIndex: [Int32]
  ) -> [Double] {
    let n = newIndex.count
    var nodes = [Double](repeating: 0, count: n)
    for chunk in 0..<chunks {
      for v in 0..<n { nodes[v] += partials[chunk * n + Int(newIndex[v])] }
    }
    return nodes
  }
}

/// One worker's buffers for `perSourceUnweightedNodeDependencies`, reused for every source:
/// `distance` is −1 and `sigma` 0 for nodes not reached (restored after each source, in
/// O(reached)). `order` has one spare slot, written by the branch-free search and never kept.
private struct BreadthFirstDependencies {
  var distance: [Int32]
  var sigma: [Double]
  /// (1 + δ_s(w)) / σ(s,w) of each node w once its dependency is known.
  var coefficient: [Double]
  var order: [Int32]
  /// The successors of each reached node, in `order`: those of `order[j]` are
  /// `successors[successorStart[j] ..< successorStart[j + 1]]`.
  var successors: [Int32]
  var successorStart: [Int32]

  init(nodeCount n: Int, arcCount: Int) {
    successors = [Int32](repeating: 0, count: arcCount + 1)
    successorStart = [Int32](repeating: 0, count: n + 1)
    distance = [Int32](repeating: -1, count: n)
    sigma = [Double](repeating: 0, count: n)
    coefficient = [Double](repeating: 0, count: n)
    order = [Int32](repeating: 0, count: n + 1)
  }

  /// Adds δ_s(v) to `sums[v]` for every v ≠ s reached from `s` (plus 1 per reached v, and reached
  /// − 1 to s, with endpoints).
  mutating func accumulate(
    from s: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
    includesEndpoints: Bool, into sums: UnsafeMutablePointer<Double>
  ) {
    distance.withUnsafeMutableBufferPointer { distance in
      sigma.withUnsafeMutableBufferPointer { sigma in
        coefficient.withUnsafeMutableBufferPointer { coefficient in
          order.withUnsafeMutableBufferPointer { order in
           successors.withUnsafeMutableBufferPointer { successors in
            successorStart.withUnsafeMutableBufferPointer { successorStart in
            // Breadth-first search counting shortest paths.
            distance[s] = 0
            sigma[s] = 1
            order[0] = Int32(s)
            var reached = 1
            var head = 0
            var successorCount = 0
            while head < reached {
              let v = Int(order[head])
              successorStart[head] = Int32(truncatingIfNeeded: successorCount)
              head &+= 1
              let next = distance[v] &+ 1
              let paths = sigma[v]
              // Branch-free: every neighbour is written to the next order slot, and the slot
              // is kept (reached advances) only for a new node; σ grows for new nodes and for
              // nodes already found one level further out.
              for k in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[k])
                let d = distance[w]
                let isNew = d < 0
                order[reached] = Int32(truncatingIfNeeded: w)
                reached &+= isNew ? 1 : 0
                let found = isNew ? next : d
                distance[w] = found
                // Found nodes lie at most one level out, so found == next means "new, or
                // already one level out".
                sigma[w] += selected(paths, if: found, equals: next)
                successors[successorCount] = Int32(truncatingIfNeeded: w)
                successorCount &+= found == next ? 1 : 0
              }
            }
            successorStart[reached] = Int32(truncatingIfNeeded: successorCount)
            // Dependencies, farthest nodes first; the source needs none.
            if includesEndpoints { sums[s] += Double(reached - 1) }
            var j = reached - 1
            while j > 0 {
              let v = Int(order[j])
              var pulledEven = 0.0
              var pulledOdd = 0.0
              var k = Int(successorStart[j])
              let end = Int(successorStart[j + 1])
              while k + 1 < end {
                pulledEven += coefficient[Int(successors[k])]
                pulledOdd += coefficient[Int(successors[k + 1])]
                k &+= 2
              }
              if k < end { pulledEven += coefficient[Int(successors[k])] }
              let delta = sigma[v] * (pulledEven + pulledOdd)
              coefficient[v] = (1 + delta) / sigma[v]
              sums[v] += includesEndpoints ? delta + 1 : delta
              j &-= 1
            }
            for i in 0..<reached {
              let v = Int(order[i])
              distance[v] = -1
              sigma[v] = 0
            }
            }
           }
          }
        }
      }
    }
  }
}

/// `value` when `a == b`, else +0.0, computed with a bit mask instead of a branch: in the
/// searches above the comparison is unpredictable, and a mispredicted branch costs more than
/// the masking.
@inline(__always)
private func selected(_ value: Double, if a: Int32, equals b: Int32) -> Double {
  // All ones when a == b, else all zeros.
  let mask = 0 &- UInt64(a == b ? 1 : 0)
  return Double(bitPattern: value.bitPattern & mask)
}
