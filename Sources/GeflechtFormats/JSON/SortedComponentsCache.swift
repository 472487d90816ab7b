/// Weight-component dictionaries sorted by key, remembered by the dictionary's storage: the extractor
/// gives every edge without an amount of the same relation, status and counts one shared dictionary, so
/// most edges find theirs already sorted instead of sorting (and allocating) five members again.
///
/// Exact: a slot keeps its dictionary (a reference to the storage), so while it holds an address no other
/// storage can be at that address, and a storage shared by two dictionary values is never changed (copy on
/// write). A dictionary is identified by the bits of its one-word value, the reference to its storage;
/// where a dictionary is not one word, nothing is cached and every dictionary is sorted.
struct SortedComponentsCache {
  private struct Slot {
    var address: UInt = 0
    var dictionary: [String: Double] = [:]
    var sorted: [(key: String, value: Double)] = []
  }

  private var slots = [Slot](repeating: Slot(), count: 64)

  /// `components.sorted(by: { $0.key < $1.key })`.
  mutating func sorted(_ components: [String: Double]) -> [(key: String, value: Double)] {
    guard MemoryLayout<[String: Double]>.size == MemoryLayout<UInt>.size, !components.isEmpty else {
      return components.sorted(by: { $0.key < $1.key })
    }
    let address = withUnsafeBytes(of: components) { $0.load(as: UInt.self) }
    let s = Int(truncatingIfNeeded: address >> 4) & (slots.count - 1)
    if slots[s].address == address { return slots[s].sorted }
    let sorted = components.sorted(by: { $0.key < $1.key })
    slots[s] = Slot(address: address, dictionary: components, sorted: sorted)
    return sorted
  }
}
