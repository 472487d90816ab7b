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

  /// Four bytes as one key, the first in the highest byte.
  static func key<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
    var key: UInt32 = 0
    for b in bytes { key = key << 8 | UInt32(b) }
    return key
  }
}
