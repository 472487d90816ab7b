/// Splits a document into sentences, skipping publisher boilerplate lines.
///
/// Lines are the first unit: a blank line or a line of boilerplate always ends a sentence; a single line
/// break ends one too unless the line stops without terminal punctuation and the next line starts in
/// lower case (a hard-wrapped sentence). Inside a block, `.`, `!`, `?` and `…` (with closing quotes)
/// end a sentence when whitespace and an upper-case letter or an opening quote follow, except after a
/// listed abbreviation ("Dr.", "Mrd."), a single letter ("z. B.", "Thomas F. Hofmann") or a number of at
/// most two digits (ordinals such as "18. September").
struct SentenceSplitter: Sendable {
  let abbreviations: Set<String>
  let boilerplate: BoilerplateRules

  ///
  /// - Parameter vocabulary: Shares one `WordInfo` per distinct token text (see `Vocabulary`); without
  ///   one, tokens carry no `WordInfo` and the rules compute their answers themselves.
  /// - Complexity: O(n) for n scalars, plus O(line length × boilerplate patterns) per short line.
  func sentences(in text: ScalarText, vocabulary: Vocabulary? = nil) -> [Sentence] {
    var blocks: [Range<Int>] = []
    var current: Range<Int>? = nil
    var previousLineEndsOpen = false
    for line in lines(of: text) {
      var trimmed = trim(line, in: text)
      // A credit at the end of a line ("… aus. Foto: Agentur/Name") is cut off.
      if !boilerplate.tails.isEmpty, !trimmed.isEmpty, let cut = boilerplate.tailStart(in: text, trimmed) {
        trimmed = trim(trimmed.lowerBound..<cut, in: text)
      }
      if trimmed.isEmpty || isBoilerplate(trimmed, in: text) {
        if let c = current { blocks.append(c) }
        current = nil
        previousLineEndsOpen = false
        continue
      }
      let startsLower = text[trimmed.lowerBound].properties.isLowercase
      if let c = current, previousLineEndsOpen && startsLower {
        current = c.lowerBound..<trimmed.upperBound
      } else {
        if let c = current { blocks.append(c) }
        current = trimmed
      }
      previousLineEndsOpen = !isTerminal(text[trimmed.upperBound - 1])
    }
    if let c = current { blocks.append(c) }

    var sentences: [Sentence] = []
    for (b, block) in blocks.enumerated() {
      var lineCount = 1
      for i in block where text[i].isNewline { lineCount += 1 }
      for range in split(block, in: text) {
        let tokens = Tokenizer.tokens(in: text, range: range, vocabulary: vocabulary)
        guard tokens.contains(where: { $0.isWord && ($0.info?.hasLetter ?? $0.text.unicodeScalars.contains(where: \.isLetter)) })
        else { continue }
        sentences.append(
          Sentence(
            index: sentences.count, start: range.lowerBound, end: range.upperBound,
            scalars: text.scalars, tokens: tokens, block: b, blockLines: lineCount,
            evidenceStart: text.originalRange(range).lowerBound, evidenceEnd: text.originalRange(range).upperBound,
            evidenceText: text.originalString(range), vocabulary: vocabulary))
      }
    }
    return sentences
  }

  private func lines(of text: ScalarText) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for i in 0..<text.count where text[i].isNewline {
      result.append(start..<i)
      start = i + 1
    }
    result.append(start..<text.count)
    return result
  }

  private func trim(_ r: Range<Int>, in text: ScalarText) -> Range<Int> {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi, text[lo].isSpace { lo += 1 }
    while hi > lo, text[hi - 1].isSpace { hi -= 1 }
    return lo..<hi
  }

  /// Lines longer than this are running text, never boilerplate or a progress bar.
  static let maxBoilerplateLine = 400

  private func isBoilerplate(_ r: Range<Int>, in text: ScalarText) -> Bool {
    if r.count > SentenceSplitter.maxBoilerplateLine { return false }
    var lo = r.lowerBound
    while lo < r.upperBound, SentenceSplitter.bullets.contains(text[lo]) || text[lo].isSpace { lo += 1 }
    if boilerplate.matches(text.scalars[lo..<r.upperBound]) { return true }
    // Lines that are mostly not letters (progress bars, tables of numbers) carry no story.
    var letters = 0
    var visible = 0
    for i in r where !text[i].isSpace {
      visible += 1
      if text[i].isLetter { letters += 1 }
    }
    return visible > 0 && letters * 10 < visible * 3
  }

  private func split(_ block: Range<Int>, in text: ScalarText) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var sentenceStart = block.lowerBound
    var i = block.lowerBound
    while i < block.upperBound {
      let c = text[i]
      guard isTerminal(c), c != ":" else {
        i += 1
        continue
      }
      var e = i + 1
      while e < block.upperBound, isTerminal(text[e]) && text[e] != ":" || SentenceSplitter.closers.contains(text[e]) {
        e += 1
      }
      var next = e
      while next < block.upperBound, text[next].isSpace { next += 1 }
      guard next > e, next < block.upperBound else {
        i = e
        continue
      }
      let n = text[next]
      let opensSentence = n.isUppercaseLetter || SentenceSplitter.openers.contains(n)
      if opensSentence && !(c == "." && isNonFinalPeriod(at: i, in: text, from: sentenceStart)) {
        result.append(trim(sentenceStart..<e, in: text))
        sentenceStart = next
      }
      i = e
    }
    let last = trim(sentenceStart..<block.upperBound, in: text)
    if !last.isEmpty { result.append(last) }
    return result.filter { !$0.isEmpty }
  }

  /// Whether the period at `p` belongs to an abbreviation, an initial or an ordinal.
  private func isNonFinalPeriod(at p: Int, in text: ScalarText, from lower: Int) -> Bool {
    var s = p
    while s > lower, text[s - 1].isWordCharacter { s -= 1 }
    guard s < p else { return p > lower && text[p - 1] == "." }  // "..." before a capital still ends
    let word = text.string(s..<p)
    if abbreviations.contains(word) { return true }
    if word.unicodeScalars.count == 1, word.unicodeScalars.first!.isLetter { return true }
    if word.unicodeScalars.allSatisfy(\.isDigit), word.unicodeScalars.count <= 2 { return true }
    return false
  }

  private func isTerminal(_ c: Unicode.Scalar) -> Bool {
    c == "." || c == "!" || c == "?" || c == "\u{2026}" || c == ":"
  }

  static let closers: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{00BB}", "\u{00AB}", ")", "\u{2019}", "'"]
  static let openers: Set<Unicode.Scalar> = ["\"", "\u{201E}", "\u{201C}", "\u{00BB}", "\u{00AB}", "("]
  static let bullets: Set<Unicode.Scalar> = ["\u{2022}", "\u{00B7}", "\u{25AA}", "-", "\u{2013}", "*"]
}

