import Foundation

/// The stored bytes of a `Decimal`, as a dictionary key for the text it prints: two decimals with the same
/// bytes have the same exponent, length, sign and mantissa, so they print the same text. (`Decimal`'s own
/// equality is by value: 1.0 and 1.00 are equal while their stored mantissa and exponent differ.) Bytes
/// that differ only in padding give two keys for one text, which costs a second printing, never a wrong
/// one.
struct DecimalBits: Hashable {
  private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

  /// Whether a `Decimal` fits in the key (it is 20 bytes); when not, amounts are printed every time.
  static let fits = MemoryLayout<Decimal>.size <= MemoryLayout<(UInt64, UInt64, UInt64)>.size

  init(_ d: Decimal) {
    withUnsafeBytes(of: d) { source in
      withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: source) }
    }
  }

  static func == (a: DecimalBits, b: DecimalBits) -> Bool {
    a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(words.0)
    hasher.combine(words.1)
    hasher.combine(words.2)
  }
}
