import GeflechtCore

/// A simple-graph snapshot of a `Multigraph` for algorithms that want flat arrays: for every node, its
/// distinct neighbours in one direction, with parallel edges merged into one weight.
///
/// Built once per algorithm call, then read in hot loops without allocation:
/// `offsets[v] ..< offsets[v + 1]` indexes `targets` and `weights`, neighbours in ascending order.
///
/// - `direction`: `.outgoing` lists u → v, `.incoming` lists v ← u (the reverse graph), `.both` lists
///   every edge both ways (the undirected view). An undirected `Multigraph` is always read as `.both`.
/// - `weighting`: `.ignore` gives each edge weight 1, `.strength` keeps w, `.distance` turns w into the
///   length 1/w, `.length` keeps w (read as a length). Weighting applies before merging, so with
///   `.distance` and `.sum` the lengths add; path measures that want strengths summed first pass
///   `.strength` and invert afterwards (as `ShortestPathGraph` does).
/// - `parallelEdges`: how the weights of parallel edges (after `weighting`) merge.
/// - `selfLoops`: whether u → u edges are kept. In the `.both` view a self-loop appears once.
///
/// Complexity: O(n + m) time (two counting passes order every list), O(n + m) space.
public struct WeightedAdjacency: Sendable {
  public enum SelfLoops: Sendable { case keep, drop }

  public let nodeCount: Int
  public let offsets: [Int]
  public let targets: [Int32]
  public let weights: [Double]

  public init(
    _ graph: Multigraph, direction: Direction, weighting: EdgeWeighting,
    parallelEdges: ParallelEdgePolicy, selfLoops: SelfLoops = .keep
  ) {
    let n = graph.nodeCount
    let view: Direction = graph.isDirected ? direction : .both
    let (sources, destinations, edgeWeights) = graph.edgeArrays
    let edgeCount = sources.count
    let dropsLoops = selfLoops == .drop
    var counts = [Int](repeating: 0, count: n + 1)
    for e in 0..<edgeCount {
      let s = Int(sources[e])
      let t = Int(destinations[e])
      if s == t && dropsLoops { continue }
      switch view {
      case .outgoing: counts[s + 1] += 1
      case .incoming: counts[t + 1] += 1
      case .both:
        counts[s + 1] += 1
        if s != t { counts[t + 1] += 1 }
      }
    }
    for v in 0..<n { counts[v + 1] += counts[v] }
    var fill = counts
    var rawTargets = [Int32](repeating: 0, count: counts[n])
    var rawWeights = [Double](repeating: 0, count: counts[n])
    for e in 0..<edgeCount {
      let s = Int(sources[e])
      let t = Int(destinations[e])
      if s == t && dropsLoops { continue }
      let raw = edgeWeights[e]
      let w: Double
      switch weighting {
      case .ignore: w = 1
      case .strength, .length: w = raw
      case .distance: w = 1 / raw
      }
      if view != .incoming {
        rawTargets[fill[s]] = Int32(t)
        rawWeights[fill[s]] = w
        fill[s] += 1
      }
      if view == .incoming || (view == .both && s != t) {
        rawTargets[fill[t]] = Int32(s)
        rawWeights[fill[t]] = w
        fill[t] += 1
      }
    }
    // Order each node's list by neighbour with two stable counting passes (by neighbour, then by
    // node), so parallel edges stay in insertion order, then merge runs of the same neighbour.
    let m = rawTargets.count
    var owner = [Int32](repeating: 0, count: m)
    for v in 0..<n {
      for k in counts[v]..<counts[v + 1] { owner[k] = Int32(v) }
    }
    var byNeighbour = [Int](repeating: 0, count: n + 1)
    for k in 0..<m { byNeighbour[Int(rawTargets[k]) + 1] += 1 }
    for v in 0..<n { byNeighbour[v + 1] += byNeighbour[v] }
    var neighbourOrder = [Int](repeating: 0, count: m)
    for k in 0..<m {
      let t = Int(rawTargets[k])
      neighbourOrder[byNeighbour[t]] = k
      byNeighbour[t] += 1
    }
    var slot = counts
    var sorted = [Int](repeating: 0, count: m)
    for k in neighbourOrder {
      let v = Int(owner[k])
      sorted[slot[v]] = k
      slot[v] += 1
    }
    var offsets = [Int](repeating: 0, count: n + 1)
    var targets: [Int32] = []
    var weights: [Double] = []
    targets.reserveCapacity(m)
    weights.reserveCapacity(m)
    for v in 0..<n {
      var i = counts[v]
      let end = counts[v + 1]
      while i < end {
        let neighbor = rawTargets[sorted[i]]
        var merged = rawWeights[sorted[i]]
        var count = 1.0
        var j = i + 1
        while j < end, rawTargets[sorted[j]] == neighbor {
          let w = rawWeights[sorted[j]]
          switch parallelEdges {
          case .sum: merged += w
          case .min: merged = Swift.min(merged, w)
          case .max: merged = Swift.max(merged, w)
          case .count: break
          }
          count += 1
          j += 1
        }
        targets.append(neighbor)
        weights.append(parallelEdges == .count ? count : merged)
        i = j
      }
      offsets[v + 1] = targets.count
    }
    self.nodeCount = n
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
  }

  /// The number of distinct neighbours of `v`.
  @inline(__always) public func degree(of v: Int) -> Int { offsets[v + 1] - offsets[v] }

  /// The index range of `v`'s neighbours in `targets` and `weights`.
  @inline(__always) public func range(of v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }
}
