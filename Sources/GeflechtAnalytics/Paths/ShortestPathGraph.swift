import GeflechtCore

/// A merged simple-graph view with edge lengths, read by every shortest-path measure (betweenness,
/// closeness, harmonic, `Paths.shortestPathLengths`).
///
/// Parallel edges become one arc and self-loops are dropped, as a shortest path never uses them.
/// How an edge's weight w becomes a length:
/// - `.ignore`: every arc has length 1 and searches use BFS (`isUnweighted`).
/// - `.distance`: parallel strengths merge first (default `.sum`), then the arc's length is 1/merged.
///   Three co-occurrences of weight 1 give one arc of strength 3 and length 1/3.
/// - `.length`: parallel lengths merge (default `.min`, the shortest parallel edge, as NetworkX's
///   Dijkstra on a `MultiGraph` does), and the merged value is the length.
/// - `.strength` has no meaning as a length and is rejected.
///
/// Weights of non-loop edges must be finite and above 0 under `.distance` and `.length`.
struct ShortestPathGraph: Sendable {
  let nodeCount: Int
  /// Whether arcs follow directed edges; otherwise every arc u→v has its reverse v→u.
  let isDirected: Bool
  /// Arcs to follow, rows in ascending neighbour order; `weights` hold lengths.
  let arcs: WeightedAdjacency
  /// `lengths[k]` is the length of arc k (all 1 when `isUnweighted`).
  let lengths: [Double]
  let isUnweighted: Bool
  /// The policy that merged parallel edges (after resolving the default).
  let parallelEdges: ParallelEdgePolicy

  /// The default merge for a weighting: strengths add, lengths keep the shortest.
  static func defaultPolicy(for weighting: EdgeWeighting) -> ParallelEdgePolicy {
    weighting == .length ? .min : .sum
  }

  init(
    _ graph: Multigraph, direction: Direction, weighting: EdgeWeighting,
    parallelEdges: ParallelEdgePolicy?, algorithm: String
  ) throws {
    let policy = parallelEdges ?? Self.defaultPolicy(for: weighting)
    switch weighting {
    case .strength:
      throw AnalyticsError.unsupportedWeighting(.strength, algorithm: algorithm)
    case .ignore:
      break
    case .distance, .length:
      for e in graph.edgeIDs where graph.source(of: e) != graph.target(of: e) {
        let w = graph.weight(of: e)
        guard w.isFinite else { throw AnalyticsError.nonFiniteWeight(edge: e, weight: w) }
        guard w > 0 else { throw AnalyticsError.nonPositiveWeight(edge: e, weight: w) }
      }
    }
    let raw: EdgeWeighting = weighting == .ignore ? .ignore : .strength
    let adjacency = WeightedAdjacency(
      graph, direction: direction, weighting: raw, parallelEdges: policy, selfLoops: .drop)
    self.nodeCount = graph.nodeCount
    self.isDirected = graph.isDirected
    self.arcs = adjacency
    self.parallelEdges = policy
    switch weighting {
    case .ignore, .strength:
      self.lengths = [Double](repeating: 1, count: adjacency.targets.count)
      self.isUnweighted = true
    case .distance:
      self.lengths = adjacency.weights.map { 1 / $0 }
      self.isUnweighted = false
    case .length:
      self.lengths = adjacency.weights
      self.isUnweighted = false
    }
  }
}

/// Reusable buffers for one single-source shortest-path search: BFS when the graph is unweighted,
/// Dijkstra with a binary heap otherwise. One value per worker thread; `run(from:)` allocates
/// nothing once the buffers have grown to the graph's size.
///
/// After `run(from: s)`, `order[0..<reachedCount]` lists the reached nodes by non-decreasing
/// distance (s first), `distance[v]` is the distance of a reached v, and when predecessors are
/// recorded, `sigma[v]` counts shortest s–v paths and `predecessorArcs` the arcs u→v that end one.
struct SingleSourceSearch {
  let graph: ShortestPathGraph
  let recordsPredecessors: Bool
  var distance: [Double]
  var sigma: [Double]
  /// Scratch for betweenness's dependency accumulation; zero between searches.
  var delta: [Double]
  var order: [Int32]
  var reachedCount = 0
  /// For node v, `predecessorCount[v]` arcs are stored from `predecessorStart[v]` in `predecessorArcs`.
  var predecessorStart: [Int]
  var predecessorCount: [Int32]
  var predecessorArcs: [Int32]
  /// The source node of each arc, to read a predecessor arc's tail.
  let arcSource: [Int32]
  private var settled: [Bool]
  private var heap: [(distance: Double, node: Int32)] = []

  init(
    _ graph: ShortestPathGraph, recordsPredecessors: Bool, arcSource: [Int32],
    predecessorStart: [Int]
  ) {
    let n = graph.nodeCount
    self.graph = graph
    self.recordsPredecessors = recordsPredecessors
    distance = [Double](repeating: .infinity, count: n)
    sigma = [Double](repeating: 0, count: recordsPredecessors ? n : 0)
    delta = [Double](repeating: 0, count: recordsPredecessors ? n : 0)
    order = [Int32](repeating: 0, count: n)
    settled = [Bool](repeating: false, count: n)
    self.arcSource = arcSource
    self.predecessorStart = predecessorStart
    predecessorCount = [Int32](repeating: 0, count: recordsPredecessors ? n : 0)
    predecessorArcs = [Int32](
      repeating: 0, count: recordsPredecessors ? graph.arcs.targets.count : 0)
    heap.reserveCapacity(graph.isUnweighted ? 0 : graph.arcs.targets.count + 1)
  }

