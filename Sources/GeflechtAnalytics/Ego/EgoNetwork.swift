import GeflechtCore

/// Ego networks: the neighbourhood of one node as a graph of its own.
public enum EgoNetwork {}

extension EgoNetwork {
  /// Extracts the ego network of `center`: every node within `radius` of it, and the edges among
  /// them, after filtering by node kind, relation and status.
  ///
  /// The ball is found on the filtered graph: an edge can be walked only if its relation is in
  /// `relations` and its status in `statuses`, and a node can be entered only if its kind is in
  /// `kinds` (the centre is always kept). The distance of a node is the fewest edges to it
  /// (`.ignore`) or the shortest sum of lengths 1/w (`.distance`, where parallel edges offer
  /// their shortest length and weight-0 edges cannot be walked). Direction: `.outgoing` walks
  /// edges source → target, `.incoming` target → source, `.both` either way; edges of a
  /// symmetric relation (`partners_with` …) are walked either way whatever `direction` says. An
  /// undirected graph is always walked both ways.
  ///
  /// The result is the subgraph induced by the ball on the kept edges (all of them between ball
  /// nodes, in either direction), with nodes ordered by distance, then by `NodeID`. Each node
  /// carries the attribute `distance` (a number), and the centre also `ego: true`. The graph
  /// attributes gain `egoCenter` (the centre's key) and `egoRadius`.
  ///
  /// - Parameters:
  ///   - center: The ego; must be a node of `graph`.
  ///   - graph: The graph to cut from.
  ///   - radius: The largest distance kept, at least 0 (default 1). Under `.ignore` it counts
  ///     edges (hops).
  ///   - direction: Which way to walk edges (default `.both`).
  ///   - weighting: `.ignore` (default) counts hops; `.distance` reads weight w as length 1/w.
  ///     `.strength` is rejected.
  ///   - kinds: Node kinds to keep, or `nil` (default) for all. Nodes without a kind are
  ///     dropped by a non-nil filter.
  ///   - relations: Relations whose edges are kept, or `nil` for all. Edges without a relation
  ///     are dropped by a non-nil filter.
  ///   - statuses: Statuses whose edges are kept, or `nil` for all.
  /// - Returns: A new `Multigraph` of the same directedness.
  /// - Throws: `AnalyticsError.invalidParameter` for a negative or non-finite radius;
  ///   `.unsupportedWeighting` for `.strength`; `.negativeWeight`/`.nonFiniteWeight` for an edge
  ///   that `.distance` cannot read.
  /// - Complexity: O(n + m) with `.ignore`; O(n + m log n) with `.distance`, for n nodes and m
  ///   edges (the filters read every edge once).
  ///
  /// Matches the node set of `networkx.ego_graph(G, center, radius=r, center=True,
  /// undirected=…, distance=None)` (`undirected=True` for `.both` on a directed graph; `.incoming`
  /// is `ego_graph(G.reverse(), …)`), or `distance="length"` with length = 1/weight for
  /// `.distance`. On the path a–b–c–d, the radius-1 ego network of b is a–b–c with distances
  /// b 0, a 1, c 1, in that order.
  ///
  /// ## References
  /// - S. Wasserman, K. Faust, *Social Network Analysis: Methods and Applications*, Cambridge
  ///   University Press, 1994, §2.3 (ego-centred networks).
  public static func extract(
    around center: NodeID, in graph: Multigraph, radius: Double = 1, direction: Direction = .both,
    weighting: EdgeWeighting = .ignore, kinds: Set<NodeKind>? = nil, relations: Set<Relation>? = nil,
    statuses: Set<Status>? = nil
  ) throws -> Multigraph {
    precondition(center.index < graph.nodeCount, "center \(center) is not in this graph of \(graph.nodeCount) nodes")
    guard radius.isFinite, radius >= 0 else {
      throw AnalyticsError.invalidParameter(
        name: "radius", value: "\(radius)", expected: "a finite number at least 0, such as 1")
    }
    let keepsEdge: (Edge) -> Bool = { edge in
      if let relations, !(edge.relation.map { relations.contains($0) } ?? false) { return false }
      if let statuses, !statuses.contains(edge.status) { return false }
      return true
    }
    let keepsNode: (NodeID) -> Bool = { id in
      guard let kinds, id != center else { return true }
      return graph.node(id).kind.map { kinds.contains($0) } ?? false
    }
    let lengths = try edgeLengths(graph, weighting: weighting)
    let distance = shortestDistances(
      from: center, in: graph, radius: radius, direction: direction, lengths: lengths,
      keepsEdge: keepsEdge, keepsNode: keepsNode)
    let ball = distance.indices.filter { distance[$0] <= radius }
      .sorted { distance[$0] != distance[$1] ? distance[$0] < distance[$1] : $0 < $1 }
      .map { NodeID($0) }
    return induced(graph, on: ball, center: center, radius: radius, distance: distance, keepsEdge: keepsEdge)
  }

