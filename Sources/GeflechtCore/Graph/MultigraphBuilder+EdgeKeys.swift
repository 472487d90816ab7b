extension MultigraphBuilder {
  /// Settles every edge's key as if it had been keyed when added, in `EdgeID` order, and says
  /// whether the graph is simple (no self-loop, no pair joined twice).
  ///
  /// On entry `columns.keys` holds the keys asked for (non-empty ones only); on return, the final
  /// keys that differ from `EdgeColumns.defaultKey(for:)`. The first edge of a pair keeps the key
  /// asked for, or gets the default. Only pairs joined by several edges need more: they are found
  /// with a stamp per node over the CSR incidence lists (pairs are ordered in a directed graph,
  /// unordered otherwise), and their edges are replayed in insertion order, each taking the key
  /// asked for unless it is empty or already used between the pair, else its relation's name (or
  /// the key asked for) with the first free suffix `-2`, `-3`, …, or without relation and key the
  /// smallest unused integer. So no index of pairs is kept while adding edges.
  ///
  /// - Complexity: O(n + m) time and O(n) extra space, plus O(k log k + k·u) for each pair joined
  ///   by k > 1 edges, u being the suffixes tried.
  static func settleKeys(
    _ columns: inout EdgeColumns, directed: Bool, nodeCount n: Int, sources: [UInt32],
    targets: [UInt32], outOffsets: [Int], outIDs: [EdgeID], inOffsets: [Int], inIDs: [EdgeID]
  ) -> Bool {
    let requested = columns.keys
    var keys: [UInt32: String] = [:]
    for (e, key) in requested where key != EdgeColumns.defaultKey(for: columns.relation(at: Int(e))) {
      keys[e] = key
    }
    var isSimple = true
    var stamp = [Int32](repeating: -1, count: n)
    var multiplicity = [Int32](repeating: 0, count: n)
    var parallel: [(partner: UInt32, edge: UInt32)] = []
    // The edges that pair v with a partner u: out-edges (any u if directed, u ≥ v if not) and, in
    // an undirected graph, in-edges from u > v. Each pair is seen from exactly one of its ends.
    func forEachPairEdge(of v: Int, _ body: (UInt32, EdgeID) -> Void) {
      for k in outOffsets[v]..<outOffsets[v + 1] {
        let u = targets[outIDs[k].index]
        if directed || Int(u) >= v { body(u, outIDs[k]) }
      }
      guard !directed else { return }
      for k in inOffsets[v]..<inOffsets[v + 1] {
        let u = sources[inIDs[k].index]
        if Int(u) > v { body(u, inIDs[k]) }
      }
    }
    for v in 0..<n {
      let mark = Int32(v)
      var hasParallel = false
      forEachPairEdge(of: v) { u, _ in
        if Int(u) == v { isSimple = false }
        if stamp[Int(u)] != mark {
          stamp[Int(u)] = mark
          multiplicity[Int(u)] = 1
        } else {
          multiplicity[Int(u)] += 1
          hasParallel = true
        }
      }
      guard hasParallel else { continue }
      isSimple = false
      parallel.removeAll(keepingCapacity: true)
      forEachPairEdge(of: v) { u, e in
        if multiplicity[Int(u)] > 1 { parallel.append((u, e.rawValue)) }
      }
      parallel.sort { $0.partner != $1.partner ? $0.partner < $1.partner : $0.edge < $1.edge }
      var start = 0
      while start < parallel.count {
        var end = start + 1
        while end < parallel.count && parallel[end].partner == parallel[start].partner { end += 1 }
        replayKeys(
          of: parallel[start..<end].map(\.edge), requested: requested, columns: columns,
          into: &keys)
        start = end
      }
    }
    columns.keys = keys
    return isSimple
  }

  /// Keys the edges of one pair, ascending `EdgeID`s, in order (see `settleKeys`).
  private static func replayKeys(
    of edges: [UInt32], requested: [UInt32: String], columns: EdgeColumns,
    into keys: inout [UInt32: String]
  ) {
    let first = edges[0]
    var used: Set<String> = [
      requested[first] ?? EdgeColumns.defaultKey(for: columns.relation(at: Int(first)))
    ]
    for e in edges.dropFirst() {
      let relation = columns.relation(at: Int(e))
      var key = requested[e] ?? ""
      if key.isEmpty || used.contains(key) {
        if let base = relation?.rawValue ?? (key.isEmpty ? nil : key) {
          var candidate = base
          var suffix = 2
          while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
          }
          key = candidate
        } else {
          var number = 0
          while used.contains(String(number)) { number += 1 }
          key = String(number)
        }
      }
      used.insert(key)
      keys[e] = key == EdgeColumns.defaultKey(for: relation) ? nil : key
    }
  }
}
