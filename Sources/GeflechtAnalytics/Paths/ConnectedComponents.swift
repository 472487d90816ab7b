import GeflechtCore

extension Paths {
  /// Finds the weakly connected components: the node sets connected when edge direction is ignored.
  ///
  /// In an undirected graph these are the connected components. Components are numbered 0, 1, … in
  /// order of their smallest `NodeID`, so the numbering is stable. The search is iterative, so a
  /// path of a million nodes does not overflow the stack.
  ///
  /// - Parameter graph: The graph; an empty graph gives an empty partition.
  /// - Returns: A `Partition` whose `community[v]` is v's component; algorithm
  ///   `weakly-connected-components`. `communityCount` is the number of components.
  /// - Complexity: O(n + m) time and O(n) extra space, for n nodes and m edges.
  ///
  /// Matches `networkx.weakly_connected_components(G)` (or `connected_components` for an undirected
  /// graph) as a set of node sets. On a–b, c→d and an isolated e, the components are {a, b},
  /// {c, d} and {e}, numbered 0, 1, 2.
  ///
  /// ## References
  /// - J. Hopcroft, R. Tarjan, "Algorithm 447: Efficient algorithms for graph manipulation",
  ///   Commun. ACM 16(6):372–378, 1973. doi:10.1145/362248.362272
  public static func weaklyConnectedComponents(in graph: Multigraph) -> Partition {
    let n = graph.nodeCount
    var component = [Int](repeating: -1, count: n)
    var stack: [NodeID] = []
    var count = 0
    for start in graph.nodeIDs where component[start.index] < 0 {
      component[start.index] = count
      stack.append(start)
      while let v = stack.popLast() {
        for e in graph.outgoingEdges(of: v) {
          let u = graph.target(of: e)
          if component[u.index] < 0 {
            component[u.index] = count
            stack.append(u)
          }
        }
        for e in graph.incomingEdges(of: v) {
          let u = graph.source(of: e)
          if component[u.index] < 0 {
            component[u.index] = count
            stack.append(u)
          }
        }
      }
      count += 1
    }
    return Partition(algorithm: "weakly-connected-components", community: component)
  }

  /// Finds the strongly connected components: the maximal node sets in which every node reaches
  /// every other along directed edges.
  ///
  /// An undirected graph's strong components are its connected components. Components are numbered
  /// 0, 1, … in order of their smallest `NodeID`. Tarjan's algorithm runs with an explicit stack of
  /// (node, next edge) frames, so deep graphs do not overflow the call stack.
  ///
  /// - Parameter graph: The graph; an empty graph gives an empty partition.
  /// - Returns: A `Partition` whose `community[v]` is v's component; algorithm
  ///   `strongly-connected-components`.
  /// - Complexity: O(n + m) time and O(n) extra space.
  ///
  /// Matches `networkx.strongly_connected_components(G)` as a set of node sets. On a→b→c→a plus
  /// c→d, the components are {a, b, c} and {d}.
  ///
  /// ## References
  /// - R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2):146–160,
  ///   1972. doi:10.1137/0201010
  public static func stronglyConnectedComponents(in graph: Multigraph) -> Partition {
    guard graph.isDirected else {
      return Partition(
        algorithm: "strongly-connected-components",
        community: weaklyConnectedComponents(in: graph).community)
    }
    let raw = tarjan(graph)
    return Partition(algorithm: "strongly-connected-components", community: renumbered(raw))
  }

  /// Iterative Tarjan; returns an arbitrary component number per node.
  private static func tarjan(_ graph: Multigraph) -> [Int] {
    let n = graph.nodeCount
    let adjacency = WeightedAdjacency(
      graph, direction: .outgoing, weighting: .ignore, parallelEdges: .count, selfLoops: .drop)
    var index = [Int](repeating: -1, count: n)
    var lowLink = [Int](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var component = [Int](repeating: -1, count: n)
    var stack: [Int] = []
    var frames: [(node: Int, next: Int)] = []
    var nextIndex = 0
    var count = 0
    for root in 0..<n where index[root] < 0 {
      frames.append((root, adjacency.offsets[root]))
      index[root] = nextIndex
      lowLink[root] = nextIndex
      nextIndex += 1
      stack.append(root)
      onStack[root] = true
      while let frame = frames.last {
        let v = frame.node
        if frame.next < adjacency.offsets[v + 1] {
          frames[frames.count - 1].next += 1
          let w = Int(adjacency.targets[frame.next])
          if index[w] < 0 {
            index[w] = nextIndex
            lowLink[w] = nextIndex
            nextIndex += 1
            stack.append(w)
            onStack[w] = true
            frames.append((w, adjacency.offsets[w]))
          } else if onStack[w] {
            lowLink[v] = Swift.min(lowLink[v], index[w])
          }
          continue
        }
        frames.removeLast()
        if let parent = frames.last {
          lowLink[parent.node] = Swift.min(lowLink[parent.node], lowLink[v])
        }
        if lowLink[v] == index[v] {
          while let w = stack.popLast() {
            onStack[w] = false
            component[w] = count
            if w == v { break }
          }
          count += 1
        }
      }
    }
    return component
  }

  /// Renumbers components 0, 1, … in order of their smallest node.
  private static func renumbered(_ raw: [Int]) -> [Int] {
    var map = [Int: Int]()
    return raw.map { c in
      if let m = map[c] { return m }
      let m = map.count
      map[c] = m
      return m
    }
  }
}
