/// Reusable buffers for the local-moving loops, so that visiting a node allocates nothing.
///
/// `gather(_:of:in:)` adds up the weight from one node to each neighbouring community into
/// `weight[c]` and lists the communities in `touched`; `clear()` resets exactly those entries.
struct MoveScratch {
  var weight: [Double]
  var seen: [Bool]
  var touched: [Int]

  init(capacity: Int) {
    weight = [Double](repeating: 0, count: capacity)
    seen = [Bool](repeating: false, count: capacity)
    touched = []
    touched.reserveCapacity(64)
  }

  /// Sums the symmetric weight from `u` to every community of its neighbours, in neighbour order.
  /// With `within`, only neighbours whose `filter` label equals it count.
  @inline(__always)
  mutating func gather(
    _ graph: CommunityGraph, of u: Int, in community: [Int], filter: [Int]? = nil,
    within: Int = 0
  ) {
    for k in graph.offsets[u]..<graph.offsets[u + 1] {
      let v = Int(graph.targets[k])
      if let filter, filter[v] != within { continue }
      let c = community[v]
      if !seen[c] {
        seen[c] = true
        touched.append(c)
      }
      weight[c] += graph.weights[k]
    }
  }

  @inline(__always)
  mutating func clear() {
    for c in touched {
      weight[c] = 0
      seen[c] = false
    }
    touched.removeAll(keepingCapacity: true)
  }
}
