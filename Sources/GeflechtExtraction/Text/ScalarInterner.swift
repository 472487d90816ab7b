/// Numbers distinct runs of Unicode scalars, looked up by the scalars themselves: no `String` is built
/// to find a run that was seen before.
///
/// Open addressing with linear probing over a power-of-two table; runs are copied once into one pool.
/// Hashing is FNV-1a over the scalar values. Indices are dense, in order of first insertion.
///
/// - Complexity: `index(of:)` is expected O(length of the run); memory is O(total length of the distinct
///   runs).
struct ScalarInterner: Sendable {
  private var pool: [Unicode.Scalar] = []
  private var starts: [Int] = []
  private var hashes: [UInt64] = []
  /// Per slot: entry index + 1 in the low 32 bits (0 is empty), the high 32 bits of the entry's hash in the
  /// high 32 bits, so that most non-matching entries are passed over without reading `hashes` or `pool`.
  private var slots: [UInt64] = Array(repeating: 0, count: 1024)

  var count: Int { starts.count }

  /// The index of `run`, inserting it when new. `inserted` tells whether it was new.
  mutating func index(of run: UnsafeBufferPointer<Unicode.Scalar>) -> (index: Int, inserted: Bool) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in run { hash = (hash ^ UInt64(c.value)) &* 0x100_0000_01b3 }
    hash ^= UInt64(run.count) &* 0x9e37_79b9_7f4a_7c15
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    let tag = hash & 0xFFFF_FFFF_0000_0000
    while true {
      let value = slots[slot]
      if value == 0 { break }
      let entry = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
      if value & 0xFFFF_FFFF_0000_0000 == tag && hashes[entry] == hash && matches(entry, run) { return (entry, false) }
      slot = (slot + 1) & mask
    }
    let entry = starts.count
    starts.append(pool.count)
    pool.append(contentsOf: run)
    hashes.append(hash)
    slots[slot] = tag | UInt64(entry + 1)
    if 2 * starts.count > slots.count { grow() }
    return (entry, true)
  }

  private func matches(_ entry: Int, _ run: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
    let start = starts[entry]
    let end = entry + 1 < starts.count ? starts[entry + 1] : pool.count
    guard end - start == run.count else { return false }
    return pool.withUnsafeBufferPointer { p in
      for k in 0..<run.count where p[start + k] != run[k] { return false }
      return true
    }
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: 2 * slots.count)
    let mask = slots.count - 1
    for (entry, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(entry + 1)
    }
  }
}
