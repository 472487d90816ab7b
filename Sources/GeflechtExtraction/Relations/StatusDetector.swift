import GeflechtCore

/// Reads how certain a statement is from cue words (`status_cues.tsv`), clause by clause.
///
/// "ignore" phrases ("nicht nur") are blanked out first. A statement takes the strongest cue (negated >
/// speculative > reported > planned; none: asserted) found in the clauses its words span. Clauses end at
/// `;`, `:`, dashes, brackets, and at a comma before a clause-opening word (`clause_openers.txt`: "dass",
/// "ob", "aber", relative pronouns …). A clause opened by a complementiser ("dass", "ob", "that") also
/// takes the cues of the clause before it ("Gerüchte, dass …"); one opened by an English participle
/// ("MGX, established by …, may …") ends at the next comma. Reported cues ("laut", "zufolge") are
/// sentence adverbials and hold for the whole sentence. For a presupposed statement ("Die Übernahme von
/// X durch Y könnte …") cues after its words do not count, except those that say the event failed
/// ("Die Übernahme von X durch Y scheiterte"; `status_cues.tsv`, column "event").
struct StatusDetector: Sendable {
  let cues: [(status: Status?, words: [CueWord])]
  let clauseOpeners: Set<String>
  let complementizers: Set<String>
  /// Openers of an inserted clause that the next comma closes: "MGX, established by A and B, may invest".
  var insertedOpeners: Set<String> = []
  /// Cues (indices into `cues`) that negate even a presupposed event noun before them.
  var eventNegatingCues: Set<Int> = []

  /// The status of the whole sentence: the strongest cue anywhere in it.
  func status(of sentence: Sentence) -> Status {
    let hits = cueHits(in: sentence)
    return hits.map(\.status).max(by: { strength($0) < strength($1) }) ?? .asserted
  }

  /// The status of a statement read from the tokens `span` of a sentence.
  /// A sentence's clauses and status cues, read once for all its statements.
  struct Prepared {
    let sentence: Sentence
    fileprivate let clauses: [Range<Int>]
    fileprivate let hits: [Hit]
  }

  func prepare(_ sentence: Sentence) -> Prepared {
    Prepared(sentence: sentence, clauses: clauseRanges(sentence.tokens), hits: cueHits(in: sentence))
  }

  func status(of sentence: Sentence, span: ClosedRange<Int>, cue: Int? = nil, isPresupposed: Bool = false) -> Status {
    status(of: prepare(sentence), span: span, cue: cue, isPresupposed: isPresupposed)
  }

  func status(of prepared: Prepared, span: ClosedRange<Int>, cue: Int? = nil, isPresupposed: Bool = false) -> Status {
    let t = prepared.sentence.tokens
    let clauses = prepared.clauses
    var scope: [Range<Int>] = []
    // A statement with a cue word lives in the cue's clause ("X ist nicht an Y beteiligt, sondern
    // kooperiert mit Z"); one without (an apposition, a role) in the words it spans.
    let anchor = cue.map { $0..<($0 + 1) } ?? span.lowerBound..<(span.upperBound + 1)
    for (k, clause) in clauses.enumerated() where clause.overlaps(anchor) {
      if scope.isEmpty, k > 0, let opener = clause.first(where: { t[$0].isWord }),
        complementizers.contains(t[opener].lowercased)
      {
        scope.append(clauses[k - 1])
      }
      scope.append(clause)
    }
    var best = Status.asserted
    for hit in prepared.hits where strength(hit.status) > strength(best) {
      if hit.status == .reported || scope.contains(where: { $0.contains(hit.position) }) {
        if isPresupposed && hit.position > span.upperBound && hit.status != .reported && !hit.negatesEvent { continue }
        if cue == nil && !span.contains(hit.position) && hit.status != .reported { continue }
        best = hit.status
      }
    }
    return best
  }

  /// Token ranges of the clauses of a sentence.
  func clauseRanges(_ t: [Token]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var inserted = false
    for i in t.indices {
      let hard = t[i].is(.hardClauseBreak) || (inserted && t[i].is(.comma))
      let soft = t[i].is(.comma) && i + 1 < t.count && clauseOpeners.contains(t[i + 1].lowercased)
      if hard || soft {
        if start < i { ranges.append(start..<i) }
        start = i + 1
        inserted = soft && insertedOpeners.contains(t[i + 1].lowercased)
      }
    }
    if start < t.count { ranges.append(start..<t.count) }
    return ranges
  }

