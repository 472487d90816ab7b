/// A cheap test in front of `NameResolver`'s per-document name dictionaries (surnames, new names), which
/// are asked about every capitalised token that no mention claims: "no" means that no key of the
/// dictionaries equals the word, so the lookups (hashing the word) can be skipped.
///
/// Exact under `String`'s equality (canonical equivalence): only ASCII words are answered "no", by 256 bits
/// set from the byte count, first and last byte of each ASCII key. An ASCII word equals an ASCII key only
/// byte for byte. It equals no key that holds a scalar outside ASCII other than the three that decompose to
/// an ASCII character alone (U+212A KELVIN SIGN → "K", U+037E GREEK QUESTION MARK → ";", U+1FEF GREEK
/// VARIA → "`"): composition never yields ASCII, so such a key's normal form keeps a scalar outside ASCII.
/// A key holding one of the three turns the filter off (every word "may" match).
struct NameKeyFilter {
  private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  private var isOff = false

  mutating func insert(_ key: String) {
    if let h = NameKeyFilter.asciiHash(key) {
      set(h)
    } else if key.unicodeScalars.allSatisfy({ $0.isASCII || $0.value == 0x212A || $0.value == 0x037E || $0.value == 0x1FEF }) {
      isOff = true
    }
  }

  /// False only when no inserted key can equal `word`.
  func mayContain(_ word: String) -> Bool {
    if isOff { return true }
    guard let h = NameKeyFilter.asciiHash(word) else { return true }
    return isSet(h)
  }

  /// A slot from the byte count, first and last byte of an ASCII string; nil when it is empty or not ASCII.
  private static func asciiHash(_ s: String) -> Int? {
    let hash: Int?? = s.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard let first = bytes.first, let last = bytes.last else { return nil }
      var any: UInt8 = 0
      for b in bytes { any |= b }
      guard any < 0x80 else { return nil }
      return (bytes.count &* 37 &+ Int(first) &* 11 &+ Int(last)) & 255
    }
    // (A string without contiguous UTF-8, never one of the resolver's: hashed by its bytes one by one.)
    if let hash { return hash }
    guard let first = s.utf8.first, let last = s.utf8.last, s.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    return (s.utf8.count &* 37 &+ Int(first) &* 11 &+ Int(last)) & 255
  }

  private mutating func set(_ h: Int) {
    let bit = UInt64(1) << UInt64(h & 63)
    switch h >> 6 {
    case 0: bits.0 |= bit
    case 1: bits.1 |= bit
    case 2: bits.2 |= bit
    default: bits.3 |= bit
    }
  }

  private func isSet(_ h: Int) -> Bool {
    let bit = UInt64(1) << UInt64(h & 63)
    switch h >> 6 {
    case 0: return bits.0 & bit != 0
    case 1: return bits.1 & bit != 0
    case 2: return bits.2 & bit != 0
    default: return bits.3 & bit != 0
    }
  }
}
