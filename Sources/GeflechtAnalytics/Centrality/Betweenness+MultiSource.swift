/// One worker's buffers for eight breadth-first searches run together on a symmetric adjacency,
/// with Brandes' dependency accumulation: the multi-source kernel of unweighted betweenness.
///
/// Each node keeps one value per source ("lane") side by side: σ, the coefficient
/// (1 + δ)/σ and a scratch sum are `SIMD8<Double>` (one 64-byte cache line per node), and the
/// eight levels are bytes of one `UInt64` (0xFF for not reached). One read of a node's adjacency
/// then serves all eight sources, and the arithmetic runs on vectors.
///
/// The searches advance level by level, all lanes at once; each node of level d is listed once
/// per level, whatever the number of lanes that reach it there. Level d + 1 is found in one of two
/// ways, whichever reads fewer arcs (direction-optimising search, Beamer et al.):
/// - top-down: every node listed at level d adds its σ, masked to the lanes where it lies at
///   level d, to the scratch sum of each neighbour;
/// - bottom-up: every node not yet reached in some lane sums the σ of all its neighbours.
///   Unmasked sums are exact: in a lane where w is not reached after level d, w's neighbours lie
///   at level d or further, and σ is still zero for all of them beyond d.
/// A commit pass then gives each node level d + 1 in the lanes where it was not reached and its
/// sum is positive, and its σ there.
///
/// Dependencies follow level by level, deepest first, again in whichever direction reads fewer
/// arcs:
/// - pull: each node listed at level d sums the coefficients of all its neighbours, unmasked: in
///   a lane where it lies at level d its neighbours lie at d − 1, d or d + 1, and only those at
///   d + 1 have a coefficient yet (the coefficients of level d are written after the whole level
///   has been read);
/// - push: each node listed at level d + 1 adds its coefficients, masked to its lanes at d + 1,
///   to the scratch sums of all its neighbours. A neighbour lying further out in such a lane
///   gets a stray sum there, but its dependency in that lane is already known, and its scratch
///   sum is cleared whenever it is read.
/// Then, in the lanes at level d, δ = σ · sum, the coefficient becomes (1 + δ)/σ and δ is added
/// to the node's lane sums. The deepest level needs no sums. Lane sums add to the chunk's sums
/// in lane order in `flush(into:)`, so the result depends only on which sources share a pass,
/// never on the thread count. Lanes without a source (the last pass of a chunk) hold level
/// 0xFE at every node, which counts as reached and is never current.
///
/// Each node of each level costs O(1) vector work besides its arcs, and every level makes one
/// pass over all nodes, so a pass costs O(L·n + Σ over listed nodes of their degree) for L
/// levels. On BA(20000, m=5) eight sources in breadth-first order place a node at 1.85 distinct
/// levels on average (weighted by degree), so the arcs read per source are about a quarter of
/// those of one search each, and bottom-up and push levels cut them further.
///
/// Levels are bytes, so the kernel needs every search to end within 254 levels; the caller
/// checks this from the breadth-first relabelling's height (`fits(_:)`).
///
/// ## References
/// - U. Brandes, "A Faster Algorithm for Betweenness Centrality", J. Math. Sociol.
///   25(2):163–177, 2001. doi:10.1080/0022250X.2001.9990249
/// - M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann,
///   H. T. Vo, "The More the Merrier: Efficient Multi-Source Graph Traversal", PVLDB
///   8(4):449–460, 2014. doi:10.14778/2735496.2735507 (several searches share each read of an
///   adjacency)
/// - S. Beamer, K. Asanović, D. Patterson, "Direction-Optimizing Breadth-First Search", SC 2012.
///   doi:10.1109/SC.2012.50 (bottom-up levels)
final class MultiSourceDependencies {
  /// Sources per pass: one lane each.
  static let laneCount = 8

