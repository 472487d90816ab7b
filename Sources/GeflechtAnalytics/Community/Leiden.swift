import Foundation
import GeflechtCore

extension Community {
  /// Finds communities by the Leiden algorithm: fast local moving, a refinement that splits each
  /// community into well-connected parts, and aggregation of the refined parts.
  ///
  /// One iteration starts from the current partition P (singletons at first) and repeats:
  /// 1. *Fast local moving.* A queue, in seeded random order, holds every node; a node moves to
  ///    the neighbouring or an empty community with the largest positive modularity gain, and
  ///    its neighbours outside the new community rejoin the queue.
  /// 2. *Refinement.* Within each community S, start from singletons; a node v still alone and
  ///    well connected to S (E(v, S−v) ≥ γ·k(v)·(K(S) − k(v))/2m) may join a refined part C ⊆ S
  ///    it touches that is itself well connected, with probability ∝ exp(ΔH/θ) over the moves
  ///    with ΔH ≥ 0 (staying alone has ΔH = 0; ΔH in edge-weight units). So every refined part
  ///    is connected.
  /// 3. *Aggregation.* Refined parts become nodes; P, carried over, is their starting partition.
  ///    (If refinement merged nothing, P's communities are aggregated instead.)
  /// It ends when every community is one aggregate node. Iterations repeat from the result
  /// until the partition stops changing or `maxIterations` run. Directed graphs use the directed
  /// modularity as `louvain(in:…)` does; connectivity is then weak connectivity.
  ///
  /// - Parameters:
  ///   - graph: A graph with at least one node.
  ///   - resolution: γ ≥ 0 (default 1).
  ///   - seed: Seeds the `SplitMix64` for node orders and refinement choices.
  ///   - weighting: `.strength` (default) or `.ignore`; `.distance` is rejected.
  ///   - randomness: θ ≥ 0 of the refinement (default 0.01, as igraph and leidenalg);
  ///     0 always takes the best merge.
  ///   - maxIterations: The most full iterations (default 10).
  /// - Returns: A partition into connected communities, numbered in order of first node;
  ///   algorithm `leiden`.
  /// - Throws: As `louvain(in:resolution:seed:weighting:threshold:)`, plus `.invalidParameter`
  ///   for a negative θ or fewer than one iteration.
  /// - Complexity: O(m) expected time per pass of local moving and per refinement, over
  ///   O(log n) levels; O(n + m) extra space.
  ///
  /// NetworkX 3.6 has no Leiden of its own (its `leiden_communities` needs a backend); compare
  /// with `igraph.Graph.community_leiden(objective_function="modularity", resolution=γ,
  /// beta=0.01, n_iterations=-1)` or `leidenalg.ModularityVertexPartition`. On Zachary's karate
  /// club (unweighted) it reaches Q ≈ 0.4198, the known optimum, with four communities.
  ///
  /// ## References
  /// - V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing
  ///   well-connected communities", Sci. Rep. 9:5233, 2019. doi:10.1038/s41598-019-41695-z
  public static func leiden(
    in graph: Multigraph, resolution: Double = 1, seed: UInt64 = 0,
    weighting: EdgeWeighting = .strength, randomness: Double = 0.01, maxIterations: Int = 10
  ) throws -> Partition {
    guard graph.nodeCount > 0 else { throw AnalyticsError.emptyGraph(algorithm: "Leiden") }
    try validateResolution(resolution)
    guard randomness.isFinite, randomness >= 0 else {
      throw AnalyticsError.invalidParameter(
        name: "randomness", value: "\(randomness)", expected: "a finite number at least 0, such as 0.01")
    }
    guard maxIterations >= 1 else {
      throw AnalyticsError.invalidParameter(
        name: "maxIterations", value: "\(maxIterations)", expected: "at least 1, such as 10")
    }
    try validateWeights(graph, weighting: weighting, algorithm: "Leiden")
    let base = CommunityGraph(graph, weighting: weighting)
    var current = Array(0..<graph.nodeCount)
    guard base.totalWeight > 0 else { return partition(current, algorithm: "leiden") }
    var state = LeidenState(
      resolution: resolution, randomness: randomness, rng: SplitMix64(seed: seed),
      scratch: MoveScratch(capacity: base.nodeCount))
    for _ in 0..<maxIterations {
      let next = try state.iterate(base, from: current)
      if next == current { break }
      current = next
    }
    return partition(current, algorithm: "leiden")
  }
}

