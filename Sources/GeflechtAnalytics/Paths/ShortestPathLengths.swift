import GeflechtCore

extension Paths {
  /// Computes the length of a shortest path from `source` to every node.
  ///
  /// With `.ignore` a path's length is its number of edges (breadth-first search); with `.distance`
  /// each edge of weight w has length 1/w, and with `.length` length w (Dijkstra). Parallel edges
  /// merge first (see `parallelEdges`) and self-loops are ignored.
  ///
  /// - Parameters:
  ///   - graph: The graph.
  ///   - source: The node to measure from; it must belong to `graph`.
  ///   - weighting: `.ignore` (default), `.distance` or `.length`; `.strength` is rejected.
  ///   - parallelEdges: `nil` (default) sums strengths under `.distance` and keeps the shortest edge
  ///     under `.length`.
  ///   - direction: `.outgoing` (default) follows edges forward, `.incoming` backward (distances *to*
  ///     `source`), `.both` ignores direction. An undirected graph is always read as `.both`.
  /// - Returns: One length per node, indexed by `NodeID`: 0 for `source`, `.infinity` for nodes it
  ///   cannot reach.
  /// - Throws: `AnalyticsError.unsupportedWeighting` for `.strength`; `.nonPositiveWeight` or
  ///   `.nonFiniteWeight` for an edge that cannot be a length.
  /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted, for n nodes and m edges.
  ///
  /// Matches `networkx.single_source_shortest_path_length(G, source)` (`.ignore`) and
  /// `networkx.single_source_dijkstra_path_length(G, source, weight="weight")` (`.length`). On the
  /// path a–b–c with weights 2 and 4, from a: 0, 1, 2 hops; 0, 2, 6 as `.length`; 0, 0.5, 0.75 as
  /// `.distance`.
  ///
  /// ## References
  /// - E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik
  ///   1:269–271, 1959. doi:10.1007/BF01386390
  public static func shortestPathLengths(
    in graph: Multigraph, from source: NodeID, weighting: EdgeWeighting = .ignore,
    parallelEdges: ParallelEdgePolicy? = nil, direction: Direction = .outgoing
  ) throws -> [Double] {
    precondition(
      source.index < graph.nodeCount,
      "source \(source) is not in this graph of \(graph.nodeCount) nodes")
    let paths = try ShortestPathGraph(
      graph, direction: direction, weighting: weighting, parallelEdges: parallelEdges,
      algorithm: "Shortest path lengths")
    var search = SingleSourceSearch(
      paths, recordsPredecessors: false, arcSource: [], predecessorStart: [])
    search.run(from: source.index)
    return search.distance
  }
}

extension Centrality {
  /// Runs a search from every node on `paths` in parallel and stores `score(search, source)` per
  /// node. Each node's value is computed by one thread alone, so the result does not depend on
  /// the thread count.
  static func perSourceScores(
    _ paths: ShortestPathGraph, threadCount: Int?,
    score: @Sendable (borrowing SingleSourceSearch, Int) -> Double
  ) throws -> [Double] {
    if let threadCount, threadCount < 1 {
      throw AnalyticsError.invalidParameter(
        name: "threadCount", value: "\(threadCount)", expected: "at least 1, or nil for all cores")
    }
    try Task.checkCancellation()
    let n = paths.nodeCount
    let chunks = SourceChunks.chunkCount(for: n)
    let results = SharedDoubles(count: n)
    SourceChunks.run(
      chunks: chunks, threads: SourceChunks.threads(requested: threadCount, chunks: chunks),
      makeScratch: {
        SingleSourceSearch(paths, recordsPredecessors: false, arcSource: [], predecessorStart: [])
      },
      body: { search, chunk in
        for s in SourceChunks.range(of: chunk, chunks: chunks, sourceCount: n) {
          search.run(from: s)
          results[s] = score(search, s)
        }
      })
    try Task.checkCancellation()
    return (0..<n).map { results[$0] }
  }
}
