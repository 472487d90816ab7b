/// Affix tests on the bytes of ASCII words, for the per-word answers of `WordInfo`.
///
/// `String.hasSuffix`, `hasPrefix` and `contains` compare characters under canonical equivalence, which
/// costs a call, reference counting and a grapheme walk each. When the word and the affix are both ASCII
/// every character is one byte (a word holds no "\r\n"), and an ASCII character is canonically equivalent
/// only to itself, so comparing bytes gives the same answer. Anything else goes to the `String` methods.
struct ASCIIAffix: Sendable {
  let text: String
  /// The UTF-8 bytes of `text`; nil when it is not ASCII (then only the `String` methods are asked).
  let bytes: [UInt8]?

  init(_ text: String) {
    self.text = text
    bytes = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
  }

  /// `word.hasSuffix(text)`; `ascii` holds the word's bytes when the word is ASCII.
  @inline(__always)
  func isSuffix(of word: String, ascii: UnsafeBufferPointer<UInt8>?) -> Bool {
    guard let ascii, let bytes else { return word.hasSuffix(text) }
    guard bytes.count <= ascii.count else { return false }
    let start = ascii.count - bytes.count
    for k in 0..<bytes.count where ascii[start + k] != bytes[k] { return false }
    return true
  }

  /// `word.hasPrefix(text)`.
  @inline(__always)
  func isPrefix(of word: String, ascii: UnsafeBufferPointer<UInt8>?) -> Bool {
    guard let ascii, let bytes else { return word.hasPrefix(text) }
    guard bytes.count <= ascii.count else { return false }
    for k in 0..<bytes.count where ascii[k] != bytes[k] { return false }
    return true
  }

  /// `word.contains(text)`.
  @inline(__always)
  func isContained(in word: String, ascii: UnsafeBufferPointer<UInt8>?) -> Bool {
    guard let ascii, let bytes else { return word.contains(text) }
    if bytes.isEmpty { return word.contains(text) }
    guard bytes.count <= ascii.count else { return false }
    outer: for start in 0...(ascii.count - bytes.count) {
      for k in 0..<bytes.count where ascii[start + k] != bytes[k] { continue outer }
      return true
    }
    return false
  }
}

extension String {
  /// Calls `body` with the word's UTF-8 bytes when every byte is ASCII, else with nil.
  @inline(__always)
  func withASCIIBytes<R>(_ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
    withUTF8Bytes { bytes in body(bytes.allSatisfy { $0 < 0x80 } ? bytes : nil) }
  }
}
