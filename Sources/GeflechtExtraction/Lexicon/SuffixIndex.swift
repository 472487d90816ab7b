/// Suffix forms ("vorstand", "vorstands", "vorstanden") by their last three characters, so that a word is
/// tested against the few forms that could end it instead of against every form.
///
/// `candidates(endingLike:)` returns a superset of the forms `word.hasSuffix(form)` holds for: when it
/// holds, the last three characters of word and form are equal (`String.hasSuffix` compares characters
/// from the end; for ASCII, bytes), so both have the same key. Callers still ask `hasSuffix` of each
/// candidate, so answers are exactly those of trying every form.
///
/// - Complexity: A lookup hashes the word's last three characters; memory is O(total length of the forms).
struct SuffixIndex: Sendable {
  /// One form and the index of what it stands for (a head in the caller's list).
  struct Form: Sendable {
    let owner: Int
    let text: String
  }

  private var byEnding: [String: [Form]] = [:]
  /// The lists of `byEnding` whose key is three ASCII bytes, by those bytes: a word ending in printable
  /// ASCII is looked up without building and hashing a string of its last three characters.
  private var byASCIIEnding: [UInt32: [Form]] = [:]
  /// False when a key holds a scalar that decomposes to an ASCII character alone (KELVIN SIGN, GREEK
  /// QUESTION MARK, GREEK VARIA), which would equal an ASCII key; then only `byEnding` is asked.
  private var asciiIsExact = true
  /// Forms of fewer than three characters, candidates for every word.
  private var short: [Form] = []

  init(_ forms: [Form] = []) {
    for form in forms {
      if form.text.count < 3 {
        short.append(form)
      } else {
        byEnding[String(form.text.suffix(3)), default: []].append(form)
      }
    }
    for (key, list) in byEnding {
      if key.utf8.count == 3 && key.utf8.allSatisfy({ $0 < 0x80 }) {
        byASCIIEnding[key.utf8.reduce(0) { $0 << 8 | UInt32($1) }] = list
      } else if key.unicodeScalars.contains(where: { [0x212A, 0x037E, 0x1FEF].contains($0.value) }) {
        asciiIsExact = false
      }
    }
  }

  /// The forms that may end `word`: every form it ends in, and possibly others.
  func candidates(endingLike word: String) -> [Form] {
    let found: [Form]
    if asciiIsExact, let key = SuffixIndex.asciiEnding(word) {
      // Only an ASCII key equals three ASCII characters (no other key holds a scalar equivalent to ASCII).
      found = byASCIIEnding[key] ?? []
    } else {
      found = byEnding[String(word.suffix(3))] ?? []
    }
    return short.isEmpty ? found : short + found
  }

  /// The last three bytes of a word whose last four (or only three) bytes are printable ASCII: then they
  /// are its last three characters (printable ASCII characters never combine with their neighbours).
  private static func asciiEnding(_ word: String) -> UInt32? {
    word.withUTF8Bytes { bytes in
      guard bytes.count >= 3 else { return nil }
      for b in bytes[max(0, bytes.count - 4)...] where b < 0x20 || b >= 0x7F { return nil }
      let n = bytes.count
      return UInt32(bytes[n - 3]) << 16 | UInt32(bytes[n - 2]) << 8 | UInt32(bytes[n - 1])
    }
  }
}
