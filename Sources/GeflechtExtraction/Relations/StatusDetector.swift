import GeflechtCore

/// Reads how certain a sentence is from cue words (`status_cues.tsv`).
///
/// The strongest cue wins: negated, then speculative, reported, planned; without a cue the sentence is
/// asserted. "ignore" phrases ("nicht nur") are blanked out first. The status holds for every relation
/// read from the sentence, which is coarse for sentences with several clauses.
struct StatusDetector: Sendable {
  let cues: [(status: Status?, words: [CueWord])]

  func status(of sentence: Sentence) -> Status {
    var words = sentence.tokens.filter(\.isWord)
    var ignored = [Bool](repeating: false, count: words.count)
    for cue in cues where cue.status == nil {
      for i in words.indices where matches(cue.words, at: i, in: words) {
        for k in i..<(i + cue.words.count) { ignored[k] = true }
      }
    }
    words = words.enumerated().filter { !ignored[$0.offset] }.map(\.element)
    var best: Status = .asserted
    for cue in cues {
      guard let status = cue.status, strength(status) > strength(best) else { continue }
      if words.indices.contains(where: { matches(cue.words, at: $0, in: words) }) { best = status }
    }
    return best
  }

  private func matches(_ cue: [CueWord], at i: Int, in words: [Token]) -> Bool {
    guard i + cue.count <= words.count else { return false }
    return cue.indices.allSatisfy { k in
      let w = words[i + k].lowercased
      return cue[k].isPrefix ? w.hasPrefix(cue[k].text) : w == cue[k].text
    }
  }

  private func strength(_ s: Status) -> Int {
    switch s {
    case .asserted: 0
    case .planned: 1
    case .reported: 2
    case .speculative: 3
    case .negated: 4
    }
  }
}
