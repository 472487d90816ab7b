import GeflechtCore

/// Checks that bytes arriving in chunks form valid UTF-8, with `UTF8Validation` on each chunk.
///
/// A chunk may end inside a character. Valid UTF-8 can be cut before any byte that is not a
/// continuation byte (`10xxxxxx`) into two valid parts, and is valid only if both parts are; so each
/// chunk is checked up to its last such byte (at most four from the end) and the rest is carried
/// into the next chunk. O(bytes) time, O(chunk) space.
struct ChunkedUTF8Validation {
  private var carried: [UInt8] = []
  private(set) var isValid = true

  mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>) {
    guard isValid else { return }
    var bytes = carried
    bytes.append(contentsOf: chunk)
    var cut = bytes.count
    var i = bytes.count - 1
    while i >= 0 && i >= bytes.count - 4 {
      if bytes[i] & 0xC0 != 0x80 {
        cut = i
        break
      }
      i -= 1
    }
    carried = Array(bytes[cut...])
    bytes.removeSubrange(cut...)
    if UTF8Validation.firstInvalidOffset(in: bytes) != nil { isValid = false }
  }

  /// Whether all bytes together were valid UTF-8.
  mutating func finish() -> Bool {
    if isValid && UTF8Validation.firstInvalidOffset(in: carried) != nil { isValid = false }
    carried = []
    return isValid
  }
}
