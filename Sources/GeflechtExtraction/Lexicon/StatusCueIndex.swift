import GeflechtCore

/// Status cues by their first word, for `WordInfo.statusCues`: a word looks up the cues whose first word it
/// is instead of comparing itself with the first word of every cue.
///
/// Gives exactly the indices `StatusDetector.matches(first, word)` holds for (or that have no words), in
/// file order: a dictionary compares its `String` keys with `==` as `matches` does, prefixes are still
/// tested one by one (by bytes in ASCII words, `ASCIIAffix`).
struct StatusCueIndex: Sendable {
  /// For each exact first word: its cues and the cues without words, merged in file order once.
  private var exact: [String: [Int]] = [:]
  private var prefixes: [(index: Int, affix: ASCIIAffix)] = []
  private var empty: [Int] = []

  init() {}

  init(_ cues: [(status: Status?, words: [CueWord])]) {
    for (i, cue) in cues.enumerated() {
      if let first = cue.words.first {
        if first.isPrefix { prefixes.append((i, ASCIIAffix(first.text))) } else { exact[first.text, default: []].append(i) }
      } else {
        empty.append(i)
      }
    }
    if !empty.isEmpty { exact = exact.mapValues { ($0 + empty).sorted() } }
  }

  /// The indices of the cues whose first word matches `lowercased` (a token's lower-case form), in order.
  ///
  /// - Complexity: one dictionary lookup and one affix test per prefix cue; the lists are merged only when
  ///   a prefix matches.
  func candidates(_ lowercased: String) -> [Int] {
    var found = exact[lowercased] ?? empty
    var added = false
    lowercased.withASCIIBytes { ascii in
      for p in prefixes where p.affix.isPrefix(of: lowercased, ascii: ascii) {
        found.append(p.index)
        added = true
      }
    }
    if added && found.count > 1 { found.sort() }
    return found
  }
}
