import GeflechtCore

/// The graph that modularity optimisers work on, at one level of aggregation, in CSR form.
///
/// Every graph is held in "directed form": arc weights A(u,v), with an undirected edge u–v of weight
/// w counted as the two arcs u→v and v→u (and an undirected self-loop as 2w on u→u, as NetworkX's
/// degree counts it twice). Then, for both kinds of graph,
///
///     Q = Σ_c [ L_c / M − γ · Sout_c · Sin_c / M² ]
///
/// where M = Σ A(u,v), L_c sums A inside c and Sout_c, Sin_c sum the out- and in-strengths of c's
/// nodes. For an undirected graph M = 2m and this is Newman's modularity; for a directed graph it is
/// the directed modularity of Leicht and Newman that NetworkX uses.
///
/// `targets`/`weights` list, for each node, its other nodes with the symmetric weight
/// A(u,v) + A(v,u), so a move's gain reads one list whatever the direction.
struct CommunityGraph {
  let nodeCount: Int
  let offsets: [Int]
  let targets: [Int32]
  let weights: [Double]
  /// A(u,u): the weight of arcs that stay inside the node (self-loops, or a community's inside).
  let selfWeight: [Double]
  let outStrength: [Double]
  let inStrength: [Double]
  /// M, the total arc weight.
  let totalWeight: Double
  let isDirected: Bool

  init(
    nodeCount: Int, offsets: [Int], targets: [Int32], weights: [Double], selfWeight: [Double],
    outStrength: [Double], inStrength: [Double], totalWeight: Double, isDirected: Bool
  ) {
    self.nodeCount = nodeCount
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.selfWeight = selfWeight
    self.outStrength = outStrength
    self.inStrength = inStrength
    self.totalWeight = totalWeight
    self.isDirected = isDirected
  }

  /// Reads `graph` with parallel edges summed; `.ignore` counts every edge as 1.
  init(_ graph: Multigraph, weighting: EdgeWeighting) {
    let n = graph.nodeCount
    let adjacency = WeightedAdjacency(
      graph, direction: .both, weighting: weighting == .ignore ? .ignore : .strength,
      parallelEdges: .sum, selfLoops: .drop)
    let scale = graph.isDirected ? 1.0 : 2.0
    var selfWeight = [Double](repeating: 0, count: n)
    var outStrength = [Double](repeating: 0, count: n)
    var inStrength = [Double](repeating: 0, count: n)
    var total = 0.0
    for e in graph.edgeIDs {
      let s = graph.source(of: e).index
      let t = graph.target(of: e).index
      let w = weighting == .ignore ? 1 : graph.weight(of: e)
      if graph.isDirected {
        outStrength[s] += w
        inStrength[t] += w
        if s == t { selfWeight[s] += w }
        total += w
      } else {
        outStrength[s] += w
        outStrength[t] += w
        if s == t { selfWeight[s] += 2 * w }
        total += 2 * w
      }
    }
    if !graph.isDirected { inStrength = outStrength }
    self.init(
      nodeCount: n, offsets: adjacency.offsets, targets: adjacency.targets,
      weights: scale == 1 ? adjacency.weights : adjacency.weights.map { $0 * scale },
      selfWeight: selfWeight, outStrength: outStrength, inStrength: inStrength,
      totalWeight: total, isDirected: graph.isDirected)
  }

  /// The modularity of `community` (one number per node, 0..<communityCount).
  func modularity(_ community: [Int], communityCount: Int, resolution: Double) -> Double {
    guard totalWeight > 0 else { return 0 }
    var inside = [Double](repeating: 0, count: communityCount)
    var outSum = [Double](repeating: 0, count: communityCount)
    var inSum = [Double](repeating: 0, count: communityCount)
    for u in 0..<nodeCount {
      let c = community[u]
      inside[c] += selfWeight[u]
      outSum[c] += outStrength[u]
      inSum[c] += inStrength[u]
      for k in offsets[u]..<offsets[u + 1] where community[Int(targets[k])] == c {
        inside[c] += weights[k] / 2
      }
    }
    var q = 0.0
    let m = totalWeight
    for c in 0..<communityCount {
      q += inside[c] / m - resolution * outSum[c] * inSum[c] / (m * m)
    }
    return q
  }

