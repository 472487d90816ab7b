/// Affix tests on the bytes of words, for the per-word answers of `WordInfo`.
///
/// `String.hasSuffix`, `hasPrefix` and `contains` compare characters under canonical equivalence, which
/// costs a call, reference counting and a grapheme walk each. When the word and the affix are both ASCII
/// every character is one byte (a word holds no "\r\n"), and an ASCII character is canonically equivalent
/// only to itself, so comparing bytes gives the same answer.
///
/// A word with other characters and an ASCII affix: `hasSuffix` and `hasPrefix` compare the word's first
/// or last characters with the affix's one-byte characters, and a character equal to a one-scalar ASCII
/// character is that scalar alone (a longer cluster decomposes to more than one scalar), which is the
/// ASCII character itself or one of the three scalars that decompose to one (KELVIN SIGN to "K", GREEK
/// QUESTION MARK to ";", GREEK VARIA to "`"). So for an affix without those three characters the word's
/// bytes must end (or begin) with the affix's bytes; only then is the `String` method asked. `contains`
/// and non-ASCII affixes always ask `String`.
struct ASCIIAffix: Sendable {
  let text: String
  /// The UTF-8 bytes of `text`; nil when it is not ASCII (then only the `String` methods are asked).
  let bytes: [UInt8]?
  /// Whether a word whose bytes do not end (begin) with `bytes` surely does not end (begin) with `text`:
  /// ASCII without "K", ";" or "`" (see above).
  let bytesAreNecessary: Bool

  init(_ text: String) {
    self.text = text
    bytes = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
    bytesAreNecessary = bytes != nil && !text.utf8.contains { $0 == UInt8(ascii: "K") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "`") }
  }

  /// `word.hasSuffix(text)`; `ascii` holds the word's bytes and whether they are all ASCII.
  @inline(__always)
  func isSuffix(of word: String, ascii: WordBytes) -> Bool {
    guard let bytes else { return word.hasSuffix(text) }
    let endsSo = bytes.count <= ascii.utf8.count && matches(bytes, in: ascii.utf8, at: ascii.utf8.count - bytes.count)
    if ascii.isASCII { return endsSo }
    return (endsSo || !bytesAreNecessary) && word.hasSuffix(text)
  }

  /// `word.hasPrefix(text)`.
  @inline(__always)
  func isPrefix(of word: String, ascii: WordBytes) -> Bool {
    guard let bytes else { return word.hasPrefix(text) }
    let beginsSo = bytes.count <= ascii.utf8.count && matches(bytes, in: ascii.utf8, at: 0)
    if ascii.isASCII { return beginsSo }
    return (beginsSo || !bytesAreNecessary) && word.hasPrefix(text)
  }

  /// `word.contains(text)`.
  @inline(__always)
  func isContained(in word: String, ascii: WordBytes) -> Bool {
    guard ascii.isASCII, let bytes else { return word.contains(text) }
    let utf8 = ascii.utf8
    if bytes.isEmpty { return word.contains(text) }
    guard bytes.count <= utf8.count else { return false }
    return (0...(utf8.count - bytes.count)).contains { matches(bytes, in: utf8, at: $0) }
  }

  /// Whether `utf8` holds `bytes` from `start` on (the caller checks that they fit).
  @inline(__always)
  private func matches(_ bytes: [UInt8], in utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    for k in 0..<bytes.count where utf8[start + k] != bytes[k] { return false }
    return true
  }
}

/// A word's UTF-8 bytes and whether they are all ASCII, for `ASCIIAffix`.
struct WordBytes {
  let utf8: UnsafeBufferPointer<UInt8>
  let isASCII: Bool
}

extension String {
  /// Calls `body` with the word's UTF-8 bytes and whether every byte is ASCII.
  @inline(__always)
  func withASCIIBytes<R>(_ body: (WordBytes) -> R) -> R {
    withUTF8Bytes { bytes in body(WordBytes(utf8: bytes, isASCII: bytes.allSatisfy { $0 < 0x80 })) }
  }
}
