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
/// Complexity: O(n + m log d) time for the per-node sort, O(n + m) space.
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
    var counts = [Int](repeating: 0, count: n + 1)
    for e in graph.edgeIDs {
      let s = graph.source(of: e).index
      let t = graph.target(of: e).index
      if s == t && selfLoops == .drop { continue }
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
    func put(_ from: Int, _ to: Int, _ w: Double) {
      rawTargets[fill[from]] = Int32(to)
      rawWeights[fill[from]] = w
      fill[from] += 1
    }
    for e in graph.edgeIDs {
      let s = graph.source(of: e).index
      let t = graph.target(of: e).index
      if s == t && selfLoops == .drop { continue }
      let raw = graph.weight(of: e)
      let w: Double
      switch weighting {
      case .ignore: w = 1
      case .strength: w = raw
      case .distance: w = 1 / raw
      case .length: w = raw
      }
      switch view {
      case .outgoing: put(s, t, w)
      case .incoming: put(t, s, w)
      case .both:
        put(s, t, w)
        if s != t { put(t, s, w) }
      }
    }
    // Sort each node's list by neighbour and merge runs of the same neighbour.
    var offsets = [Int](repeating: 0, count: n + 1)
    var targets: [Int32] = []
    var weights: [Double] = []
    targets.reserveCapacity(rawTargets.count)
    weights.reserveCapacity(rawWeights.count)
    var order: [Int] = []
    for v in 0..<n {
      let range = counts[v]..<counts[v + 1]
      order.removeAll(keepingCapacity: true)
      order.append(contentsOf: range)
      order.sort { rawTargets[$0] != rawTargets[$1] ? rawTargets[$0] < rawTargets[$1] : $0 < $1 }
      var i = 0
      while i < order.count {
        let neighbor = rawTargets[order[i]]
        var merged = rawWeights[order[i]]
        var count = 1.0
        var j = i + 1
        while j < order.count, rawTargets[order[j]] == neighbor {
          let w = rawWeights[order[j]]
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