/// The parameters and reusable buffers of one Leiden run.
private struct LeidenState {
  let resolution: Double
  let randomness: Double
  var rng: SplitMix64
  var scratch: MoveScratch
  var renumbering: [Int] = []
  var candidates: [Int] = []
  var candidateGains: [Double] = []

  init(resolution: Double, randomness: Double, rng: SplitMix64, scratch: MoveScratch) {
    self.resolution = resolution
    self.randomness = randomness
    self.rng = rng
    self.scratch = scratch
  }

  /// One Leiden iteration from `initial` (a label per node of `base`); returns renumbered labels.
  mutating func iterate(_ base: CommunityGraph, from initial: [Int]) throws -> [Int] {
    var level = base
    var membership = Array(0..<base.nodeCount)
    var community = initial
    _ = renumberInOrderOfFirstNode(&community, scratch: &renumbering)
    while true {
      try Task.checkCancellation()
      moveNodesFast(level, community: &community)
      let count = renumberInOrderOfFirstNode(&community, scratch: &renumbering)
      if count == level.nodeCount { break }
      var refined = refine(level, community: community, communityCount: count)
      var refinedCount = renumberInOrderOfFirstNode(&refined, scratch: &renumbering)
      if refinedCount == level.nodeCount {
        refined = community
        refinedCount = count
      }
      var carried = [Int](repeating: 0, count: refinedCount)
      for u in 0..<level.nodeCount { carried[refined[u]] = community[u] }
      for v in membership.indices { membership[v] = refined[membership[v]] }
      level = level.aggregated(by: refined, communityCount: refinedCount)
      community = carried
    }
    var result = membership.map { community[$0] }
    _ = renumberInOrderOfFirstNode(&result, scratch: &renumbering)
    return result
  }

