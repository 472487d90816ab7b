/// A set of four-byte keys as bits of a 256 K table (32 KB): `contains` may say yes for a key never
/// inserted (a collision), never no for one inserted. `WordEndings` and `WordStarts` use it to skip
/// lexicon lookups that cannot succeed.
struct FourByteSet: Sendable {
  private var bits = [UInt64](repeating: 0, count: (1 << 18) / 64)

  private static func slot(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> 14) }

  mutating func insert(_ key: UInt32) {
    let slot = FourByteSet.slot(key)
    bits[slot >> 6] |= 1 << UInt64(slot & 63)
  }

  func contains(_ key: UInt32) -> Bool {
    let slot = FourByteSet.slot(key)
    return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
  }

  /// The four bytes from `start` as one key, the first in the highest byte.
  @inline(__always)
  static func key(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt32 {
    UInt32(bytes[start]) << 24 | UInt32(bytes[start + 1]) << 16 | UInt32(bytes[start + 2]) << 8 | UInt32(bytes[start + 3])
  }
}

extension String {
  /// Calls `body` with the string's UTF-8 bytes (without copying a native string).
  @inline(__always)
  func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var copy = self  // shares the storage; `withUTF8` needs a variable
    return copy.withUTF8(body)
  }
}