  fileprivate struct Hit {
    let status: Status
    let position: Int
    var negatesEvent = false
  }

  /// The punctuation that always ends a clause.
  static let hardBreaks: Set<String> = [";", ":", "-", "–", "—", "(", ")"]

  /// Every place a cue matches, "ignore" phrases blanked out first; ordered by cue (file order), then
  /// position. Only the cues whose first word matches a word are tried there (from the word's `WordInfo`).
  ///
  /// - Complexity: O(w · c) for w words and c cues matching a word's first position, usually O(w).
  private func cueHits(in sentence: Sentence) -> [Hit] {
    let tokens = sentence.tokens
    // The word positions, in one allocation (a filter of the range grew its array from empty).
    var positions: [Int] = []
    positions.reserveCapacity(tokens.count)
    for i in tokens.indices where tokens[i].isWord { positions.append(i) }
    var found: [(cue: Int, at: Int)] = []
    for i in positions.indices {
      // Cues match lower-case forms, but capitalised "May" is the month ("Last May Equinix …"), not the modal.
      // (The cached capital first: most words need no string comparison.)
      if tokens[positions[i]].isCapitalized, tokens[positions[i]].text == "May" { continue }
      let firstMatching = tokens[positions[i]].info?.statusCues ?? cues.indices.filter { c in
        cues[c].words.first.map { StatusDetector.matches($0, tokens[positions[i]]) } ?? true
      }
      // German "plant" (plans) is also the English noun ("opened a plant in Calwa", "CATL's Arnstadt plant"):
      // a plan only after a German subject, a name or a pronoun ("Siemens plant", "er plant", "und plant"),
      // not after an English genitive and a name ("CATL's Arnstadt plant").
      // (Only words that open a cue are compared.)
      if !firstMatching.isEmpty, tokens[positions[i]].text == "plant",
        !StatusDetector.isGermanVerbSubject(i > 0 ? tokens[positions[i - 1]] : nil) || (i > 1 && tokens[positions[i - 2]].endsInApostropheS)
      {
        continue
      }
      for c in firstMatching where matches(cues[c].words, at: i, positions, tokens) { found.append((c, i)) }
    }
    var ignored = [Bool](repeating: false, count: positions.count)
    for (c, i) in found where cues[c].status == nil {
      for k in i..<(i + cues[c].words.count) { ignored[k] = true }
    }
    found.sort { ($0.cue, $0.at) < ($1.cue, $1.at) }
    var hits: [Hit] = []
    for (c, i) in found where !ignored[i] {
      guard let status = cues[c].status else { continue }
      hits.append(Hit(status: status, position: positions[i], negatesEvent: eventNegatingCues.contains(c)))
    }
    return hits
  }

  /// Whether the word before "plant" can be the German verb's subject (or a word before a fronted verb):
  /// a capitalised word that is no English genitive, a German pronoun or connective; not "the", "a", "new".
  static func isGermanVerbSubject(_ before: Token?) -> Bool {
    guard let before else { return true }
    if before.isCapitalized { return !before.endsInApostropheS && !before.text.hasSuffix("'") && !before.text.hasSuffix("’") }
    return germanSubjectWords.contains(before.lowercased)
  }
  static let germanSubjectWords: Set<String> = [
    "er", "sie", "es", "man", "und", "zudem", "nun", "jetzt", "auch", "bereits", "außerdem", "derzeit", "noch", "ebenfalls",
    "wer", "was", "nämlich", "deshalb", "daher", "offenbar", "angeblich", "demnach",
  ]

  /// Whether one cue word matches a word: its lower-case form equals the cue word or, for a prefix, starts
  /// with it.
  static func matches(_ cue: CueWord, _ word: Token) -> Bool {
    let w = word.lowercased
    return cue.isPrefix ? w.hasPrefix(cue.text) : w == cue.text
  }

  /// Whether a cue phrase matches the words (`positions` into `tokens`) from word `i` on.
  private func matches(_ cue: [CueWord], at i: Int, _ positions: [Int], _ tokens: [Token]) -> Bool {
    guard i + cue.count <= positions.count else { return false }
    return cue.indices.allSatisfy { k in StatusDetector.matches(cue[k], tokens[positions[i + k]]) }
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