/// Lines to skip, read from `boilerplate.tsv`.
struct BoilerplateRules: Sendable {
  var prefixes: [String] = [] {
    didSet { prepareScalars() }
  }
  var fragments: [String] = [] {
    didSet { prepareScalars() }
  }
  private var prefixScalars: [[Unicode.Scalar]] = []
  private var fragmentScalars: [[Unicode.Scalar]] = []
  /// Whether every pattern is non-empty and below U+0300, so that lines can be matched on scalars.
  private var patternsAreSimple = true
  /// One bit per scalar below U+0300 that starts a fragment, so that a line is scanned once rather than
  /// once per fragment (only read when `patternsAreSimple`).
  private var fragmentStarts: [UInt64] = Array(repeating: 0, count: 12)

  private var tailScalars: [[Unicode.Scalar]] = []
  /// One bit per scalar below U+0080 that starts a tail marker (`tailStart` skips the markers at any other
  /// position); nil when a marker is empty or starts at or above U+0080.
  private var tailStarts: (UInt64, UInt64)? = (0, 0)

  private mutating func prepareScalars() {
    prefixScalars = prefixes.map { Array($0.unicodeScalars) }
    tailScalars = tails.map { Array($0.unicodeScalars) }
    tailStarts = (0, 0)
    for tail in tailScalars {
      guard let v = tail.first?.value, v < 0x80, let starts = tailStarts else {
        tailStarts = nil
        break
      }
      tailStarts = v < 64 ? (starts.0 | 1 << UInt64(v), starts.1) : (starts.0, starts.1 | 1 << UInt64(v - 64))
    }
    fragmentScalars = fragments.map { Array($0.unicodeScalars) }
    patternsAreSimple = (prefixScalars + fragmentScalars).allSatisfy { p in
      !p.isEmpty && p.allSatisfy { $0.value < 0x300 }
    }
    fragmentStarts = Array(repeating: 0, count: 12)
    if patternsAreSimple {
      for fragment in fragmentScalars {
        let v = fragment[0].value
        fragmentStarts[Int(v >> 6)] |= 1 << (v & 63)
      }
    }
  }
  /// Markers that start a credit running to the end of the line, after a space.
  var tails: [String] = [] {
    didSet { prepareScalars() }
  }

  func matches(_ line: String) -> Bool {
    prefixes.contains { line.hasPrefix($0) } || fragments.contains { line.contains($0) }
  }

  /// `matches(_:)` on scalars. Below U+0300 there are no combining marks and no two canonically
  /// equivalent spellings, so when line and patterns stay below it, comparing scalars literally gives the
  /// same answer as `String`'s (canonical) `hasPrefix` and Foundation's `contains`; otherwise the string
  /// comparison decides.
  ///
  /// - Complexity: O(line length × total pattern length).
  func matches(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    guard patternsAreSimple, line.allSatisfy({ $0.value < 0x300 }) else { return matches(ScalarText.makeString(line)) }
    if prefixScalars.contains(where: { line.starts(with: $0) }) { return true }
    // Whether some fragment occurs somewhere: one pass, trying the fragments only where one could start.
    var i = line.startIndex
    while i < line.endIndex {
      let v = line[i].value
      if fragmentStarts[Int(v >> 6)] & (1 << (v & 63)) != 0 {
        for fragment in fragmentScalars where fragment[0] == line[i] && i + fragment.count <= line.endIndex {
          if line[i..<(i + fragment.count)].elementsEqual(fragment) { return true }
        }
      }
      i += 1
    }
    return false
  }

  /// The position where the first tail marker of a line starts (after a space), or nil.
  func tailStart(in text: ScalarText, _ line: Range<Int>) -> Int? {
    guard line.count > 1 else { return nil }
    for i in (line.lowerBound + 1)..<line.upperBound where text[i - 1] == " " {
      if let starts = tailStarts {
        let v = text[i].value
        guard v < 0x80, (v < 64 ? starts.0 >> UInt64(v) : starts.1 >> UInt64(v - 64)) & 1 != 0 else { continue }
      }
      for tail in tailScalars where tail.first == text[i] {
        var k = i
        var matched = true
        for scalar in tail {
          if k >= line.upperBound || text[k] != scalar {
            matched = false
            break
          }
          k += 1
        }
        if matched { return i }
      }
    }
    return nil
  }
}
