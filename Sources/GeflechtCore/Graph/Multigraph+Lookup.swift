extension Multigraph {
  /// The node called `name` (by key, label or alias, as `findNode(named:)`), or an error listing the
  /// up to five closest names by edit distance.
  ///
  /// Complexity: O(n) for a hit; O(Σ name lengths × |name|) to rank suggestions on a miss.
  public func resolveNode(_ name: String) throws -> NodeID {
    if let id = findNode(named: name) { return id }
    let target = Array(name.lowercased())
    var scored: [(distance: Int, name: String)] = []
    for node in nodeData {
      var best = Int.max
      for candidate in node.names + [node.key.rawValue] {
        let folded = Array(candidate.lowercased())
        var d = editDistance(target, folded)
        if folded.count > target.count, folded.starts(with: target) || candidate.lowercased().contains(name.lowercased()) {
          d = min(d, 1)
        }
        best = min(best, d)
      }
      scored.append((best, node.label))
    }
    let suggestions = scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
      .filter { $0.distance <= max(2, target.count / 2) }
      .prefix(5).map(\.name)
    throw GraphError.unknownNode(name: name, suggestions: Array(suggestions))
  }
}

/// Levenshtein distance between two character arrays. O(|a|·|b|) time, O(|b|) space.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