  /// Whether the kernel suits this relabelled symmetric adjacency: every search must end within
  /// 254 levels (no two nodes of a component lie more than 2·height hops apart), and the
  /// per-level passes over all nodes must cost less than reading the arcs a few times.
  static func fits(_ arcs: BreadthFirstRelabelling) -> Bool {
    let levels = 2 * arcs.height + 1
    let n = arcs.offsets.count - 1
    return levels <= 254 && n * levels <= 4 * Swift.max(arcs.targets.count, 1)
  }

  private let nodeCount: Int
  /// Byte i is the level of the node in lane i; 0xFF where not reached.
  private let level: UnsafeMutablePointer<UInt64>
  private let sigma: UnsafeMutablePointer<SIMD8<Double>>
  /// (1 + δ)/σ once the node's dependency is known in a lane, else 0.
  private let coefficient: UnsafeMutablePointer<SIMD8<Double>>
  /// Per-level sums (σ of the previous level, coefficients of the next); zero between uses.
  private let pending: UnsafeMutablePointer<SIMD8<Double>>
  /// Dependencies summed per lane over passes, until `flush(into:)`.
  private let laneSums: UnsafeMutablePointer<SIMD8<Double>>
  /// The nodes of each level, level by level: a node once per level it holds in some lane.
  private var levelNodes: [Int32]
  private var levelStart: [Int]
  /// The arcs of the nodes listed at each level.
  private var levelArcs: [Int]

  init(nodeCount n: Int) {
    nodeCount = n
    let count = Swift.max(n, 1)
    level = .allocate(capacity: count)
    level.initialize(repeating: ~0, count: count)
    func lanes() -> UnsafeMutablePointer<SIMD8<Double>> {
      let raw = UnsafeMutableRawPointer.allocate(
        byteCount: count * MemoryLayout<SIMD8<Double>>.stride, alignment: 64)
      let lanes = raw.bindMemory(to: SIMD8<Double>.self, capacity: count)
      lanes.initialize(repeating: .zero, count: count)
      return lanes
    }
    sigma = lanes()
    coefficient = lanes()
    pending = lanes()
    laneSums = lanes()
    levelNodes = [Int32](repeating: 0, count: n * Self.laneCount + 1)
    levelStart = []
    levelArcs = []
  }

  deinit {
    level.deallocate()
    sigma.deallocate()
    coefficient.deallocate()
    pending.deallocate()
    laneSums.deallocate()
  }

  /// Adds each node's lane sums to `sums`, lane 0 first, and clears them.
  func flush(into sums: UnsafeMutablePointer<Double>) {
    for v in 0..<nodeCount {
      let lanes = laneSums[v]
      var total = sums[v]
      for lane in 0..<Self.laneCount { total += lanes[lane] }
      sums[v] = total
      laneSums[v] = .zero
    }
  }

