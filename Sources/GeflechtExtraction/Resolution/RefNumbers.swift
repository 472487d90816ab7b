/// Numbers `EntityRef` objects by identity: a cache in front of a lookup by `EntityKey`, so that the same
/// reference (shared through the lexicon and the vocabularies) is looked up by its address instead of by
/// hashing its key string again.
///
/// It keeps every reference it numbers alive, so that an address is never reused by another object while
/// it is in the table; `removeAll()` (once per document) keeps it small. A reference seen for the first
/// time costs one ordinary lookup by key. Open addressing with linear probing over a power-of-two table.
///
/// - Complexity: `number(of:)` and `insert` are expected O(1).
struct RefNumbers: Sendable {
  private var refs: [EntityRef] = []
  private var numbers: [Int32] = []
  /// The slot of each entry, so that `removeAll()` clears only those.
  private var slotOfEntry: [Int] = []
  /// Entry index + 1 per slot; 0 is empty.
  private var slots: [Int32]

  /// A table for about `capacity` references before it grows (rounded up to a power of two).
  init(capacity: Int = 512) {
    var size = 16
    while size < 2 * capacity { size *= 2 }
    slots = Array(repeating: 0, count: size)
  }

  /// The number stored for `ref`, if any.
  func number(of ref: EntityRef) -> Int32? {
    let mask = slots.count - 1
    var slot = RefNumbers.slot(ref, mask)
    while true {
      let entry = Int(slots[slot]) - 1
      if entry < 0 { return nil }
      if refs[entry] === ref { return numbers[entry] }
      slot = (slot + 1) & mask
    }
  }

  /// Stores the number of a reference that has none yet.
  mutating func insert(_ ref: EntityRef, _ number: Int32) {
    let mask = slots.count - 1
    var slot = RefNumbers.slot(ref, mask)
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(refs.count + 1)
    refs.append(ref)
    numbers.append(number)
    slotOfEntry.append(slot)
    if 2 * refs.count > slots.count { grow() }
  }

  /// Forgets every reference (and releases them), keeping the table's capacity.
  ///
  /// - Complexity: O(number of references held).
  mutating func removeAll() {
    for slot in slotOfEntry { slots[slot] = 0 }
    refs.removeAll(keepingCapacity: true)
    numbers.removeAll(keepingCapacity: true)
    slotOfEntry.removeAll(keepingCapacity: true)
  }

  private static func slot(_ ref: EntityRef, _ mask: Int) -> Int {
    let address = UInt(bitPattern: ObjectIdentifier(ref))
    return Int(truncatingIfNeeded: (UInt64(address >> 4) &* 0x9e37_79b9_7f4a_7c15) >> 20) & mask
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: 2 * slots.count)
    let mask = slots.count - 1
    for (entry, ref) in refs.enumerated() {
      var slot = RefNumbers.slot(ref, mask)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(entry + 1)
      slotOfEntry[entry] = slot
    }
  }
}