  /// The length of every edge: 1 for hops, 1/w for `.distance` (∞ for w = 0), w for `.length`.
  private static func edgeLengths(_ graph: Multigraph, weighting: EdgeWeighting) throws -> [Double]? {
    switch weighting {
    case .ignore: return nil
    case .strength: throw AnalyticsError.unsupportedWeighting(.strength, algorithm: "Ego network")
    case .distance, .length:
      return try graph.edgeIDs.map { e in
        let w = graph.weight(of: e)
        guard w.isFinite else { throw AnalyticsError.nonFiniteWeight(edge: e, weight: w) }
        guard w >= 0 else { throw AnalyticsError.negativeWeight(edge: e, weight: w) }
        return weighting == .distance ? 1 / w : w
      }
    }
  }

  /// Dijkstra (a binary heap; BFS order when every length is 1), stopping beyond `radius`.
  private static func shortestDistances(
    from center: NodeID, in graph: Multigraph, radius: Double, direction: Direction,
    lengths: [Double]?, keepsEdge: (Edge) -> Bool, keepsNode: (NodeID) -> Bool
  ) -> [Double] {
    var distance = [Double](repeating: .infinity, count: graph.nodeCount)
    var settled = [Bool](repeating: false, count: graph.nodeCount)
    var heap = DistanceHeap()
    distance[center.index] = 0
    heap.push(0, center.index)
    while let (d, u) = heap.pop() {
      if settled[u] || d > distance[u] { continue }
      settled[u] = true
      let node = NodeID(u)
      for e in walkableEdges(of: node, in: graph, direction: direction) {
        let edge = graph.edge(e)
        guard keepsEdge(edge) else { continue }
        let v = graph.opposite(of: node, along: e)
        guard !settled[v.index], keepsNode(v) else { continue }
        let candidate = d + (lengths?[e.index] ?? 1)
        if candidate <= radius && candidate < distance[v.index] {
          distance[v.index] = candidate
          heap.push(candidate, v.index)
        }
      }
    }
    return distance
  }

  /// Edges to walk from `node`: by `direction`, plus symmetric-relation edges the other way.
  private static func walkableEdges(of node: NodeID, in graph: Multigraph, direction: Direction) -> [EdgeID] {
    guard graph.isDirected, direction != .both else { return graph.edges(of: node, direction: .both) }
    var edges = graph.edges(of: node, direction: direction)
    let other: Direction = direction == .outgoing ? .incoming : .outgoing
    for e in graph.edges(of: node, direction: other) where graph.edge(e).relation?.isSymmetric == true {
      edges.append(e)
    }
    return edges
  }

  private static func induced(
    _ graph: Multigraph, on ball: [NodeID], center: NodeID, radius: Double, distance: [Double],
    keepsEdge: (Edge) -> Bool
  ) -> Multigraph {
    var attributes = graph.attributes
    attributes["egoCenter"] = .string(graph.node(center).key.rawValue)
    attributes["egoRadius"] = .number(radius)
    var builder = MultigraphBuilder(directed: graph.isDirected, attributes: attributes)
    var map = [Int](repeating: -1, count: graph.nodeCount)
    for id in ball {
      var node = graph.node(id)
      node.attributes["distance"] = .number(distance[id.index])
      if id == center { node.attributes["ego"] = .bool(true) }
      map[id.index] = builder.addNode(node).index
    }
    for e in graph.edgeIDs {
      let s = map[graph.source(of: e).index]
      let t = map[graph.target(of: e).index]
      guard s >= 0, t >= 0 else { continue }
      var edge = graph.edge(e)
      guard keepsEdge(edge) else { continue }
      edge.source = NodeID(s)
      edge.target = NodeID(t)
      builder.addEdge(edge)
    }
    return builder.build()
  }
}

/// A binary min-heap of (distance, node), ties broken by node.
private struct DistanceHeap {
  private var items: [(Double, Int)] = []

  private static func less(_ a: (Double, Int), _ b: (Double, Int)) -> Bool {
    a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
  }

  mutating func push(_ d: Double, _ v: Int) {
    items.append((d, v))
    var i = items.count - 1
    while i > 0 {
      let parent = (i - 1) / 2
      guard Self.less(items[i], items[parent]) else { break }
      items.swapAt(i, parent)
      i = parent
    }
  }

  mutating func pop() -> (Double, Int)? {
    guard let first = items.first else { return nil }
    let last = items.removeLast()
    if !items.isEmpty {
      items[0] = last
      var i = 0
      while true {
        let l = 2 * i + 1
        let r = l + 1
        var m = i
        if l < items.count && Self.less(items[l], items[m]) { m = l }
        if r < items.count && Self.less(items[r], items[m]) { m = r }
        if m == i { break }
        items.swapAt(i, m)
        i = m
      }
    }
    return first
  }
}