  /// The tail of every arc and, per node, where its predecessor arcs start (its in-degree prefix sum).
  static func arcTables(_ graph: ShortestPathGraph) -> (arcSource: [Int32], predecessorStart: [Int])
  {
    let n = graph.nodeCount
    var source = [Int32](repeating: 0, count: graph.arcs.targets.count)
    var start = [Int](repeating: 0, count: n + 1)
    for u in 0..<n {
      for k in graph.arcs.range(of: u) {
        source[k] = Int32(u)
        start[Int(graph.arcs.targets[k]) + 1] += 1
      }
    }
    for v in 0..<n { start[v + 1] += start[v] }
    return (source, start)
  }

  /// Forgets the previous search in O(nodes it reached).
  private mutating func reset() {
    for i in 0..<reachedCount {
      let v = Int(order[i])
      distance[v] = .infinity
      settled[v] = false
      if recordsPredecessors {
        sigma[v] = 0
        predecessorCount[v] = 0
      }
    }
    reachedCount = 0
  }

  mutating func run(from source: Int) {
    reset()
    if graph.isUnweighted { breadthFirst(from: source) } else { dijkstra(from: source) }
  }

  private mutating func breadthFirst(from s: Int) {
    let offsets = graph.arcs.offsets
    let targets = graph.arcs.targets
    distance[s] = 0
    if recordsPredecessors { sigma[s] = 1 }
    order[0] = Int32(s)
    reachedCount = 1
    var head = 0
    while head < reachedCount {
      let v = Int(order[head])
      head += 1
      let dv = distance[v]
      for k in offsets[v]..<offsets[v + 1] {
        let w = Int(targets[k])
        if distance[w] == .infinity {
          distance[w] = dv + 1
          order[reachedCount] = Int32(w)
          reachedCount += 1
        }
        if recordsPredecessors, distance[w] == dv + 1 {
          sigma[w] += sigma[v]
          predecessorArcs[predecessorStart[w] + Int(predecessorCount[w])] = Int32(k)
          predecessorCount[w] += 1
        }
      }
    }
    // Mark reached nodes settled so that reset() clears them the same way as after Dijkstra.
    for i in 0..<reachedCount { settled[Int(order[i])] = true }
  }

  /// Dijkstra as NetworkX's `_single_source_dijkstra_path_basic`: a tentative distance is replaced
  /// only by a strictly shorter one, and an exactly equal one (same floating-point sum) adds paths.
  private mutating func dijkstra(from s: Int) {
    let offsets = graph.arcs.offsets
    let targets = graph.arcs.targets
    let lengths = graph.lengths
    heap.removeAll(keepingCapacity: true)
    distance[s] = 0
    if recordsPredecessors { sigma[s] = 1 }
    push(0, Int32(s))
    // Every node that gets a tentative distance is popped and settled before the heap runs dry
    // (lengths are finite), so `order` lists everything reset() must clear.
    while let (dv, node) = popMin() {
      let v = Int(node)
      if settled[v] { continue }
      settled[v] = true
      order[reachedCount] = node
      reachedCount += 1
      for k in offsets[v]..<offsets[v + 1] {
        let w = Int(targets[k])
        if settled[w] { continue }
        let candidate = dv + lengths[k]
        if candidate < distance[w] {
          distance[w] = candidate
          push(candidate, Int32(w))
          if recordsPredecessors {
            sigma[w] = sigma[v]
            predecessorArcs[predecessorStart[w]] = Int32(k)
            predecessorCount[w] = 1
          }
        } else if recordsPredecessors, candidate == distance[w] {
          sigma[w] += sigma[v]
          predecessorArcs[predecessorStart[w] + Int(predecessorCount[w])] = Int32(k)
          predecessorCount[w] += 1
        }
      }
    }
  }

  @inline(__always) private mutating func push(_ d: Double, _ v: Int32) {
    heap.append((d, v))
    var i = heap.count - 1
    while i > 0 {
      let parent = (i - 1) / 2
      if heap[parent].distance <= heap[i].distance { break }
      heap.swapAt(parent, i)
      i = parent
    }
  }

  @inline(__always) private mutating func popMin() -> (Double, Int32)? {
    guard let top = heap.first else { return nil }
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      var i = 0
      let count = heap.count
      while true {
        let left = 2 * i + 1
        if left >= count { break }
        var smallest = left
        if left + 1 < count, heap[left + 1].distance < heap[left].distance { smallest = left + 1 }
        if heap[i].distance <= heap[smallest].distance { break }
        heap.swapAt(i, smallest)
        i = smallest
      }
    }
    return (top.distance, top.node)
  }
}
