/// A cheap test in front of a lexicon word set (`Set<String>`), asked once per new word of a run: "no"
/// means the set surely does not hold the word, so hashing the word for `contains` can be skipped.
///
/// Exact under `String`'s equality (canonical equivalence): only ASCII words are answered "no", by the byte
/// count, first, second and last byte of the set's ASCII members (`FourByteSet`). An ASCII word equals an
/// ASCII member only byte for byte, and no member holding a scalar outside ASCII other than the three that
/// decompose to an ASCII character alone (U+212A KELVIN SIGN, U+037E GREEK QUESTION MARK, U+1FEF GREEK
/// VARIA): composition never yields ASCII, so such a member's normal form keeps a scalar outside ASCII. A
/// member holding one of the three turns the filter off. Empty and non-ASCII words always ask the set.
///
/// - Complexity: one pass over the set to build; O(length of the word) per question.
struct ASCIIWordFilter: Sendable {
  private var keys = FourByteSet()
  private var isOff = false

  init() {}

  init(_ words: Set<String>) {
    for word in words {
      if let key = ASCIIWordFilter.key(word) {
        keys.insert(key)
      } else if !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.isASCII || $0.value == 0x212A || $0.value == 0x037E || $0.value == 0x1FEF }) {
        isOff = true
      }
    }
  }

  /// False only when `word` is surely not in the set.
  @inline(__always)
  func mayContain(_ word: String) -> Bool {
    if isOff { return true }
    guard let key = ASCIIWordFilter.key(word) else { return true }
    return keys.contains(key)
  }

  /// `set.contains(word)`, asked only when the filter lets the word through.
  @inline(__always)
  func contains(_ word: String, in set: Set<String>) -> Bool {
    mayContain(word) && set.contains(word)
  }

  /// Byte count, first, second and last byte of a non-empty ASCII word; nil for any other.
  private static func key(_ word: String) -> UInt32? {
    word.withUTF8Bytes { bytes -> UInt32? in
      guard let first = bytes.first, let last = bytes.last else { return nil }
      var any: UInt8 = 0
      for b in bytes { any |= b }
      guard any < 0x80 else { return nil }
      let second = bytes.count > 1 ? bytes[1] : 0
      return UInt32(truncatingIfNeeded: bytes.count) << 24 | UInt32(first) << 16 | UInt32(second) << 8 | UInt32(last)
    }
  }
}
