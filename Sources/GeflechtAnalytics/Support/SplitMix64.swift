/// A small seeded pseudo-random generator, so that randomized algorithms give the same result for
/// the same seed on every platform and Swift version.
///
/// SplitMix64 adds the golden-ratio increment 0x9E3779B97F4A7C15 to its state and scrambles it with
/// two xor-shift-multiply rounds. It passes BigCrush and is the generator Java's `SplittableRandom`
/// uses. `shuffle(_:)` and `nextIndex(below:)` are implemented here rather than taken from the
/// standard library, whose algorithms may change between releases.
///
/// ## References
/// - G. L. Steele, D. Lea, C. H. Flood, "Fast Splittable Pseudorandom Number Generators",
///   OOPSLA 2014. doi:10.1145/2660193.2660195
public struct SplitMix64: RandomNumberGenerator, Sendable {
  public private(set) var state: UInt64

  public init(seed: UInt64) { self.state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in 0..<bound (Lemire's multiply-shift with rejection). `bound` must be > 0.
  public mutating func nextIndex(below bound: Int) -> Int {
    precondition(bound > 0, "nextIndex(below:) needs a positive bound (got \(bound))")
    let b = UInt64(bound)
    var product = next().multipliedFullWidth(by: b)
    if product.low < b {
      let threshold = (0 &- b) % b
      while product.low < threshold { product = next().multipliedFullWidth(by: b) }
    }
    return Int(product.high)
  }

  /// A uniform double in [0, 1), from the top 53 bits.
  public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// Shuffles `array` in place (Fisher–Yates, from the end).
  public mutating func shuffle<T>(_ array: inout [T]) {
    var i = array.count - 1
    while i > 0 {
      let j = nextIndex(below: i + 1)
      if i != j { array.swapAt(i, j) }
      i -= 1
    }
  }
}
