/// The last four bytes of a set of words: a word whose last four bytes are lower-case ASCII letters that
/// end no word of the set is none of them, nor ends like one.
///
/// Why that is exact under `String`'s canonical equivalence: a string equal to one ending in four ASCII
/// letters has the same letters as its last four scalars (ASCII letters are starters that decompose to
/// themselves, and no other scalar canonically decomposes to a lower-case ASCII letter or ends in one), so
/// its last four bytes are those letters. A collision only means the caller tests as before.
///
/// - Complexity: one pass over the words to build; O(1) per question.
struct WordEndings: Sendable {
  private var keys = FourByteSet()

  init() {}

  init<S: Sequence>(_ words: S) where S.Element == String {
    for word in words {
      word.withUTF8Bytes { bytes in
        if bytes.count >= 4 { keys.insert(FourByteSet.key(bytes, from: bytes.count - 4)) }
      }
    }
  }

  /// False when `word` ends in four lower-case ASCII letters that end no word of the set; true otherwise.
  func mayEnd(_ word: String) -> Bool {
    word.withUTF8Bytes { bytes in
      guard bytes.count >= 4 else { return true }
      for b in bytes[(bytes.count - 4)...] where b < UInt8(ascii: "a") || b > UInt8(ascii: "z") { return true }
      return keys.contains(FourByteSet.key(bytes, from: bytes.count - 4))
    }
  }
}