  /// Queue-based local moving; a node may also move to an empty community. The hot loop reads
  /// flat buffers without bounds checks and allocates nothing.
  mutating func moveNodesFast(_ g: CommunityGraph, community: inout [Int]) {
    let n = g.nodeCount
    let m = g.totalWeight
    let m2 = m * m
    let resolution = resolution
    var sumOut = [Double](repeating: 0, count: n)
    var sumIn = [Double](repeating: 0, count: n)
    var size = [Int](repeating: 0, count: n)
    for u in 0..<n {
      sumOut[community[u]] += g.outStrength[u]
      sumIn[community[u]] += g.inStrength[u]
      size[community[u]] += 1
    }
    var empty: [Int] = []
    for c in stride(from: n - 1, through: 0, by: -1) where size[c] == 0 { empty.append(c) }
    var queue = Array(0..<n)
    rng.shuffle(&queue)
    var inQueue = [Bool](repeating: true, count: n)
    // Borrow the scratch buffers: link[c] sums the weight to community c, seen[c] marks it listed.
    var link = scratch.weight
    var seen = scratch.seen
    scratch.weight = []
    scratch.seen = []
    defer {
      scratch.weight = link
      scratch.seen = seen
    }
    var touched = [Int](repeating: 0, count: n)
    g.offsets.withUnsafeBufferPointer { offsets in
      g.targets.withUnsafeBufferPointer { targets in
        g.weights.withUnsafeBufferPointer { weights in
          g.outStrength.withUnsafeBufferPointer { outStrength in
            g.inStrength.withUnsafeBufferPointer { inStrength in
              community.withUnsafeMutableBufferPointer { community in
                sumOut.withUnsafeMutableBufferPointer { sumOut in
                  sumIn.withUnsafeMutableBufferPointer { sumIn in
                    size.withUnsafeMutableBufferPointer { size in
                      link.withUnsafeMutableBufferPointer { link in
                        seen.withUnsafeMutableBufferPointer { seen in
                          touched.withUnsafeMutableBufferPointer { touched in
                            queue.withUnsafeMutableBufferPointer { queue in
                              inQueue.withUnsafeMutableBufferPointer { inQueue in
                                var head = 0
                                var length = n
                                while length > 0 {
                                  let u = queue[head]
                                  head = head + 1 == n ? 0 : head + 1
                                  length -= 1
                                  inQueue[u] = false
                                  let own = community[u]
                                  let touchedCount = ModularityMoveKernel.gather(
                                    u, offsets: offsets, targets: targets, weights: weights, community: community, link: link, seen: seen,
                                    touched: touched)
                                  let kOut = outStrength[u]
                                  let kIn = inStrength[u]
                                  sumOut[own] -= kOut
                                  sumIn[own] -= kIn
                                  size[own] -= 1
                                  let chosen = ModularityMoveKernel.bestCommunity(
                                    own: own, touchedCount: touchedCount, touched: touched, link: link, seen: seen, sumOut: sumOut, sumIn: sumIn,
                                    kOut: kOut, kIn: kIn, m: m, m2: m2, resolution: resolution)
                                  var best = chosen.community
                                  if size[own] > 0, let spare = empty.last, 0 > chosen.score {
                                    best = spare
                                  }
                                  sumOut[best] += kOut
                                  sumIn[best] += kIn
                                  size[best] += 1
                                  guard best != own else { continue }
                                  if best == empty.last { empty.removeLast() }
                                  if size[own] == 0 { empty.append(own) }
                                  community[u] = best
                                  for k in offsets[u]..<offsets[u + 1] {
                                    let v = Int(targets[k])
                                    if !inQueue[v] && community[v] != best {
                                      inQueue[v] = true
                                      var slot = head + length
                                      if slot >= n { slot -= n }
                                      queue[slot] = v
                                      length += 1
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Splits each community into well-connected parts by merging singletons (Traag et al., Alg. A.2).
  mutating func refine(_ g: CommunityGraph, community: [Int], communityCount: Int) -> [Int] {
    let n = g.nodeCount
    let m = g.totalWeight
    var communityOut = [Double](repeating: 0, count: communityCount)
    var communityIn = [Double](repeating: 0, count: communityCount)
    for u in 0..<n {
      communityOut[community[u]] += g.outStrength[u]
      communityIn[community[u]] += g.inStrength[u]
    }
    var refined = Array(0..<n)
    var partSize = [Int](repeating: 1, count: n)
    var partOut = g.outStrength
    var partIn = g.inStrength
    // external[r]: symmetric weight from part r to the rest of its community.
    var external = [Double](repeating: 0, count: n)
    for u in 0..<n {
      for k in g.offsets[u]..<g.offsets[u + 1] where community[Int(g.targets[k])] == community[u] {
        external[u] += g.weights[k]
      }
    }
    // Expected symmetric weight between a set X and the rest of S, scaled by M: the bar to clear.
    func bar(_ xOut: Double, _ xIn: Double, _ s: Int) -> Double {
      resolution * (xOut * (communityIn[s] - xIn) + xIn * (communityOut[s] - xOut)) / m
    }
    var order = Array(0..<n)
    rng.shuffle(&order)
    for v in order {
      let own = refined[v]
      guard partSize[own] == 1 else { continue }
      let s = community[v]
      let kOut = g.outStrength[v]
      let kIn = g.inStrength[v]
      guard external[own] >= bar(kOut, kIn, s) else { continue }
      scratch.gather(g, of: v, in: refined, filter: community, within: s)
      candidates.removeAll(keepingCapacity: true)
      candidateGains.removeAll(keepingCapacity: true)
      candidates.append(own)
      candidateGains.append(0)
      var bestGain = 0.0
      for r in scratch.touched where r != own {
        guard external[r] >= bar(partOut[r], partIn[r], s) else { continue }
        // ΔH in edge-weight units (half the symmetric weight).
        let gain = (scratch.weight[r] - resolution * (kOut * partIn[r] + kIn * partOut[r]) / m) / 2
        guard gain >= 0 else { continue }
        candidates.append(r)
        candidateGains.append(gain)
        bestGain = max(bestGain, gain)
      }
      let chosen = choose(bestGain: bestGain)
      if chosen != own {
        let link = scratch.weight[chosen]
        external[chosen] += external[own] - 2 * link
        partOut[chosen] += kOut
        partIn[chosen] += kIn
        partSize[chosen] += 1
        partSize[own] = 0
        refined[v] = chosen
      }
      scratch.clear()
    }
    return refined
  }

  /// Draws a candidate with probability ∝ exp((gain − best)/θ), or the best when θ = 0.
  private mutating func choose(bestGain: Double) -> Int {
    if candidates.count == 1 { return candidates[0] }
    if randomness == 0 {
      let i = candidateGains.firstIndex(of: bestGain) ?? 0
      return candidates[i]
    }
    var total = 0.0
    for i in candidateGains.indices {
      candidateGains[i] = exp((candidateGains[i] - bestGain) / randomness)
      total += candidateGains[i]
    }
    var x = rng.nextUnit() * total
    for i in candidateGains.indices {
      x -= candidateGains[i]
      if x < 0 { return candidates[i] }
    }
    return candidates[candidates.count - 1]
  }
}
