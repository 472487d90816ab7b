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
      if word.unicodeScalars.contains(where: { [0x212A, 0x037E, 0x1FEF].contains($0.value) }) { isExact = false }
      if word.utf8.count >= 4 { keys.insert(FourByteSet.key(word.utf8.prefix(4))) }
    }
  }

  /// False when `word`, `word.dropLast()` and `word.dropLast(2)` are surely not in the set.
  func mayHoldTrimmed(_ word: String) -> Bool {
    guard isExact else { return true }
    let first = word.utf8.prefix(6)
    guard first.count == 6, first.allSatisfy(WordStarts.isASCIILetter) else { return true }
    return keys.contains(FourByteSet.key(first.prefix(4)))
  }

  private static func isASCIILetter(_ b: UInt8) -> Bool { b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z") }
}
