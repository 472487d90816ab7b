/// The first four bytes of a set of words (the role words): a word whose first six bytes are ASCII letters
/// and whose first four start no word of the set is none of them, and neither is the word without its last
/// one or two characters.
///
/// Why that is exact under `String`'s canonical equivalence: six ASCII letters are six characters, so the
/// word without two characters still begins with the four letters, followed by a starter or nothing. A
/// string equal to it has the same four letters as its first four scalars (they decompose only to
/// themselves, and no canonical decomposition holds an ASCII letter after its first scalar), unless it
/// holds one of the three scalars that decompose to an ASCII character alone (KELVIN SIGN, GREEK QUESTION
/// MARK, GREEK VARIA); a set with one of those answers "maybe" to everything.
///
/// - Complexity: one pass over the words to build; O(1) per question.
struct WordStarts: Sendable {
  private var keys = FourByteSet()
  private var isExact = true

  init() {}

  init<S: Sequence>(_ words: S) where S.Element == String {
    for word in words {
      word.withUTF8Bytes { bytes in
        // (The three scalars start with these bytes; only then are the scalars read.)
        if bytes.contains(where: { $0 == 0xCD || $0 == 0xE1 || $0 == 0xE2 }),
          word.unicodeScalars.contains(where: { [0x212A, 0x037E, 0x1FEF].contains($0.value) })
        {
          isExact = false
        }
        if bytes.count >= 4 { keys.insert(FourByteSet.key(bytes, from: 0)) }
      }
    }
  }

  /// False when `word`, `word.dropLast()` and `word.dropLast(2)` are surely not in the set.
  func mayHoldTrimmed(_ word: String) -> Bool {
    guard isExact else { return true }
    return word.withUTF8Bytes { bytes in
      guard bytes.count >= 6 else { return true }
      for k in 0..<6 {
        let lower = bytes[k] | 0x20  // an ASCII letter in lower case; anything else stays outside a–z
        guard lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") else { return true }
      }
      return keys.contains(FourByteSet.key(bytes, from: 0))
    }
  }
}
