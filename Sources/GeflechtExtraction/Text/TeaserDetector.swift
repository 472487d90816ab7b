import GeflechtCore

/// Finds teasers for other articles inside an article's body: the "read more" boxes publishers put
/// between paragraphs ("Altersvorsorge Drohender Renten-Schock: …" + two lines of summary, three times).
///
/// A teaser is a headline block (one line, at most `maxHeadlineWords` words, not ending in `.` or `!`,
/// no bulleted list item, not the article's first block) followed by one short block (at most `maxSummarySentences` sentences and `maxSummaryWords` words).
/// Publishers list teasers in runs, so only runs of at least
/// `minRunLength` such pairs count, and a pair is dropped only when no entity it names is named anywhere
/// else in the article, so that a story's own sub-headings and short sections stay.
struct TeaserDetector: Sendable {
  var maxHeadlineWords = 25
  var maxSummaryWords = 60
  var maxSummarySentences = 3
  var minRunLength = 2

  /// The indices of the sentences that belong to teasers.
  func teaserSentences(_ sentences: [Sentence], mentions: [[Mention]]) -> Set<Int> {
    let blocks = TeaserDetector.blocks(sentences)
    let wordCounts = sentences.map { s in s.tokens.reduce(0) { $1.isWord ? $0 + 1 : $0 } }
    func words(_ block: [Int]) -> Int { block.reduce(0) { $0 + wordCounts[$1] } }
    func isHeadline(_ block: [Int]) -> Bool {
      guard let last = block.last, sentences[last].blockLines == 1, words(block) <= maxHeadlineWords,
        !TeaserDetector.isListItem(sentences[block[0]]), !isSectionHeading(block[0])
      else { return false }
      let sentence = sentences[last]
      var end = sentence.end
      while end > sentence.start, SentenceSplitter.closers.contains(sentence.scalars[end - 1]) || sentence.scalars[end - 1].isSpace {
        end -= 1
      }
      return end > sentence.start && sentence.scalars[end - 1] != "." && sentence.scalars[end - 1] != "!"
    }
    // "Voith: Maschinenbauer setzt zur Landung an", "Chefwechsel bei Microsoft: Eine Frau folgt …": a heading
    // whose first one or two words, or a short phrase, end in a colon heads a section of a round-up. A
    // teaser's kicker runs into its headline: "Altersvorsorge Drohender Renten-Schock: Die …" (three
    // capitalised words).
    func isSectionHeading(_ s: Int) -> Bool {
      let t = sentences[s].tokens
      guard let colon = t.prefix(5).firstIndex(where: { $0.text == ":" }), colon >= 1, t[0].isCapitalized,
        t[..<colon].allSatisfy({ $0.isWord })
      else { return false }
      return colon <= 2 || t[..<colon].contains { !$0.isCapitalized }
    }
    func isSummary(_ block: [Int]) -> Bool {
      !isHeadline(block) && block.count <= maxSummarySentences && words(block) <= maxSummaryWords
    }
    // Pairs (headline block, summary block) that follow one another directly.
    var pairs: [(start: Int, blocks: [Int])] = []
    // The article's own headline and lead (block 0) are no teaser.
    var b = 1
    while b + 1 < blocks.count {
      if isHeadline(blocks[b]) && isSummary(blocks[b + 1]) {
        pairs.append((b, [b, b + 1]))
        b += 2
      } else {
        b += 1
      }
    }
    var runs: [[[Int]]] = []
    for pair in pairs {
      if let last = runs.last?.last, last[1] + 1 == pair.start {
        runs[runs.count - 1].append(pair.blocks)
      } else {
        runs.append([pair.blocks])
      }
    }
    var result = Set<Int>()
    // The sentences that name each entity, and those that hold each unrecognised name word, built once
    // when some run is long enough.
    var sentencesNaming: [EntityKey: [Int]] = [:]
    var sentencesHolding: [String: [Int]] = [:]
    if runs.contains(where: { $0.count >= minRunLength }) {
      for (s, list) in mentions.enumerated() {
        for m in list { sentencesNaming[m.ref.key, default: []].append(s) }
        for t in sentences[s].tokens where TeaserDetector.isDistinctiveWord(t) { sentencesHolding[t.text, default: []].append(s) }
      }
    }
    for run in runs where run.count >= minRunLength {
      for pair in run {
        let inside = Set(pair.flatMap { blocks[$0] })
        // No entity named inside is named in a sentence outside, and no name the recognizer did not know
        // either ("Sensetime" in a section of its own story; places and other known names do not count).
        let namedElsewhere = inside.contains { s in
          mentions[s].contains { m in sentencesNaming[m.ref.key]!.contains { !inside.contains($0) } }
            || sentences[s].tokens.contains { t in
              TeaserDetector.isDistinctiveWord(t) && sentencesHolding[t.text]!.contains { !inside.contains($0) }
            }
        }
        if !namedElsewhere { result.formUnion(inside) }
      }
    }
    return result
  }

  /// A word that may be part of a name and is no common noun: a story's sections share such words with
  /// the rest of the story, a teaser for another story seldom does.
  static func isDistinctiveWord(_ t: Token) -> Bool {
    guard let info = t.info else { return false }
    return info.isNameWord && !info.isCommonNoun && !info.hasNounSuffix && !info.isFirstName && info.gazetteerCandidates.isEmpty
  }

  /// Bullet characters that open a list item ("• Investoren interessiert", "- Atomico").
  static let bullets: Set<String> = ["•", "-", "–", "*", "·", "▪"]

  /// Whether a sentence is an item of a bulleted list: it starts with a bullet.
  static func isListItem(_ sentence: Sentence) -> Bool {
    // (Every bullet is a punctuation token: a sentence opening with a word needs no lookup.)
    sentence.tokens.first.map { !$0.isWord && bullets.contains($0.text) } ?? false
  }

  /// The sentence indices of each block, blocks in ascending order. Sentences come in block order, so
  /// consecutive runs are the groups (otherwise they are grouped by block number).
  ///
  /// - Complexity: O(n) for n sentences in block order, O(n log n) otherwise.
  static func blocks(_ sentences: [Sentence]) -> [[Int]] {
    guard zip(sentences, sentences.dropFirst()).allSatisfy({ $0.block <= $1.block }) else {
      return Dictionary(grouping: sentences.indices, by: { sentences[$0].block }).sorted { $0.key < $1.key }.map(\.value)
    }
    var result: [[Int]] = []
    for i in sentences.indices {
      if i > 0, sentences[i].block == sentences[i - 1].block {
        result[result.count - 1].append(i)
      } else {
        result.append([i])
      }
    }
    return result
  }
}