  /// One node per community; arcs inside a community become its self weight. O(n + m).
  func aggregated(by community: [Int], communityCount k: Int) -> CommunityGraph {
    // Bucket nodes by community (counting sort, stable in node order).
    var start = [Int](repeating: 0, count: k + 1)
    for u in 0..<nodeCount { start[community[u] + 1] += 1 }
    for c in 0..<k { start[c + 1] += start[c] }
    var fill = start
    var members = [Int](repeating: 0, count: nodeCount)
    for u in 0..<nodeCount {
      members[fill[community[u]]] = u
      fill[community[u]] += 1
    }
    var newSelf = [Double](repeating: 0, count: k)
    var newOut = [Double](repeating: 0, count: k)
    var newIn = [Double](repeating: 0, count: k)
    var newOffsets = [Int](repeating: 0, count: k + 1)
    var newTargets: [Int32] = []
    var newWeights: [Double] = []
    newTargets.reserveCapacity(targets.count)
    newWeights.reserveCapacity(targets.count)
    var accumulated = [Double](repeating: 0, count: k)
    var seen = [Bool](repeating: false, count: k)
    var touched: [Int] = []
    for c in 0..<k {
      touched.removeAll(keepingCapacity: true)
      for i in start[c]..<start[c + 1] {
        let u = members[i]
        newSelf[c] += selfWeight[u]
        newOut[c] += outStrength[u]
        newIn[c] += inStrength[u]
        for e in offsets[u]..<offsets[u + 1] {
          let d = community[Int(targets[e])]
          if d == c {
            newSelf[c] += weights[e] / 2
          } else {
            if !seen[d] {
              seen[d] = true
              touched.append(d)
            }
            accumulated[d] += weights[e]
          }
        }
      }
      for d in touched {
        newTargets.append(Int32(d))
        newWeights.append(accumulated[d])
        accumulated[d] = 0
        seen[d] = false
      }
      newOffsets[c + 1] = newTargets.count
    }
    return CommunityGraph(
      nodeCount: k, offsets: newOffsets, targets: newTargets, weights: newWeights,
      selfWeight: newSelf, outStrength: newOut, inStrength: newIn, totalWeight: totalWeight,
      isDirected: isDirected)
  }
}

/// Renumbers `labels` in place to 0, 1, … in order of first appearance; returns the count.
func renumberInOrderOfFirstNode(_ labels: inout [Int], scratch: inout [Int]) -> Int {
  var maxLabel = -1
  for l in labels where l > maxLabel { maxLabel = l }
  if scratch.count < maxLabel + 1 { scratch = [Int](repeating: -1, count: maxLabel + 1) }
  for i in 0...max(maxLabel, 0) where i < scratch.count { scratch[i] = -1 }
  var next = 0
  for i in labels.indices {
    let l = labels[i]
    if scratch[l] < 0 {
      scratch[l] = next
      next += 1
    }
    labels[i] = scratch[l]
  }
  return next
}

extension Community {
  /// Throws unless every weight is finite and at least 0 (skipped for `.ignore`).
  static func validateWeights(_ graph: Multigraph, weighting: EdgeWeighting, algorithm: String)
    throws
  {
    switch weighting {
    case .ignore: return
    case .distance, .length: throw AnalyticsError.unsupportedWeighting(weighting, algorithm: algorithm)
    case .strength:
      for e in graph.edgeIDs {
        let w = graph.weight(of: e)
        guard w.isFinite else { throw AnalyticsError.nonFiniteWeight(edge: e, weight: w) }
        guard w >= 0 else { throw AnalyticsError.negativeWeight(edge: e, weight: w) }
      }
    }
  }

  static func validateResolution(_ resolution: Double) throws {
    guard resolution.isFinite, resolution >= 0 else {
      throw AnalyticsError.invalidParameter(
        name: "resolution", value: "\(resolution)", expected: "a finite number at least 0, such as 1")
    }
  }
}