  /// Runs the searches from up to eight distinct `sources` (lane i from `sources[i]`) and adds
  /// δ_s(v) of every v ≠ s reached to the lane sums (plus 1 per reached v with endpoints; the
  /// reached − 1 of each source go straight to `sums`).
  func accumulate(
    from sources: ArraySlice<Int>, offsets: UnsafeBufferPointer<Int>,
    targets: UnsafeBufferPointer<Int32>, includesEndpoints: Bool,
    into sums: UnsafeMutablePointer<Double>
  ) {
    precondition(sources.count <= Self.laneCount, "at most \(Self.laneCount) sources per pass")
    let level = self.level
    let sigma = self.sigma
    let coefficient = self.coefficient
    let pending = self.pending
    let laneSums = self.laneSums
    let n = nodeCount
    levelStart.removeAll(keepingCapacity: true)
    levelArcs.removeAll(keepingCapacity: true)
    LaneTables.masks.withUnsafeBufferPointer { masks in
      LaneTables.bytes.withUnsafeBufferPointer { laneBytes in
        levelNodes.withUnsafeMutableBufferPointer { list in
          // Lanes without a source count as reached (at level 0xFE, never current), so that
          // bottom-up levels and their arc counts skip them.
          let unusedLanes = LaneTables.bytes[(1 << Self.laneCount) - (1 << sources.count)]
          if unusedLanes != 0 {
            let pattern = ~0 ^ (unusedLanes & 0x0101_0101_0101_0101)
            for v in 0..<n { level[v] = pattern }
          }
          // Level 0: the sources.
          var listed = 0
          var frontierArcs = 0
          for (lane, s) in sources.enumerated() {
            level[s] &= ~(0xFF << UInt64(8 * lane))
            sigma[s][lane] = 1
            list[listed] = Int32(truncatingIfNeeded: s)
            listed &+= 1
            frontierArcs &+= offsets[s + 1] &- offsets[s]
          }
          levelStart.append(0)
          levelStart.append(listed)
          levelArcs.append(frontierArcs)
          var reached = [Int](repeating: 1, count: Self.laneCount)
          var unreachedArcs = unusedLanes == ~0 ? 0 : offsets[n]
          var d: UInt8 = 0
          // Breadth-first levels, counting shortest paths.
          while frontierArcs > 0 {
            let isTopDown = frontierArcs < unreachedArcs
            if isTopDown {
              let current = byteBroadcast(d)
              for i in levelStart[Int(d)]..<levelStart[Int(d) + 1] {
                let v = Int(list[i])
                let lanes = masks[laneBits(zeroBytes(level[v] ^ current))]
                let paths = doubles(bits(sigma[v]) & lanes)
                for k in offsets[v]..<offsets[v + 1] {
                  pending[Int(targets[k])] += paths
                }
              }
            } else {
              for w in 0..<n where zeroBytes(~level[w]) != 0 {
                var paths = SIMD8<Double>.zero
                for k in offsets[w]..<offsets[w + 1] {
                  paths += sigma[Int(targets[k])]
                }
                pending[w] = paths
              }
            }
            // Commit level d + 1; count the arcs of the new level and of nodes still unreached.
            frontierArcs = 0
            unreachedArcs = 0
            let next = byteBroadcast(d &+ 1)
            for w in 0..<n {
              let levels = level[w]
              let unreachedFlags = zeroBytes(~levels)
              guard unreachedFlags != 0 else {
                // Top-down sums also land on nodes reached in every lane.
                if isTopDown { pending[w] = .zero }
                continue
              }
              let paths = pending[w]
              pending[w] = .zero
              let unreached = laneBits(unreachedFlags)
              let found = unreached & positiveLanes(paths)
              let degree = offsets[w + 1] &- offsets[w]
              if found != 0 {
                let foundBytes = laneBytes[found]
                level[w] = (levels & ~foundBytes) | (next & foundBytes)
                let lanes = masks[found]
                sigma[w] = doubles((bits(paths) & lanes) | (bits(sigma[w]) & ~lanes))
                if includesEndpoints {
                  for lane in 0..<Self.laneCount where found >> lane & 1 == 1 { reached[lane] += 1 }
                }
                list[listed] = Int32(truncatingIfNeeded: w)
                listed &+= 1
                frontierArcs &+= degree
              }
              if found != unreached { unreachedArcs &+= degree }
            }
            levelStart.append(listed)
            levelArcs.append(frontierArcs)
            d &+= 1
          }
          // Dependencies, deepest level first. The last level listed is empty, and the deepest
          // nonempty one has no neighbours further out, so its sums are zero without reading arcs.
          let one = SIMD8<Double>(repeating: 1)
          var current = Int(d) - 1
          while current >= 1 {
            let start = levelStart[current]
            let end = levelStart[current + 1]
            if current == Int(d) - 1 {
              // Nothing further out.
            } else if levelArcs[current + 1] < levelArcs[current] {
              // Push: each node of the next level adds its coefficients, masked to the lanes where
              // it lies there, to all its neighbours. In a lane where a neighbour lies at the
              // current level this is its sum; in other lanes the neighbour lies further out and
              // has its dependency already, and the stray sum is cleared when it is next read
              // (or at the end of the pass).
              let outer = byteBroadcast(UInt8(truncatingIfNeeded: current + 1))
              for i in levelStart[current + 1]..<levelStart[current + 2] {
                let w = Int(list[i])
                let lanes = masks[laneBits(zeroBytes(level[w] ^ outer))]
                let share = doubles(bits(coefficient[w]) & lanes)
                for k in offsets[w]..<offsets[w + 1] {
                  pending[Int(targets[k])] += share
                }
              }
            } else {
              for i in start..<end {
                let v = Int(list[i])
                var pulled = SIMD8<Double>.zero
                for k in offsets[v]..<offsets[v + 1] {
                  pulled += coefficient[Int(targets[k])]
                }
                pending[v] = pulled
              }
            }
            let flags = byteBroadcast(UInt8(truncatingIfNeeded: current))
            for i in start..<end {
              let v = Int(list[i])
              let lanes = masks[laneBits(zeroBytes(level[v] ^ flags))]
              let paths = sigma[v]
              let delta = paths * pending[v]
              pending[v] = .zero
              let c = (one + delta) / paths
              coefficient[v] = doubles((bits(c) & lanes) | (bits(coefficient[v]) & ~lanes))
              laneSums[v] += doubles(bits(includesEndpoints ? delta + one : delta) & lanes)
            }
            current -= 1
          }
          if includesEndpoints {
            for (lane, s) in sources.enumerated() { sums[s] += Double(reached[lane] - 1) }
          }
          if unusedLanes != 0 {
            for v in 0..<n { level[v] = ~0 }
          }
          for i in 0..<listed {
            let v = Int(list[i])
            level[v] = ~0
            sigma[v] = .zero
            coefficient[v] = .zero
            pending[v] = .zero
          }
        }
      }
    }
  }
}

