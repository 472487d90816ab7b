/// Splits text into words and punctuation marks.
///
/// A word is a run of letters and digits, joined across an inner hyphen ("Microsoft-Chef"), an inner
/// apostrophe ("OpenAI’s"), and a decimal separator between digits ("3,2", "500.000"). Every other
/// non-space scalar is a punctuation token of its own.
///
/// With a `Vocabulary`, tokens share one `WordInfo` per distinct text and no strings are built for texts
/// seen before.
///
/// - Complexity: O(length of the range) plus, for texts new to the vocabulary, their `WordInfo`.
enum Tokenizer {
  static func tokens(in text: ScalarText, range: Range<Int>, vocabulary: Vocabulary? = nil) -> [Token] {
    guard let vocabulary else {
      return tokens(in: text, range: range) { kind, r in Tokenizer.makeToken(kind, text, r) }
    }
    // One lookup for the whole range: the vocabulary's tables are held once, not once per token.
    return vocabulary.withLookup(in: text) { info in
      tokens(in: text, range: range) { kind, r in Token(info(kind, r), start: r.lowerBound, end: r.upperBound) }
    }
  }

  private static func tokens<T>(
    in text: ScalarText, range: Range<Int>, makeToken: (Token.Kind, Range<Int>) -> T
  ) -> [T] {
    var tokens: [T] = []
    tokens.reserveCapacity(range.count / 4)
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = text[i]
      if c.isSpace {
        i += 1
        continue
      }
      if !c.isWordCharacter {
        tokens.append(makeToken(.punctuation, i..<(i + 1)))
        i += 1
        continue
      }
      var j = i + 1
      while j < end {
        let d = text[j]
        if d.isWordCharacter {
          j += 1
          continue
        }
        if j + 1 < end, text[j + 1].isWordCharacter {
          if isHyphen(d) || isApostrophe(d) {
            j += 2
            continue
          }
          if (d == "," || d == "."), text[j - 1].isDigit, text[j + 1].isDigit {
            j += 2
            continue
          }
          // A company named by its domain: "Green.ch", "Etched.ai", "Amazon.com".
          if d == ".", let tld = topLevelDomainEnd(text, after: j, end: end) {
            j = tld
            break
          }
        }
        break
      }
      tokens.append(makeToken(.word, i..<j))
      i = j
    }
    return tokens
  }

  /// Top-level domains that end a company's name written as its domain.
  static let topLevelDomains: Set<String> = ["com", "ai", "io", "ch", "de", "net", "org", "co", "at", "eu", "tech", "app", "cloud"]

  /// The end of a top-level domain after the dot at `dot` ("Green.ch"), when lower-case ASCII letters
  /// follow the dot up to a character that is no word character; nil otherwise.
  static func topLevelDomainEnd(_ text: ScalarText, after dot: Int, end: Int) -> Int? {
    var k = dot + 1
    var letters = String.UnicodeScalarView()
    while k < end, k - dot <= 5, (97...122).contains(text[k].value) {
      letters.append(text[k])
      k += 1
    }
    guard k - dot >= 3, k == end || !text[k].isWordCharacter, text[dot - 1].isLetter, topLevelDomains.contains(String(letters)) else { return nil }
    return k
  }

  /// Tokens of a short phrase, as the lexicon stores it.
  static func tokens(of phrase: String) -> [Token] {
    let text = ScalarText(phrase)
    return tokens(in: text, range: 0..<text.count)
  }

  /// `tokens(of: phrase).map(\.normalized)`, without making the tokens' forms (lower case, shape) that
  /// the gazetteer's thousands of names do not need.
  static func normalizedTokens(of phrase: String) -> [String] {
    if let words = asciiWords(of: phrase) { return words }
    let text = ScalarText(phrase)
    return tokens(in: text, range: 0..<text.count) { _, r in normalize(text.string(r)) }
  }

  /// `normalizedTokens(of:)` of a phrase of ASCII letters, digits and spaces only (most names in the
  /// lexicon), split at the space bytes: no such scalar is folded or dropped by `ScalarText` or changed by
  /// `normalize`, and every run of letters and digits between spaces is one word. Nil for any other phrase.
  static func asciiWords(of phrase: String) -> [String]? {
    let words: [String]?? = phrase.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
      var words: [String] = []
      var start = 0
      for i in 0...bytes.count {
        let b = i < bytes.count ? bytes[i] : UInt8(ascii: " ")
        if b == UInt8(ascii: " ") {
          if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
          start = i + 1
          continue
        }
        let lower = b | 0x20
        guard (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
        else { return nil }
      }
      return words
    }
    return words ?? nil
  }

  static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }
  static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

  static func normalize(_ s: String) -> String {
    if !s.unicodeScalars.contains(where: { $0.value >= 0x2010 || $0 == "'" }) { return s }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
      if isHyphen(c) { out.append("-") } else if isApostrophe(c) { out.append("'") } else { out.append(c) }
    }
    return String(out)
  }

  private static func makeToken(_ kind: Token.Kind, _ text: ScalarText, _ r: Range<Int>) -> Token {
    let s = text.string(r)
    return Token(kind: kind, start: r.lowerBound, end: r.upperBound, text: s, normalized: normalize(s))
  }
}
