/// The flat-buffer steps that Louvain's and Leiden's local moving share for one node `u`.
///
/// `gather` adds the weight from `u` to each neighbouring community into `link[c]` and lists each
/// community once in `touched` (in neighbour order); `bestCommunity` scores `u`'s own community and
/// every listed one and resets `link` and `seen` for the next node. O(deg(u)) each, no allocation.
enum ModularityMoveKernel {
  /// Sums the weight from `u` to each community of its neighbours; returns how many were listed.
  @inline(__always)
  static func gather(
    _ u: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>, weights: UnsafeBufferPointer<Double>,
    community: UnsafeMutableBufferPointer<Int>, link: UnsafeMutableBufferPointer<Double>,
    seen: UnsafeMutableBufferPointer<Bool>, touched: UnsafeMutableBufferPointer<Int>
  ) -> Int {
    var touchedCount = 0
    for k in offsets[u]..<offsets[u + 1] {
      let c = community[Int(targets[k])]
      if !seen[c] {
        seen[c] = true
        touched[touchedCount] = c
        touchedCount &+= 1
      }
      link[c] += weights[k]
    }
    return touchedCount
  }

  /// The community with the highest score for `u` (whose strengths `kOut`, `kIn` are already taken
  /// out of `own`'s sums), and that score.
  ///
  /// A community's score is its share of the modularity with `u` in it, up to terms common to all (the
  /// gain of moving `u` from `own` to `c` is score(c) − score(own)); an empty community scores 0. Every
  /// score is computed by the same expression, so an exact tie compares equal and a move needs a
  /// strictly higher score: rounding in a gain that subtracts the same terms in another order cannot
  /// make `u` hop between tied communities forever. Ties keep `own`, then the first community listed.
  @inline(__always)
  static func bestCommunity(
    own: Int, touchedCount: Int, touched: UnsafeMutableBufferPointer<Int>, link: UnsafeMutableBufferPointer<Double>,
    seen: UnsafeMutableBufferPointer<Bool>, sumOut: UnsafeMutableBufferPointer<Double>,
    sumIn: UnsafeMutableBufferPointer<Double>, kOut: Double, kIn: Double, m: Double, m2: Double, resolution: Double
  ) -> (community: Int, score: Double) {
    var best = own
    var bestScore = link[own] / m - resolution * (kOut * sumIn[own] + kIn * sumOut[own]) / m2
    for i in 0..<touchedCount {
      let c = touched[i]
      if c != own {
        let score = link[c] / m - resolution * (kOut * sumIn[c] + kIn * sumOut[c]) / m2
        if score > bestScore {
          bestScore = score
          best = c
        }
      }
      link[c] = 0
      seen[c] = false
    }
    link[own] = 0
    return (best, bestScore)
  }
}