/// Lookup tables from an 8-bit lane set (bit i for lane i) to lane masks and level bytes.
private enum LaneTables {
  /// All ones in each lane of the set.
  static let masks: [SIMD8<UInt64>] = (0..<256).map { set in
    SIMD8<UInt64>((0..<8).map { set >> $0 & 1 == 1 ? ~0 : 0 })
  }
  /// 0xFF in the byte of each lane of the set.
  static let bytes: [UInt64] = (0..<256).map { set in
    (0..<8).reduce(0) { $0 | (set >> $1 & 1 == 1 ? 0xFF << UInt64(8 * $1) : 0) }
  }
}

@inline(__always)
private func byteBroadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

/// 0x80 in each byte of `x` that is zero, else 0x00 (exact: no borrow between bytes).
@inline(__always)
private func zeroBytes(_ x: UInt64) -> UInt64 {
  let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  return ~(((x & low) &+ low) | x | low)
}

/// The lane set (bit i for byte i) of byte flags with 0x80 set in flagged bytes.
@inline(__always)
private func laneBits(_ flags: UInt64) -> Int {
  Int(truncatingIfNeeded: ((flags >> 7) &* 0x0102_0408_1020_4080) >> 56)
}

/// The lane set of the lanes of `x` above zero.
@inline(__always)
private func positiveLanes(_ x: SIMD8<Double>) -> Int {
  var set = 0
  for lane in 0..<8 { set |= (x[lane] > 0 ? 1 : 0) << lane }
  return set
}

@inline(__always)
private func bits(_ x: SIMD8<Double>) -> SIMD8<UInt64> { unsafeBitCast(x, to: SIMD8<UInt64>.self) }

@inline(__always)
private func doubles(_ x: SIMD8<UInt64>) -> SIMD8<Double> {
  unsafeBitCast(x, to: SIMD8<Double>.self)
}
