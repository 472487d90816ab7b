import GeflechtCore

extension Centrality {
  /// Computes the core number of every node: the largest k such that the node belongs to the
  /// k-core, the maximal subgraph in which every node has degree at least k.
  ///
  /// Degrees count distinct neighbours: parallel edges merge into one (the simple graph NetworkX
  /// requires) and self-loops are ignored (NetworkX refuses graphs with self-loops; ignoring them
  /// gives its result on the graph with `nx.selfloop_edges` removed). In a directed graph the
  /// degree is in-degree plus out-degree, so a reciprocated pair u⇄v counts 2, as in NetworkX.
  /// Weights are never read.
  ///
  /// - Parameter graph: The graph; an empty graph gives empty scores.
  /// - Returns: One core number per node (a whole number), indexed by `NodeID`; measure `coreness`.
  /// - Complexity: O(n + m) time and space (bucket peeling), for n nodes and m edges.
  ///
  /// Matches `networkx.core_number(G)` on `nx.Graph(G)` / `nx.DiGraph(G)` without self-loops.
  /// In a triangle a–b–c with a pendant d on c, a, b and c have core number 2 and d has 1.
  ///
  /// ## References
  /// - V. Batagelj, M. Zaversnik, "An O(m) Algorithm for Cores Decomposition of Networks",
  ///   arXiv:cs/0310049, 2003. https://arxiv.org/abs/cs/0310049
  /// - S. B. Seidman, "Network structure and minimum degree", Social Networks 5(3):269–287, 1983.
  ///   doi:10.1016/0378-8733(83)90028-X
  public static func coreNumber(in graph: Multigraph) -> NodeScores {
    let neighbours = CoreNeighbours(graph)
    let values = peel(neighbours).map(Double.init)
    return NodeScores(measure: "coreness", values: values)
  }

  /// Batagelj–Zaversnik: visit nodes by current degree from buckets; each visited node fixes its
  /// core number and lowers the degree of every neighbour that still has a higher one.
  private static func peel(_ g: CoreNeighbours) -> [Int] {
    let n = g.nodeCount
    var degree = (0..<n).map { g.degree(of: $0) }
    let maxDegree = degree.max() ?? 0
    var binStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { binStart[d + 1] += 1 }
    for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
    var position = [Int](repeating: 0, count: n)
    var vertex = [Int](repeating: 0, count: n)
    var fill = binStart
    for v in 0..<n {
      position[v] = fill[degree[v]]
      vertex[position[v]] = v
      fill[degree[v]] += 1
    }
    for i in 0..<n {
      let v = vertex[i]
      g.forEachNeighbour(of: v) { u in
        let du = degree[u]
        guard du > degree[v] else { return }
        let pu = position[u]
        let pw = binStart[du]
        let w = vertex[pw]
        if u != w {
          position[u] = pw
          vertex[pw] = u
          position[w] = pu
          vertex[pu] = w
        }
        binStart[du] += 1
        degree[u] = du - 1
      }
    }
    return degree
  }
}

/// Distinct neighbours without self-loops: the undirected view, or out- and in-lists of a directed
/// graph (a reciprocated neighbour appears in both).
/// The distinct neighbours of every node without self-loops, in one flat array: out-neighbours then
/// in-neighbours for a directed graph (a reciprocated pair appears in both), all neighbours for an
/// undirected one. Built straight from the graph's CSR with a stamp per node to drop parallel edges,
/// so no list is sorted. O(n + m).
private struct CoreNeighbours {
  let nodeCount: Int
  let offsets: [Int]
  let neighbours: [Int32]

  init(_ graph: Multigraph) {
    let n = graph.nodeCount
    let (sources, targets, _) = graph.edgeArrays
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbours: [Int32] = []
    neighbours.reserveCapacity(graph.isDirected ? 2 * sources.count : 2 * sources.count)
    var stamp = [Int32](repeating: -1, count: n)
    var inStamp = [Int32](repeating: -1, count: n)
    for v in 0..<n {
      let id = NodeID(v)
      let mark = Int32(v)
      for e in graph.outgoingEdges(of: id) {
        let u = Int(targets[e.index])
        if u != v && stamp[u] != mark {
          stamp[u] = mark
          neighbours.append(Int32(u))
        }
      }
      for e in graph.incomingEdges(of: id) {
        let u = Int(sources[e.index])
        if u == v { continue }
        if graph.isDirected {
          if inStamp[u] != mark {
            inStamp[u] = mark
            neighbours.append(Int32(u))
          }
        } else if stamp[u] != mark {
          stamp[u] = mark
          neighbours.append(Int32(u))
        }
      }
      offsets[v + 1] = neighbours.count
    }
    self.nodeCount = n
    self.offsets = offsets
    self.neighbours = neighbours
  }

  @inline(__always) func degree(of v: Int) -> Int { offsets[v + 1] - offsets[v] }

  @inline(__always) func forEachNeighbour(of v: Int, _ body: (Int) -> Void) {
    for k in offsets[v]..<offsets[v + 1] { body(Int(neighbours[k])) }
  }
}
